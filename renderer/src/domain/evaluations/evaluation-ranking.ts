// The ranking of a round (排出测评名次): units with a result, best first, by their 满意 share (a
// shares round) or their score, with competition ranking for ties (1, 2, 2, 4: two units sharing
// second place leave no third). The top units are named 满意单位 and the bottom ones are put under
// 重点监督; a tie at the edge brings every tied unit in. A round with no results has no ranking
// and says so, rather than printing an empty table.
import type { Validated } from '../common/validation';
import { compareByStroke } from '../common/stroke-order';
import { hasResult, type EvaluationRound } from './evaluation';

export interface RankedUnit {
  unitId: string;
  unit: string;
  rank: number;
  /** What the ranking compares: the 满意 share, or the score. */
  value: number;
  satisfied: number | null;
  basic: number | null;
  unsatisfied: number | null;
  score: number | null;
}

export interface Ranking {
  rows: RankedUnit[];
  /** Units listed in the round without a result yet. */
  unranked: string[];
  top: string[];
  bottom: string[];
}

/** Shares are entered with up to two decimals; comparing at that precision keeps 85.1 + float noise a tie. */
const keyOf = (v: number) => Math.round(v * 100);

export function rankingValue(u: { satisfied: number | null; score: number | null }, kind: EvaluationRound['resultKind']): number {
  return (kind === 'score' ? u.score : u.satisfied) ?? 0;
}

/** 1, 2, 2, 4 for values sorted best first. */
export function competitionRanks(sortedValues: readonly number[]): number[] {
  return sortedValues.map((v) => sortedValues.findIndex((w) => keyOf(w) === keyOf(v)) + 1);
}

export function rankRound(round: Pick<EvaluationRound, 'units' | 'resultKind' | 'namedCount'>): Validated<Ranking> {
  const withResult = round.units.filter((u) => hasResult(u, round.resultKind));
  if (withResult.length === 0) return { ok: false, errors: { units: '还没有录入任何单位的测评结果，无法排出测评名次' } };
  const sorted = withResult
    .map((u) => ({ u, value: rankingValue(u, round.resultKind) }))
    .sort((a, b) => keyOf(b.value) - keyOf(a.value) || compareByStroke(a.u.unit, b.u.unit));
  const ranks = competitionRanks(sorted.map((s) => s.value));
  const rows: RankedUnit[] = sorted.map(({ u, value }, i) => ({
    unitId: u.id, unit: u.unit, rank: ranks[i]!, value,
    satisfied: u.satisfied, basic: u.basic, unsatisfied: u.unsatisfied, score: u.score,
  }));
  // Never name more than half the units at either end, so a unit is not both 满意单位 and 重点监督.
  const named = Math.min(round.namedCount, Math.floor(rows.length / 2));
  const top = named === 0 ? [] : rows.filter((r) => r.rank <= named).map((r) => r.unit);
  // From the bottom: a unit is in the last `named` when fewer than `named` units are strictly worse.
  const bottom = named === 0 ? [] : rows
    .filter((r) => !top.includes(r.unit) && rows.filter((o) => keyOf(o.value) < keyOf(r.value)).length < named)
    .map((r) => r.unit);
  return { ok: true, value: { rows, unranked: round.units.filter((u) => !hasResult(u, round.resultKind)).map((u) => u.unit), top, bottom } };
}

/** 第2名（并列）when another unit shares the place. */
export function rankLabel(row: Pick<RankedUnit, 'rank'>, rows: readonly Pick<RankedUnit, 'rank'>[]): string {
  return rows.filter((r) => r.rank === row.rank).length > 1 ? `第${row.rank}名（并列）` : `第${row.rank}名`;
}
