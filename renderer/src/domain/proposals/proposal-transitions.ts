// One entry for every step a proposal can take, so the repository applies any of them in one
// transaction: a step is named, carries its (unchecked) input, and is checked here.
import type { Proposal } from './proposal';
import { acceptProposal, mergeProposal, rejectProposal, resubmitProposal, returnProposal, withdrawProposal } from './proposal-review';
import { assignProposal, closeProposal, extendDeadline, recordFeedback, recordReply, setExcellent, setKeyProposal } from './proposal-handling';
import { refuse, type ProposalRules, type TransitionResult } from './proposal-step';
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
  operator: string,
  date: string,
  rules: ProposalRules,
  target?: Proposal,
): TransitionResult {
  switch (t.kind) {
    case 'accept': return acceptProposal(p, t.input, operator, date);
    case 'reject': return rejectProposal(p, t.input, operator, date);
    case 'merge': return mergeProposal(p, t.input, operator, date, target);
    case 'withdraw': return withdrawProposal(p, t.input, operator, date);
    case 'return': return returnProposal(p, t.input, operator, date);
    case 'resubmit': return resubmitProposal(p, t.input, operator, date);
    case 'assign': return assignProposal(p, t.input, operator, date, rules);
    case 'extend': return extendDeadline(p, t.input, operator, date);
    case 'reply': return recordReply(p, t.input, operator, date, rules);
    case 'feedback': return recordFeedback(p, t.input, operator, date, rules);
    case 'close': return closeProposal(p, t.input, operator, date);
    case 'key': return setKeyProposal(p, t.input, operator, date, rules);
    case 'excellent': return setExcellent(p, t.input, operator, date);
    default: return refuse({ _: '无法识别的操作' });
  }
}
