// The sample's 社情民意: a realistic year (the asked-for items plus the 不予立案 proposals handled
// as 社情民意), issues numbered 1, 2, 3 … in date order, and every record valid as a backup reads it.
import { describe, expect, it } from 'vitest';
import { generateLedger } from './generate-ledger';
import { opinionSchema } from '../opinions/opinion';
import { checkIssue } from '../opinions/opinion-inputs';

describe('sample 社情民意', () => {
  let n = 0;
  const ledger = generateLedger({ firstYear: 2024, years: 2, members: 30, activitiesPerYear: 4, participantsPerActivity: 3, proposalsPerYear: 60, opinionsPerYear: 50, seed: 3 }, () => `s-${++n}`);

  it('holds the items asked for and those converted from proposals, each year', () => {
    for (const year of [2024, 2025]) {
      const converted = ledger.proposals.filter((p) => p.year === year && p.rejection?.rejectedAs === '社情民意信息');
      const items = ledger.opinions.filter((o) => o.year === year);
      expect(items).toHaveLength(50 + converted.length);
      expect(items.filter((o) => o.sourceProposalId !== null).map((o) => o.sourceProposalId).sort()).toEqual(converted.map((p) => p.id).sort());
    }
  });

  it('numbers each year’s issues 1, 2, 3 … without gaps, later numbers never dated earlier', () => {
    for (const year of [2024, 2025]) {
      const issues = [...new Map(ledger.opinions.filter((o) => o.issue?.year === year).map((o) => [o.issue!.number, o.issue!.date])).entries()].sort((a, b) => a[0] - b[0]);
      expect(issues.map(([number]) => number)).toEqual(issues.map((_, i) => i + 1));
      expect(issues.map(([, date]) => date)).toEqual([...issues.map(([, date]) => date)].sort());
      expect(issues.length).toBeGreaterThan(15);
    }
  });

  it('makes only records that the schema and the issue rule accept', () => {
    for (const o of ledger.opinions) {
      expect(opinionSchema.safeParse(o).success).toBe(true);
      if (o.issue) expect(checkIssue(o, o.issue).ok).toBe(true);
      for (const a of o.adoptions) expect(a.date >= o.receivedDate).toBe(true);
    }
    expect(ledger.opinions.some((o) => o.adoptions.length > 0)).toBe(true);
    expect(ledger.opinions.some((o) => o.instructions.length > 0)).toBe(true);
  });
});

describe('the current year of the sample', () => {
  it('has nothing received, compiled, adopted or instructed after today', async () => {
    const { generateLedger, smallSampleSize } = await import('./generate-ledger');
    const today = new Date().toISOString().slice(0, 10);
    const { opinions } = generateLedger(smallSampleSize(today));
    const dates = opinions.flatMap((o) => [o.receivedDate, o.issue?.date ?? '', ...o.adoptions.map((a) => a.date), ...o.instructions.map((i) => i.date)]);
    expect(dates.filter((d) => d > today)).toEqual([]);
  });
});
