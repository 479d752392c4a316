// The 提案委员会's review: a submitted proposal is registered (立案), not registered (不予立案,
// then handled as 社情民意信息, 委员来信 or 意见建议), merged into another proposal of the same
// session (并案), withdrawn (撤案), or sent back for revision (退回修改) and resubmitted.
import type { BaseRecord } from '../common/record';
import type { Proposal, ProposalFields } from './proposal';
import { withDerivedProposalFields, PENDING_STAGES } from './proposal';
import {
  acceptInputSchema, mergeInputSchema, rejectInputSchema, resubmitInputSchema, returnInputSchema, withdrawInputSchema,
} from './proposal-inputs';
import { advance, parseInput, refuse, stageRefusal, type StepBy, type TransitionResult } from './proposal-step';
import { newRow } from '../common/row-stamps';

/** A new proposal, 待审查, with its 提交 row. `fields` were checked by validateProposalFields. */
export function createProposal(fields: ProposalFields, number: number, operator: string, stamp: BaseRecord, isSample = false): Proposal {
  const base = withDerivedProposalFields(fields);
  return {
    ...stamp, ...base, number, stage: '待审查', round: 1, rejection: null, mergedIntoId: null, assignment: null,
    replies: [], feedback: [], keyProposal: null, excellent: false, instructions: [], isSample,
    history: [{ ...newRow({ date: fields.receivedDate, operator, action: '提交', from: null, to: '待审查', note: '' }, stamp.createdAt), id: `${stamp.id}-submitted` }],
  };
}

export function acceptProposal(p: Proposal, input: unknown, by: StepBy): TransitionResult {
  const wrong = stageRefusal(p, 'accept', '只有待审查的提案才能立案');
  if (wrong) return wrong;
  const v = parseInput(acceptInputSchema, input);
  if (!v.ok) return v.result;
  return { ok: true, proposal: advance(p, by, '立案', '已立案', v.value.note) };
}

export function rejectProposal(p: Proposal, input: unknown, by: StepBy): TransitionResult {
  const wrong = stageRefusal(p, 'reject', '只有待审查的提案才能不予立案');
  if (wrong) return wrong;
  const v = parseInput(rejectInputSchema, input);
  if (!v.ok) return v.result;
  const { reason, rejectedAs, note } = v.value;
  const text = [`理由：${reason}`, `转为${rejectedAs}`, note].filter(Boolean).join('；');
  return { ok: true, proposal: advance(p, by, '不予立案', '不予立案', text, { rejection: { reason, rejectedAs } }) };
}

/**
 * Merged proposals are handled together with the one they join, so the target must be of the
 * same session (案号 and figures are per session), live, and still in play.
 */
export function mergeProposal(p: Proposal, input: unknown, by: StepBy, target: Proposal | undefined): TransitionResult {
  const wrong = stageRefusal(p, 'merge', '只有待审查的提案才能并案');
  if (wrong) return wrong;
  const v = parseInput(mergeInputSchema, input);
  if (!v.ok) return v.result;
  const { targetId, note } = v.value;
  if (targetId === p.id) return refuse({ targetId: '提案不能并入它自己' });
  if (!target || target.id !== targetId || target.deletedAt !== null) return refuse({ targetId: '要并入的提案不存在或已被删除' });
  if (target.sessionKey !== p.sessionKey) return refuse({ targetId: '只能并入同一次会议（或同一年平时提案）的提案' });
  if (['不予立案', '已并案', '已撤案'].includes(target.stage)) {
    return refuse({ targetId: `第${target.number}号提案${target.stage === '已并案' ? '已并入其他提案' : target.stage}，不能并入` });
  }
  const text = [`并入第${target.number}号提案《${target.title}》`, note].filter(Boolean).join('；');
  return { ok: true, proposal: advance(p, by, '并案', '已并案', text, { mergedIntoId: target.id }) };
}

export function withdrawProposal(p: Proposal, input: unknown, by: StepBy): TransitionResult {
  const wrong = stageRefusal(p, 'withdraw', '只有审查中的提案才能撤案');
  if (wrong) return wrong;
  const v = parseInput(withdrawInputSchema, input);
  if (!v.ok) return v.result;
  return { ok: true, proposal: advance(p, by, '撤案', '已撤案', v.value.note) };
}

export function returnProposal(p: Proposal, input: unknown, by: StepBy): TransitionResult {
  const wrong = stageRefusal(p, 'return', '只有待审查的提案才能退回修改');
  if (wrong) return wrong;
  const v = parseInput(returnInputSchema, input);
  if (!v.ok) return v.result;
  return { ok: true, proposal: advance(p, by, '退回修改', '退回修改', v.value.note) };
}

/** The revised 案由 and text come back for review; the 案号 stays. */
export function resubmitProposal(p: Proposal, input: unknown, by: StepBy): TransitionResult {
  const wrong = stageRefusal(p, 'resubmit', '只有退回修改的提案才能重新提交');
  if (wrong) return wrong;
  const v = parseInput(resubmitInputSchema, input);
  if (!v.ok) return v.result;
  const { title, text, note } = v.value;
  return { ok: true, proposal: advance(p, by, '重新提交', '待审查', note, { title, text }) };
}

export function isPending(p: Pick<Proposal, 'stage'>): boolean {
  return PENDING_STAGES.includes(p.stage);
}
