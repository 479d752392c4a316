// Correcting what the proposer wrote after the proposal was entered: 案由, 类别, proposers, text,
// date received. The 案号 never changes here, and the session (届次会议, or the year of a 平时提案)
// only while the proposal is still under review: once reviewed, its 案号 is printed in the
// session's lists and figures, so moving it would change what those said. Every edit leaves a
// 修改 row in the history naming what changed.
import type { FieldErrors } from '../common/validation';
import { withDerivedProposalFields, type Proposal, type ProposalFields } from './proposal';
import { isPending } from './proposal-review';
import { advance, refuse, type StepBy, type TransitionResult } from './proposal-step';
import { formatChineseDate } from '../common/dates';

const FIELD_LABELS: Record<keyof ProposalFields, string> = {
  term: '届次', session: '次会议', title: '案由', category: '类别', proposerKind: '提案者类别', leadMemberId: '第一提案人',
  coSignerIds: '附议人', collectiveKind: '集体提案者类别', collectiveName: '集体提案者', receivedDate: '收到日期', text: '提案内容',
};

/** Fields whose old and new values are short enough to quote in the history row. */
const QUOTED: readonly (keyof ProposalFields)[] = ['title', 'category', 'collectiveName'];

function same(a: ProposalFields[keyof ProposalFields], b: ProposalFields[keyof ProposalFields]): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

export function changedFields(p: ProposalFields, next: ProposalFields): (keyof ProposalFields)[] {
  return (Object.keys(FIELD_LABELS) as (keyof ProposalFields)[]).filter((k) => !same(p[k], next[k]));
}

function describeChange(p: ProposalFields, next: ProposalFields, k: keyof ProposalFields): string {
  if (QUOTED.includes(k)) return `${FIELD_LABELS[k]}由“${String(p[k])}”改为“${String(next[k])}”`;
  if (k === 'receivedDate') return `收到日期由${formatChineseDate(p.receivedDate)}改为${formatChineseDate(next.receivedDate)}`;
  return FIELD_LABELS[k];
}

/**
 * `fields` were checked by validateProposalFields (shape, dictionaries, roll). The result keeps
 * the 案号; when the session changed (allowed only under review) the repository gives it the next
 * 案号 of its new session. `mergedInCount` is how many proposals were merged into this one: they
 * must stay in its session, so it cannot move while it has any.
 */
export function editProposal(p: Proposal, fields: ProposalFields, by: StepBy, mergedInCount = 0): TransitionResult {
  if (p.deletedAt !== null) return refuse({ _: '该提案已被删除' });
  const changed = changedFields(p, fields);
  if (!changed.length) return refuse({ _: '没有修改任何内容' });
  const next = withDerivedProposalFields(fields);
  const errors: FieldErrors = {};
  if (next.sessionKey !== p.sessionKey) {
    const field = p.term === null && fields.term === null ? 'receivedDate' : 'session';
    if (!isPending(p)) {
      errors[field] = field === 'session'
        ? `提案已${p.stage === '已立案' ? '立案' : '审查'}，届次会议不能再改（案号第${p.number}号已在本次会议使用）`
        : '平时提案已审查，收到日期不能改到另一年';
    } else if (mergedInCount > 0) {
      errors[field] = `已有${mergedInCount}件提案并入本提案，不能改到另一次会议`;
    }
  }
  if (p.assignment && fields.receivedDate > p.assignment.assignedDate) errors.receivedDate = '收到日期不能晚于交办日期';
  if (Object.keys(errors).length) return refuse(errors);
  const note = changed
    .filter((k) => k !== 'term' || !changed.includes('session'))
    .map((k) => (k === 'term' || k === 'session' ? '届次会议' : describeChange(p, fields, k)))
    .join('；');
  const edited = advance(p, by, '修改', p.stage, note, {
    ...fields, sessionKey: next.sessionKey, year: next.year, memberIds: next.memberIds,
  });
  return { ok: true, proposal: edited };
}
