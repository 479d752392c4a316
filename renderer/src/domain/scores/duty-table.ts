// The roll-wide 委员履职情况统计表: one row per member serving in the year, ordered as official
// lists by 界别 are — the 界别 in the dictionary's order, then surname strokes within each.
import { compareByStroke } from '../common/stroke-order';
import type { Member } from '../members/member';
import { computeMemberDuties, membersServingIn, type DutyInput, type MemberDuty } from './member-duty';
import type { ScoreRules } from './score-rules';

export type DutyMember = Pick<Member, 'id' | 'name' | 'sector' | 'role' | 'isSample' | 'deletedAt' | 'status' | 'statusDate'>;

export interface DutyTableRow {
  member: DutyMember;
  duty: MemberDuty;
}

/**
 * 界别 by their place in `sectorOrder` (the dictionary); a 界别 since taken out of it, or none,
 * after them, by strokes; within a 界别, by surname strokes.
 */
export function sortBySectorThenStroke<M extends Pick<Member, 'name' | 'sector'>>(members: readonly M[], sectorOrder: readonly string[]): M[] {
  const rank = new Map(sectorOrder.map((s, i) => [s, i]));
  const rankOf = (s: string) => rank.get(s) ?? (s === '' ? Number.MAX_SAFE_INTEGER : sectorOrder.length);
  return [...members].sort((a, b) => rankOf(a.sector) - rankOf(b.sector) || compareByStroke(a.sector, b.sector) || compareByStroke(a.name, b.name));
}

export function buildDutyTable(members: readonly DutyMember[], input: DutyInput, rules: ScoreRules, year: number, sectorOrder: readonly string[]): DutyTableRow[] {
  const listed = sortBySectorThenStroke(membersServingIn(members, year), sectorOrder);
  const duties = computeMemberDuties(listed.map((m) => m.id), input, rules, year);
  return listed.map((member, i) => ({ member, duty: duties[i]! }));
}

/**
 * Which rows an exported table holds: fictional sample members never go into a table the office
 * sends out, unless the ledger holds nothing else — then the title says so (as the roll export).
 */
export function rowsForExport(rows: readonly DutyTableRow[]): { rows: DutyTableRow[]; onlySample: boolean; skipped: number } {
  const real = rows.filter((r) => !r.member.isSample);
  const onlySample = real.length === 0 && rows.length > 0;
  const kept = onlySample ? [...rows] : real;
  return { rows: kept, onlySample, skipped: rows.length - kept.length };
}

export function dutyTableTitle(committeeName: string, year: number, onlySample: boolean): string {
  return `${committeeName}${year}年度委员履职情况统计表${onlySample ? '（示例数据）' : ''}`;
}
