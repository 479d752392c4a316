// A year's report reads only that year's activities, proposals and 社情民意 (reports-repo.ts
// loadReportLedger with a scope) — and must count exactly what it counted from the whole ledger.
// Every figure of the catalogue is computed both ways on a three-year ledger, for each year, up to
// the year's end and to a date within it, and for a plenary session, and compared record by record.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { replaceWholeLedger, readWholeLedger } from './backup-repo';
import { generateLedger } from '../domain/sample/generate-ledger';
import { computeFigures, yearScope, type FigureScope } from '../domain/report/figure-catalogue';
import type { Ledger } from '../domain/ledger/ledger';
import { newRow } from '../domain/common/row-stamps';

const YEARS = [2023, 2024, 2025];

function threeYearLedger(): Ledger {
  let n = 0;
  const generated: Ledger = generateLedger(
    { firstYear: 2023, years: 3, members: 60, activitiesPerYear: 30, participantsPerActivity: 8, proposalsPerYear: 30, opinionsPerYear: 40, seed: 7 },
    () => `id-${String(++n).padStart(5, '0')}-${(n * 7919) % 1000}`,
  );
  // Tables the sample generator may not fill yet start empty.
  const ledger: Ledger = { ...generated, stations: generated.stations ?? [], campaigns: generated.campaigns ?? [], pairings: generated.pairings ?? [], culture: generated.culture ?? [] };
  // A 社情民意 received late in 2023 and compiled into 2024's first issue: counted by 2024's
  // figures though its year is 2023.
  const of2023 = ledger.opinions.filter((o) => o.year === 2023).sort((a, b) => a.receivedDate.localeCompare(b.receivedDate));
  of2023.at(-1)!.issue = { year: 2024, number: 1, date: '2024-01-05' };
  // And one compiled in 2023, adopted and given a 批示 in 2024: only its adoption date says so.
  const adoptedLater = of2023.at(-2)!;
  adoptedLater.adoptions = [...adoptedLater.adoptions, { level: '市', nationalMode: null, date: '2024-02-01', note: '' }];
  adoptedLater.instructions = [...adoptedLater.instructions, newRow({ level: '市', leader: '市政协主席', date: '2024-02-10', text: '请认真研究。' }, '2024-02-10T08:00:00.000Z')];
  // Deleted records are the figures' to leave out, whichever way they are read.
  ledger.activities.find((a) => a.year === 2024)!.deletedAt = '2024-06-01T00:00:00.000Z';
  ledger.members[0]!.deletedAt = '2024-06-01T00:00:00.000Z';
  return ledger;
}

const asObject = (figures: Map<string, unknown>) => Object.fromEntries(figures);

describe('the year-scoped report ledger', () => {
  it('gives every catalogue figure exactly as the whole ledger does', async () => {
    const repos = await openTestLedger({ setUp: false });
    const generated = threeYearLedger();
    await replaceWholeLedger(repos.db, generated);
    const whole = await readWholeLedger(repos.db);
    // The fixture holds what crosses a year: last year's items adopted, given 批示 and compiled this year.
    expect(whole.opinions.some((o) => o.year === 2023 && o.issue?.year !== 2024 && o.adoptions.some((a) => a.date.startsWith('2024-')) && o.instructions.some((i) => i.date.startsWith('2024-')))).toBe(true);
    expect(whole.opinions.some((o) => o.year === 2023 && o.issue?.year === 2024)).toBe(true);

    const scopes: FigureScope[] = YEARS.flatMap((y) => [yearScope(y), yearScope(y, `${y}-06-30`)]);
    const session = whole.proposals.find((p) => p.year === 2024)!.sessionKey;
    scopes.push(yearScope(2024, '2024-12-31', session));
    for (const scope of scopes) {
      const scoped = await repos.reports.loadReportLedger({ year: scope.year, sessionKey: scope.sessionKey });
      expect(asObject(computeFigures(scoped, scope)), `${scope.year} 截至 ${scope.until} ${scope.sessionKey ?? ''}`).toEqual(asObject(computeFigures(whole, scope)));
    }
  });

  it('reads the plan items a year counts: its own, an earlier one carried over to its activity, and the earliest, which tells whether the plan was kept before', async () => {
    const repos = await openTestLedger({ setUp: false });
    const ledger = threeYearLedger();
    // An item of 2023 carried over: held as one of 2024's activities.
    const carried = ledger.plans.find((p) => p.year === 2023 && p.deletedAt === null && !p.unplanned)!;
    const heldIn2024 = ledger.activities.find((a) => a.year === 2024 && a.deletedAt === null && !ledger.plans.some((p) => p.activityId === a.id))!;
    carried.activityId = heldIn2024.id;
    // 民主评议 begins in 2024, and only the plan shows the office kept its work here in 2023.
    ledger.evaluations = ledger.evaluations.filter((e) => e.year !== 2023);
    for (const table of ['yearNotes', 'campaigns', 'culture', 'opinions'] as const) (ledger[table] as { year: number }[]) = ledger[table].filter((r) => r.year !== 2023);
    await replaceWholeLedger(repos.db, ledger);
    const whole = await readWholeLedger(repos.db);
    for (const scope of [yearScope(2024), yearScope(2025)]) {
      const scoped = await repos.reports.loadReportLedger({ year: scope.year });
      expect(scoped.plans.length).toBeLessThan(whole.plans.length);
      expect(asObject(computeFigures(scoped, scope)), String(scope.year)).toEqual(asObject(computeFigures(whole, scope)));
    }
    const of2024 = await repos.reports.loadReportLedger({ year: 2024 });
    expect(of2024.plans.some((p) => p.id === carried.id)).toBe(true);
    expect(computeFigures(of2024, yearScope(2024)).get('evaluations.firstYear')?.value).toBe(2024);
  });

  it('reads only the year’s activities and proposals, and no later year’s 社情民意', async () => {
    const repos = await openTestLedger({ setUp: false });
    await replaceWholeLedger(repos.db, threeYearLedger());
    const scoped = await repos.reports.loadReportLedger({ year: 2024 });
    expect(scoped.activities.length).toBeGreaterThan(0);
    expect(scoped.activities.every((a) => a.year === 2024)).toBe(true);
    expect(scoped.proposals.every((p) => p.year === 2024)).toBe(true);
    expect(scoped.opinions.every((o) => o.year <= 2024)).toBe(true);
    expect(scoped.history).toEqual([]);
    expect(scoped.members).toHaveLength(60);
  });
});
