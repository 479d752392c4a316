// The figures of 民主评议 for a year up to a date: rounds held, units evaluated, 满意率 overall and
// per unit, the ranking, problems found and rectified, 回头看 visits, and the year the office
// began evaluating (从2012年开始). Counted from live rounds dated in the year, on or before `until`.
// 满意率 is a unit's 满意 share; the overall 满意率 is the mean over the units evaluated by shares,
// each unit weighing the same (the rounds record shares, not the raters' individual votes).
import { hasResult, type EvaluatedUnit, type EvaluationProblem, type EvaluationRound } from './evaluation';
import { rankRound, type Ranking } from './evaluation-ranking';
import { ofHundred, roundedPercent, type Ratio } from '../common/percent';

export interface UnitSatisfaction {
  unit: string;
  /** Percentage, one decimal. */
  rate: number;
}

export interface EvaluationFigures {
  rounds: number;
  /** Different units with a result in the year's rounds. */
  unitsEvaluated: number;
  /** Mean of the units' 满意 shares, one decimal; null when no unit was evaluated by shares. */
  satisfactionRate: number | null;
  /** What that mean divides: the shares' sum over 100 per unit (so it is printed rounded once, with any decimals). */
  satisfactionRatio: Ratio;
  /** Per unit (a unit in two rounds: its latest round). */
  unitRates: UnitSatisfaction[];
  problemsFound: number;
  /** Of the problems found in scope, those 已整改 by `until`. */
  problemsRectified: number;
  problemsInProgress: number;
  revisits: number;
  /** The first year with a round (up to this year), or null. */
  firstYear: number | null;
  /** The ranking of the latest round in scope that has results, or null. */
  ranking: Ranking | null;
  latestRoundId: string | null;
}


export function roundsInScope(rounds: readonly EvaluationRound[], year: number, until: string): EvaluationRound[] {
  return rounds
    .filter((r) => r.deletedAt === null && r.year === year && r.date <= until)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** Each problem of the scope's rounds found in the year on or before `until`, with its unit. */
export function problemsInScope(rounds: readonly EvaluationRound[], year: number, until: string): { unit: EvaluatedUnit; problem: EvaluationProblem; round: EvaluationRound }[] {
  return roundsInScope(rounds, year, until).flatMap((round) =>
    round.units.flatMap((unit) => unit.problems.filter((p) => p.foundDate <= until).map((problem) => ({ unit, problem, round }))));
}

export function isRectifiedBy(p: EvaluationProblem, until: string): boolean {
  return p.status === '已整改' && p.rectifiedDate !== null && p.rectifiedDate <= until;
}

export function computeEvaluationFigures(rounds: readonly EvaluationRound[], year: number, until: string = `${year}-12-31`): EvaluationFigures {
  const inScope = roundsInScope(rounds, year, until);
  const units = new Set<string>();
  const rateByUnit = new Map<string, number>();
  for (const r of inScope) {
    for (const u of r.units) {
      if (!hasResult(u, r.resultKind)) continue;
      units.add(u.unit);
      if (r.resultKind === 'shares') rateByUnit.set(u.unit, u.satisfied!);
    }
  }
  const rates = [...rateByUnit.values()];
  const satisfactionRatio = { part: rates.reduce((a, b) => a + b, 0), whole: rates.length * 100 };
  const problems = problemsInScope(rounds, year, until);
  const first = rounds.filter((r) => r.deletedAt === null && r.date <= until && r.year <= year).reduce<number | null>((m, r) => (m === null || r.year < m ? r.year : m), null);
  const ranked = [...inScope].reverse().map((r) => ({ r, ranking: rankRound(r) })).find((x) => x.ranking.ok);
  return {
    rounds: inScope.length,
    unitsEvaluated: units.size,
    satisfactionRate: rates.length ? roundedPercent(satisfactionRatio, 1) : null,
    satisfactionRatio,
    unitRates: [...rateByUnit].map(([unit, rate]) => ({ unit, rate: roundedPercent(ofHundred(rate), 1) })),
    problemsFound: problems.length,
    problemsRectified: problems.filter((x) => isRectifiedBy(x.problem, until)).length,
    problemsInProgress: problems.filter((x) => !isRectifiedBy(x.problem, until) && x.problem.status !== '未整改').length,
    revisits: problems.filter((x) => x.problem.revisit !== null && x.problem.revisit.date <= until).length,
    firstYear: first,
    ranking: ranked?.ranking.ok ? ranked.ranking.value : null,
    latestRoundId: ranked?.r.id ?? null,
  };
}
