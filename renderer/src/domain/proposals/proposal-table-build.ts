// A parsed 一览表 row → the proposal it describes, made by the program's own steps (提交, 立案,
// 交办, 办复, 评价 …) so an imported proposal holds the same invariants as one entered by hand: it
// cannot be replied before it is assigned, nor rated before a reply. A refused step becomes the
// row's problem, in the column the step's field came from. The 提交 row says the proposal was
// imported, and by whom; the steps are dated from the table (a step the table does not date —
// 立案, 评价 — takes the date of the step before it).
import { formatChineseDate } from '../common/dates';
import type { BaseRecord } from '../common/record';
import type { Proposal } from './proposal';
import { createProposal } from './proposal-review';
import { applyProposalTransition, type TransitionKind } from './proposal-transitions';
import type { ProposalRules } from './proposal-step';
import { PROPOSAL_TABLE_LABELS, type ProposalTableField } from './proposal-table-columns';
import type { ParsedTableRow, ProposalTableProblem } from './proposal-table-parse';

export interface BuildContext {
  rules: ProposalRules;
  operator: string;
  /** The day of the import, for the 提交 row's note. */
  today: string;
  fileName: string;
  /** The stamp of the preview, which the rows the steps add carry until the write stamps them again. */
  at: string;
}

export type BuildResult = { ok: true; proposal: Proposal } | { ok: false; problems: ProposalTableProblem[] };

/** Which column a step's input field came from, so a refusal is reported there. */
const COLUMN_OF: Partial<Record<TransitionKind, Record<string, ProposalTableField>>> = {
  reject: { _: 'review', reason: 'review', rejectedAs: 'review' },
  merge: { _: 'review', targetId: 'review' },
  withdraw: { _: 'review', note: 'review' },
  return: { _: 'review', note: 'review' },
  assign: { _: 'stage', mainUnit: 'mainUnit', coUnits: 'coUnits', assignedDate: 'assignedDate', dueDate: 'assignedDate' },
  reply: { _: 'stage', unit: 'mainUnit', date: 'replyDate', replyClass: 'replyClass' },
  feedback: { _: 'stage', date: 'replyDate', rating: 'rating', processRating: 'rating', resultRating: 'rating' },
  key: { _: 'keyLeaders', leaders: 'keyLeaders' },
};

export class StepRefused extends Error {
  constructor(readonly problems: ProposalTableProblem[]) {
    super(problems.map((p) => p.message).join('；'));
  }
}

/** Applies a step that the row's columns call for; a refusal is thrown as the row's problems. */
export function stepOf(row: ParsedTableRow, ctx: BuildContext) {
  return (p: Proposal, kind: TransitionKind, input: unknown, date: string, column?: ProposalTableField, target?: Proposal): Proposal => {
    const rules = kind === 'feedback' && input && typeof input === 'object' && 'processRating' in input && input.processRating
      ? { ...ctx.rules, settings: { ...ctx.rules.settings, separateRatings: true } }
      : { ...ctx.rules, settings: { ...ctx.rules.settings, separateRatings: false } };
    const r = applyProposalTransition(p, { kind, input }, { operator: ctx.operator, date, at: ctx.at }, rules, target);
    if (r.ok) return r.proposal;
    const problems = Object.entries(r.errors).map(([path, message]): ProposalTableProblem => {
      const field = column ?? COLUMN_OF[kind]?.[path.split('.')[0] ?? '_'] ?? COLUMN_OF[kind]?._ ?? 'stage';
      const label = PROPOSAL_TABLE_LABELS[field];
      return { field, severity: 'error', message: `第${row.rowNumber}行 ${message.includes(label) ? message : `${label}：${message}`}` };
    });
    throw new StepRefused(problems);
  };
}

/** 待审查 with the 提交 row saying where it came from. */
export function submittedFrom(row: ParsedTableRow, ctx: BuildContext, stamp: BaseRecord): Proposal {
  const p = createProposal(row.fields, row.number, ctx.operator, stamp);
  const note = `${formatChineseDate(ctx.today)}从《提案办理情况一览表》${ctx.fileName ? `（${ctx.fileName}）` : ''}第${row.rowNumber}行导入`;
  return { ...p, history: p.history.map((h) => ({ ...h, note })) };
}

/** Every step but a 并案 (its target may be another row: see proposal-table-import.ts). */
export function buildProposal(row: ParsedTableRow, ctx: BuildContext, stamp: BaseRecord): BuildResult {
  const step = stepOf(row, ctx);
  const on = row.fields.receivedDate;
  try {
    let p = submittedFrom(row, ctx, stamp);
    switch (row.stage) {
      case '待审查':
      case '已并案':
        return { ok: true, proposal: p };
      case '退回修改':
        return { ok: true, proposal: step(p, 'return', { note: row.reviewNote || '一览表中未写明意见' }, on) };
      case '已撤案':
        return { ok: true, proposal: step(p, 'withdraw', { note: row.reviewNote || '一览表中未写明理由' }, on) };
      case '不予立案':
        return { ok: true, proposal: step(p, 'reject', { ...row.rejection, note: '' }, on) };
      default:
        break;
    }
    p = step(p, 'accept', { note: '' }, on);
    if (row.keyLeaders.length) p = step(p, 'key', { key: true, leaders: row.keyLeaders, activityIds: [] }, on);
    if (row.stage === '已立案') return { ok: true, proposal: p };
    p = step(p, 'assign', { mainUnit: row.mainUnit, coUnits: row.coUnits, assignedDate: row.assignedDate, note: '' }, row.assignedDate);
    const coReplies = (round: number) => {
      for (const r of row.coReplies.filter((x) => x.round === round)) {
        p = step(p, 'reply', { unit: r.unit, date: r.date, replyClass: r.replyClass, summary: '', faceToFace: r.faceToFace }, r.date, 'coReplies');
      }
    };
    if (row.firstRound) {
      const f = row.firstRound;
      coReplies(1);
      p = step(p, 'reply', { unit: row.mainUnit, date: f.date, replyClass: f.replyClass, summary: '', faceToFace: f.faceToFace }, f.date, 'firstRound');
      p = step(p, 'feedback', { date: f.date, rating: '不满意', note: '' }, f.date, 'firstRound');
    } else if (row.coReplies.some((r) => r.round === 2)) {
      throw new StepRefused([{ field: 'coReplies', severity: 'error', message: `第${row.rowNumber}行 协办答复中有“第二轮”的答复，但首轮办理没有填写` }]);
    }
    coReplies(row.firstRound ? 2 : 1);
    let last = row.assignedDate;
    if (row.mainReply) {
      const m = row.mainReply;
      p = step(p, 'reply', { unit: row.mainUnit, date: m.date, replyClass: m.replyClass, summary: '', faceToFace: m.faceToFace }, m.date);
      last = m.date;
    }
    if (row.rating) p = step(p, 'feedback', { date: last, rating: row.rating.rating, processRating: row.rating.processRating, resultRating: row.rating.resultRating, note: '' }, last);
    if (row.stage === '已办结') p = step(p, 'close', { note: '' }, last, 'stage');
    if (p.stage !== row.stage) {
      return { ok: false, problems: [{ field: 'stage', severity: 'error', message: `第${row.rowNumber}行 阶段“${row.stage}”与其他各列不符：按各列所填应为“${p.stage}”` }] };
    }
    return { ok: true, proposal: p };
  } catch (e) {
    if (e instanceof StepRefused) return { ok: false, problems: e.problems };
    throw e;
  }
}
