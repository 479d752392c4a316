// The sample's 民主评议 and 监督员: for both sizes, a round a year of 8–12 units with a tie, shares
// adding to 100, problems in mixed 整改 states that pass the domain's own checks, nothing after
// today, appointments naming sample members, and the groups' 建议书.
import { describe, expect, it } from 'vitest';
import { generateLedger, SAMPLE_SIZE_BIG_COUNTY, smallSampleSize } from './generate-ledger';
import { makeSampleSupervision } from './generate-evaluations';
import { seededRandom } from './seeded-random';
import { rankRound } from '../evaluations/evaluation-ranking';
import { checkProblem, checkResults } from '../evaluations/evaluation-inputs';
import { evaluationRoundSchema } from '../evaluations/evaluation';
import { supervisionLetterSchema, supervisorSchema } from '../supervisors/supervisor';
import type { Member } from '../members/member';

let n = 0;
const idOf = () => `id${++n}`;

function check(out: ReturnType<typeof makeSampleSupervision>, today: string, memberIds: ReadonlySet<string>) {
  for (const r of out.evaluations) {
    expect(evaluationRoundSchema.safeParse(r).success).toBe(true);
    expect(r.units.length).toBeGreaterThanOrEqual(8);
    expect(r.units.length).toBeLessThanOrEqual(12);
    expect(r.date <= today).toBe(true);
    expect(checkResults(r, r.units.map((u) => ({ unitId: u.id, satisfied: u.satisfied, basic: u.basic, unsatisfied: u.unsatisfied, score: u.score }))).ok).toBe(true);
    const ranking = rankRound(r);
    expect(ranking.ok && ranking.value.rows.some((x, i, rows) => rows.some((y, j) => j !== i && y.rank === x.rank))).toBe(true);
    for (const u of r.units) for (const p of u.problems) {
      const again = checkProblem(p.id, { text: p.text, foundDate: p.foundDate, status: p.status, startedDate: p.startedDate ?? '', rectifiedDate: p.rectifiedDate ?? '', revisitDate: p.revisit?.date ?? '', revisitFinding: p.revisit?.finding ?? '' });
      expect(again.ok, JSON.stringify(p)).toBe(true);
      for (const d of [p.startedDate, p.rectifiedDate, p.revisit?.date]) if (d) expect(d <= today).toBe(true);
    }
  }
  for (const a of out.supervisors) {
    expect(supervisorSchema.safeParse(a).success).toBe(true);
    expect(memberIds.has(a.memberId)).toBe(true);
  }
  for (const l of out.supervisionLetters) {
    expect(supervisionLetterSchema.safeParse(l).success).toBe(true);
    expect(l.date <= today).toBe(true);
  }
}

describe('sample 民主评议 and 监督员', () => {
  it('fills the small sample', () => {
    const today = new Date().toISOString().slice(0, 10);
    const ledger = generateLedger(smallSampleSize(today), idOf);
    check({ evaluations: ledger.evaluations, supervisors: ledger.supervisors, supervisionLetters: ledger.supervisionLetters }, today, new Set(ledger.members.map((m) => m.id)));
    expect(ledger.supervisors.length).toBe(16);
  });

  it('fills ten years of the big county with every 整改 state, on a fixed today', () => {
    const members = Array.from({ length: 50 }, (_, i) => ({ id: `m${i}` }) as Member);
    const today = '2025-11-30';
    const out = makeSampleSupervision(seededRandom(7), SAMPLE_SIZE_BIG_COUNTY.firstYear, SAMPLE_SIZE_BIG_COUNTY.years, members, today, idOf);
    check(out, today, new Set(members.map((m) => m.id)));
    // A round each year 2016–2025; appointments in two batches (2016 for five years, 2021 running on).
    expect(out.evaluations.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(new Set(out.supervisors.map((a) => a.fromDate))).toEqual(new Set(['2016-03-01', '2021-03-01']));
    const statuses = new Set(out.evaluations.flatMap((r) => r.units.flatMap((u) => u.problems.map((p) => p.status))));
    expect(statuses).toEqual(new Set(['未整改', '整改中', '已整改']));
    expect(out.supervisionLetters.length).toBeGreaterThan(0);
  });
});
