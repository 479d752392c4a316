// The per-unit table (承办单位办理情况): for each unit, the proposals of a session or year it was
// given as 主办 or 协办, how many it answered, on time or late, how many it has not answered yet,
// and its answers by class. A unit's answer on a proposal is its latest reply row (a second round
// supersedes the first), judged against the due date in force on the day it replied.
import type { Proposal, ReplyClass, ReplyRow } from './proposal';
import { inScope, type ProposalScope } from './proposal-figures';
import { replyLateDays } from './proposal-overdue';
import { liveRows } from '../common/row-stamps';
import { compareChinese } from '../common/chinese-order';

export interface UnitHandlingRow {
  unit: string;
  /** Proposals assigned to it as 主办 and as 协办. */
  main: number;
  co: number;
  replied: number;
  onTime: number;
  late: number;
  /** Assigned to it and not yet answered by it. */
  notReplied: number;
  /** Its answers by class; they add up to `replied`. */
  byClass: Partial<Record<ReplyClass, number>>;
}

function latestReplyOf(p: Proposal, unit: string): ReplyRow | undefined {
  return liveRows(p.replies).filter((r) => r.unit === unit).sort((a, b) => b.round - a.round)[0];
}

/** Units with the most proposals first (主办 + 协办), then by name, as offices read the table. */
export function computeUnitTable(all: readonly Proposal[], scope: ProposalScope): UnitHandlingRow[] {
  const rows = new Map<string, UnitHandlingRow>();
  for (const p of all) {
    if (!inScope(p, scope) || !p.assignment) continue;
    for (const { unit, role } of p.assignment.units) {
      let row = rows.get(unit);
      if (!row) rows.set(unit, (row = { unit, main: 0, co: 0, replied: 0, onTime: 0, late: 0, notReplied: 0, byClass: {} }));
      if (role === '主办') row.main++;
      else row.co++;
      const reply = latestReplyOf(p, unit);
      if (!reply) {
        row.notReplied++;
        continue;
      }
      row.replied++;
      if (replyLateDays(p, reply) > 0) row.late++;
      else row.onTime++;
      row.byClass[reply.replyClass] = (row.byClass[reply.replyClass] ?? 0) + 1;
    }
  }
  return [...rows.values()].sort((a, b) => b.main + b.co - (a.main + a.co) || compareChinese(a.unit, b.unit));
}
