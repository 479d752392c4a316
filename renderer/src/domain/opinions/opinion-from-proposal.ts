// 不予立案 → 社情民意信息: a proposal the 提案委员会 did not register but judged worth reporting
// becomes a 社情民意 item carrying its 案由, proposers, date and text, and pointing back at it.
import type { BaseRecord } from '../common/record';
import type { Proposal } from '../proposals/proposal';
import { withDerivedOpinionFields, type Opinion } from './opinion';

export function opinionFromProposal(p: Proposal, stamp: BaseRecord): Opinion {
  // A 集体 proposal's proposer is a group (党派, 界别 or 专委会), which a 社情民意 item names the same way.
  const groups = p.proposerKind === '集体' && p.collectiveKind && p.collectiveName ? [{ kind: p.collectiveKind, name: p.collectiveName }] : [];
  return {
    ...stamp,
    ...withDerivedOpinionFields({ title: p.title, memberIds: [...p.memberIds], groups, receivedDate: p.receivedDate, text: p.text }),
    sourceProposalId: p.id,
    issue: null,
    adoptions: [],
    instructions: [],
    isSample: p.isSample,
  };
}

export function wasConvertedToOpinion(p: Pick<Proposal, 'stage' | 'rejection'>): boolean {
  return p.stage === '不予立案' && p.rejection?.rejectedAs === '社情民意信息';
}
