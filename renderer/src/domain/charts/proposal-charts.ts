// What the proposal charts show: a session's or year's proposals by stage, and the registered
// ones by the class of their final reply (the 主办 unit's, latest round, as the figures count).
import { PROPOSAL_STAGES, isRegistered, type Proposal } from '../proposals/proposal';
import { finalMainReply, inScope, type ProposalScope } from '../proposals/proposal-figures';
import { REPLY_CLASS_MEANINGS, replyClassesOf, type ReplyScheme } from '../proposals/proposal-settings';
import type { NamedCount } from './activity-charts';

/** Every stage with at least one proposal, in the lifecycle's order. */
export function proposalsByStage(proposals: readonly Proposal[], scope: ProposalScope): NamedCount[] {
  const inIt = proposals.filter((p) => inScope(p, scope));
  return PROPOSAL_STAGES.map((stage) => ({ name: stage, count: inIt.filter((p) => p.stage === stage).length })).filter((s) => s.count > 0);
}

export interface ReplyClassCount extends NamedCount {
  /** 已经解决或基本解决 …, as the office's scheme words the class; '' for a class outside it. */
  meaning: string;
}

/** A类, B类 …: each class of the scheme, zero or not, then any other class found. */
export function proposalsByReplyClass(proposals: readonly Proposal[], scope: ProposalScope, scheme: ReplyScheme): ReplyClassCount[] {
  const classes = proposals.filter((p) => inScope(p, scope) && isRegistered(p)).map((p) => finalMainReply(p)?.replyClass).filter((c) => c !== undefined);
  const names = [...new Set([...replyClassesOf(scheme), ...classes])];
  return names.map((c) => {
    return { name: `${c}类`, meaning: REPLY_CLASS_MEANINGS[scheme][c] ?? '', count: classes.filter((x) => x === c).length };
  });
}
