// The proposal screen offers exactly the steps the domain allows: for every stage, each step is
// tried on a proposal at that stage through the domain's real steps, and a step is refused for its
// stage exactly when the screen does not offer it.
import { describe, expect, it } from 'vitest';
import { PROPOSAL_STAGES, type Proposal, type ProposalStage } from '../../domain/proposals/proposal';
import { submitted, TEST_RULES } from '../../domain/proposals/proposal-fixtures';
import { TRANSITION_KINDS, type TransitionKind } from '../../domain/proposals/proposal-steps';
import { applyProposalTransition } from '../../domain/proposals/proposal-transitions';
import { offeredSteps, stepButtons } from './step-buttons';

/** The refusals a step gives when the proposal is at the wrong stage (before its input is read). */
const STAGE_REFUSAL = /（当前状态：|尚未交办，不能|尚未办复，不能/;

function refusedForStage(stage: ProposalStage, kind: TransitionKind): boolean {
  const p: Proposal = { ...submitted('p1', 1), stage };
  const r = applyProposalTransition(p, { kind, input: {} }, { operator: '韦小宝', date: '2025-02-01', at: '2025-02-01T08:00:00.000Z' }, TEST_RULES);
  return !r.ok && STAGE_REFUSAL.test(r.errors._ ?? '');
}

describe('the step buttons of a proposal', () => {
  it.each(PROPOSAL_STAGES)('at %s offer every step the domain allows and no other', (stage) => {
    const offered = new Set(offeredSteps(stepButtons(stage)));
    const allowed = TRANSITION_KINDS.filter((kind) => !refusedForStage(stage, kind));
    expect([...offered].sort()).toEqual([...allowed].sort());
  });

  it('offer the main step first and the marks only once registered', () => {
    expect(stepButtons('待审查')).toEqual({ dialogs: ['accept', 'reject', 'merge', 'return', 'withdraw'], key: false, excellent: false });
    expect(stepButtons('已交办')).toEqual({ dialogs: ['reply', 'extend'], key: true, excellent: true });
    expect(stepButtons('已办结')).toEqual({ dialogs: [], key: true, excellent: true });
    expect(stepButtons('已撤案')).toEqual({ dialogs: [], key: false, excellent: false });
  });
});
