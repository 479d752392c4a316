// Which step buttons the proposal screen shows, read from the domain's one table of the steps
// allowed at each stage: a dialog button for each review or handling step (the first is the main
// one), and the 重点提案 / 优秀提案 buttons when those marks are allowed.
import type { ProposalStage } from '../../domain/proposals/proposal';
import { stepsAt, type TransitionKind } from '../../domain/proposals/proposal-steps';

/** The steps with a button of their own; 'key' is the mark's dialog, offered by its own buttons. */
export type DialogStep = Exclude<TransitionKind, 'key' | 'excellent'>;

export interface StepButtons {
  dialogs: DialogStep[];
  key: boolean;
  excellent: boolean;
}

const isDialogStep = (k: TransitionKind): k is DialogStep => k !== 'key' && k !== 'excellent';

export function stepButtons(stage: ProposalStage): StepButtons {
  const allowed = stepsAt(stage);
  return { dialogs: allowed.filter(isDialogStep), key: allowed.includes('key'), excellent: allowed.includes('excellent') };
}

/** Every step the buttons let the user take, for checking them against the domain. */
export function offeredSteps(b: StepButtons): TransitionKind[] {
  return [...b.dialogs, ...(b.key ? ['key' as const] : []), ...(b.excellent ? ['excellent' as const] : [])];
}
