// The one table of which steps a proposal may take from each stage. The domain refuses a step
// whose stage is not listed here, and the proposal screen offers exactly the listed steps as
// buttons, in this order (the first is the stage's main step).
import { REGISTERED_STAGES, type ProposalStage } from './proposal';

export const TRANSITION_KINDS = [
  'accept', 'reject', 'merge', 'withdraw', 'return', 'resubmit', 'assign', 'extend', 'reply', 'feedback', 'close', 'key', 'excellent',
] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/** The steps of review and handling, by the stage they start from; the marks come below. */
const PROCESS_STEPS: Record<ProposalStage, readonly TransitionKind[]> = {
  待审查: ['accept', 'reject', 'merge', 'return', 'withdraw'],
  退回修改: ['resubmit', 'withdraw'],
  已立案: ['assign'],
  已交办: ['reply', 'extend'],
  已办复: ['reply', 'feedback', 'extend', 'close'],
  已评价: ['close'],
  已办结: [],
  不予立案: [],
  已并案: [],
  已撤案: [],
};

/** 重点提案 and 优秀提案 are marks any registered proposal can get or lose, whatever its stage. */
const MARKS: readonly TransitionKind[] = ['key', 'excellent'];

/** The steps allowed from a stage, in the order the screen offers them. */
export function stepsAt(stage: ProposalStage): readonly TransitionKind[] {
  return REGISTERED_STAGES.includes(stage) ? [...PROCESS_STEPS[stage], ...MARKS] : PROCESS_STEPS[stage];
}

export function isStepAllowed(stage: ProposalStage, kind: TransitionKind): boolean {
  return stepsAt(stage).includes(kind);
}
