// One entry for every step a proposal can take, so the repository applies any of them in one
// transaction: a step is named, carries its (unchecked) input, and is checked here.
import type { Proposal } from './proposal';
import { acceptProposal, mergeProposal, rejectProposal, resubmitProposal, returnProposal, withdrawProposal } from './proposal-review';
import { assignProposal, closeProposal, extendDeadline, recordFeedback, recordReply, setExcellent, setKeyProposal } from './proposal-handling';
import { refuse, type ProposalRules, type StepBy, type TransitionResult } from './proposal-step';
import type { TransitionKind } from './proposal-steps';

export type { TransitionKind } from './proposal-steps';

export interface ProposalTransition {
  kind: TransitionKind;
  input: unknown;
}

/** `target` is the proposal a 并案 joins (looked up by the caller from the input's targetId). */
export function applyProposalTransition(
  p: Proposal,
  t: ProposalTransition,
  by: StepBy,
  rules: ProposalRules,
  target?: Proposal,
): TransitionResult {
  switch (t.kind) {
    case 'accept': return acceptProposal(p, t.input, by);
    case 'reject': return rejectProposal(p, t.input, by);
    case 'merge': return mergeProposal(p, t.input, by, target);
    case 'withdraw': return withdrawProposal(p, t.input, by);
    case 'return': return returnProposal(p, t.input, by);
    case 'resubmit': return resubmitProposal(p, t.input, by);
    case 'assign': return assignProposal(p, t.input, by, rules);
    case 'extend': return extendDeadline(p, t.input, by);
    case 'reply': return recordReply(p, t.input, by, rules);
    case 'feedback': return recordFeedback(p, t.input, by, rules);
    case 'close': return closeProposal(p, t.input, by);
    case 'key': return setKeyProposal(p, t.input, by, rules);
    case 'excellent': return setExcellent(p, t.input, by);
    default: return refuse({ _: '无法识别的操作' });
  }
}
