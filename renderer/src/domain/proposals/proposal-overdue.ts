// Lateness, said plainly (逾期12天): a unit's reply is due by the due date in force on the day it
// replied (the one set at 交办, or the latest 延期 granted by then — 再次办理 grants one too); while
// the 主办 unit has not replied in this round, the proposal is late by the days since the due date.
import type { Proposal, ReplyRow } from './proposal';
import { currentDueDate } from './proposal-settings';
import { liveRows } from '../common/row-stamps';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The due date in force on `date`: the assignment's, or the last extension recorded on or before it. */
export function dueDateOn(p: Pick<Proposal, 'assignment'>, date: string): string | null {
  if (!p.assignment) return null;
  const granted = p.assignment.extensions.filter((e) => e.date <= date);
  return granted.at(-1)?.newDueDate ?? p.assignment.dueDate;
}

/** Days a reply came after its due date; 0 when on time. */
export function replyLateDays(p: Pick<Proposal, 'assignment'>, reply: Pick<ReplyRow, 'date'>): number {
  const due = dueDateOn(p, reply.date);
  return due === null ? 0 : Math.max(0, daysBetween(due, reply.date));
}

export type ProposalLateness =
  | { kind: 'none' }
  /** Assigned, the 主办 unit has not replied in this round, and the due date in force has passed (isOverdue). */
  | { kind: 'open'; days: number }
  /** The 主办 unit's reply of the current round came after its due date. */
  | { kind: 'replied-late'; days: number };

export function proposalLateness(p: Pick<Proposal, 'assignment' | 'stage' | 'replies' | 'round'>, today: string): ProposalLateness {
  if (!p.assignment) return { kind: 'none' };
  const mainReply = liveRows(p.replies).find((r) => r.round === p.round && r.role === '主办');
  if (mainReply) {
    const days = replyLateDays(p, mainReply);
    return days > 0 ? { kind: 'replied-late', days } : { kind: 'none' };
  }
  if (p.stage !== '已交办') return { kind: 'none' };
  const days = daysBetween(currentDueDate(p) ?? today, today);
  return days > 0 ? { kind: 'open', days } : { kind: 'none' };
}

/** 逾期12天 (still unanswered) or 逾期3天办复; empty when on time. */
export function latenessLabel(l: ProposalLateness): string {
  if (l.kind === 'open') return `逾期${l.days}天`;
  if (l.kind === 'replied-late') return `逾期${l.days}天办复`;
  return '';
}
