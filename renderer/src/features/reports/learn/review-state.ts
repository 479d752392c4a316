// The review of a learned report as the clerk works through it: each number's decision (the
// program's proposal until the clerk changes it), whether the clerk has looked at it, and the
// state it is highlighted in — bound and sure, bound but to check, the report's year or 截至
// date, or text. Pure, so the keyboard moves and the counts are tested without a screen.
import type { LearnedNumber, LearnedReport } from '../../../domain/report/learn/learn-report';
import { proposedDecisions, type NumberDecision } from '../../../domain/report/learn/learned-template';
import { figureByKey } from '../../../domain/report/figure-catalogue';

export type NumberState = 'sure' | 'check' | 'context' | 'text';

export interface ReviewState {
  decisions: Map<string, NumberDecision>;
  /** Numbers the clerk accepted, changed or kept as text. */
  confirmed: Set<string>;
  /** The number the keyboard is on. */
  current: string | null;
}

export const STATE_LABELS: Record<NumberState, string> = {
  sure: '已对应（较确定）',
  check: '已对应，请核对',
  context: '年份或截至日期',
  text: '保留原文',
};

export function startReview(report: LearnedReport): ReviewState {
  return { decisions: proposedDecisions(report), confirmed: new Set(), current: reviewable(report)[0]?.id ?? null };
}

/** The numbers worth the clerk's look, in order: every count, rate, amount, range, year and date; ordinals and bare numbers (第二次, “1234”) stay text without asking. */
export function reviewable(report: LearnedReport): LearnedNumber[] {
  return report.numbers.filter((n) => n.mention.kind !== 'ordinal' && n.mention.kind !== 'bare');
}

export function stateOf(n: LearnedNumber, review: ReviewState): NumberState {
  const d = review.decisions.get(n.id);
  if (!d || d.role === 'text') return 'text';
  if (d.role !== 'figure') return 'context';
  const asProposed = n.proposal.key === d.key;
  return review.confirmed.has(n.id) || (asProposed && n.proposal.sure) ? 'sure' : 'check';
}

export function decisionLabel(d: NumberDecision | undefined): string {
  if (!d || d.role === 'text') return '保留原文';
  switch (d.role) {
    case 'figure':
      return figureByKey(d.key)?.label ?? d.key;
    case 'year':
      return '报告年度';
    case 'until':
      return '截至日期';
    case 'untilMonth':
      return '截至月日';
  }
}

/** Moves to the next (+1) or previous (−1) reviewable number; stays at either end. */
export function move(report: LearnedReport, review: ReviewState, step: 1 | -1): ReviewState {
  const list = reviewable(report);
  const at = list.findIndex((n) => n.id === review.current);
  const next = list[Math.max(0, Math.min(list.length - 1, at + step))];
  return next ? { ...review, current: next.id } : review;
}

function decide(report: LearnedReport, review: ReviewState, id: string, decision: NumberDecision): ReviewState {
  const decisions = new Map(review.decisions).set(id, decision);
  return move(report, { ...review, decisions, confirmed: new Set(review.confirmed).add(id), current: id }, 1);
}

/** Accepts what the number is bound to now, and moves on. */
export function accept(report: LearnedReport, review: ReviewState, id: string): ReviewState {
  return decide(report, review, id, review.decisions.get(id) ?? { role: 'text' });
}

export function keepAsText(report: LearnedReport, review: ReviewState, id: string): ReviewState {
  return decide(report, review, id, { role: 'text' });
}

/** Binds the number to another figure; a range keeps both ends when the figure has a Max partner. */
export function bindTo(report: LearnedReport, review: ReviewState, id: string, key: string): ReviewState {
  const n = report.numbers.find((x) => x.id === id);
  const toKey = n?.mention.kind === 'range' && key.endsWith('Min') && figureByKey(key.replace(/Min$/, 'Max')) ? key.replace(/Min$/, 'Max') : undefined;
  return decide(report, review, id, { role: 'figure', key, ...(toKey ? { toKey } : {}) });
}

export interface ReviewCounts {
  sure: number;
  check: number;
  context: number;
  text: number;
}

export function countStates(report: LearnedReport, review: ReviewState): ReviewCounts {
  const counts: ReviewCounts = { sure: 0, check: 0, context: 0, text: 0 };
  for (const n of reviewable(report)) counts[stateOf(n, review)]++;
  return counts;
}
