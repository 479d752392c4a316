// The city-level view: a city ledger holding two counties' imported records and its own is cut
// per committee, and every figure counts a committee's records only; together is the whole ledger.
import { describe, expect, it } from 'vitest';
import { computeFigures, FIGURE_CATALOGUE } from '../report/figure-catalogue';
import { FIXTURE_SCOPE, HAND_FIGURES } from '../report/report-fixtures';
import { changeKey, planImport, type Side } from './exchange-merge';
import { emptyRecords } from './exchange-tables';
import { committeeCounts, ledgerOfCommittee } from './committee-ledger';
import { importedSources, packageCommittee } from './import-sources';
import { CITY_COMMITTEE, CITY_OWN_FIGURES, cityLedger, COUNTY_A, COUNTY_B, COUNTY_B_FIGURES, countyBLedger } from './city-fixtures';

const valuesOf = (figures: Map<string, { value: number }>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, figures.get(k)!.value]));
const KEYS = Object.keys(COUNTY_B_FIGURES);

describe('a city ledger cut per committee', () => {
  it('counts county A exactly as its own ledger: every hand-worked figure of the report fixture', () => {
    const figures = computeFigures(cityLedger(), { ...FIXTURE_SCOPE, committee: COUNTY_A });
    for (const f of FIGURE_CATALOGUE) expect(figures.get(f.key)!.value, f.key).toBe(HAND_FIGURES[f.key] ?? 0);
  });

  it('counts county B and the city’s own typed records by hand, and all together as their sum', () => {
    const city = cityLedger();
    expect(valuesOf(computeFigures(city, { ...FIXTURE_SCOPE, committee: COUNTY_B }), KEYS)).toEqual(COUNTY_B_FIGURES);
    // Records with no source row are this PC's own committee's (设置 → 政协全称).
    expect(valuesOf(computeFigures(city, { ...FIXTURE_SCOPE, committee: CITY_COMMITTEE }), KEYS)).toEqual(CITY_OWN_FIGURES);
    // 全部: no committee in the scope, the whole ledger. 5 + 2 + 1 activities, 11 + 3 + 1 人次, 4 + 2 + 1 members, 1 + 1 + 0 women.
    expect(valuesOf(computeFigures(city, FIXTURE_SCOPE), KEYS)).toEqual({ 'activities.total': 8, 'activities.personTimes': 15, 'members.total': 7, 'members.women': 2 });
    for (const key of KEYS) expect(HAND_FIGURES[key]! + COUNTY_B_FIGURES[key as keyof typeof COUNTY_B_FIGURES] + CITY_OWN_FIGURES[key as keyof typeof CITY_OWN_FIGURES], key).toBe(computeFigures(city, FIXTURE_SCOPE).get(key)!.value);
  });

  it('lists the records behind a committee’s figure from that committee only', () => {
    const figure = computeFigures(cityLedger(), { ...FIXTURE_SCOPE, committee: COUNTY_B }).get('activities.total')!;
    expect(figure.records.map((r) => r.id)).toEqual(['b-a1', 'b-a2']);
  });

  it('keeps the dictionary and settings whole, leaves the given ledger unchanged, and hands out the same cut again', () => {
    const city = cityLedger();
    const before = JSON.stringify(city);
    const cut = ledgerOfCommittee(city, COUNTY_B, CITY_COMMITTEE);
    expect(cut.dictionary).toBe(city.dictionary);
    expect(cut.settings).toBe(city.settings);
    expect(cut.members.map((m) => m.id)).toEqual(['b-m1', 'b-m2']);
    expect(cut.recordSources.every((s) => s.committee === COUNTY_B)).toBe(true);
    expect(JSON.stringify(city)).toBe(before);
    expect(ledgerOfCommittee(city, COUNTY_B, CITY_COMMITTEE)).toBe(cut);
    // A committee with no records here: nothing to count.
    expect(ledgerOfCommittee(city, '某县政协', CITY_COMMITTEE).activities).toEqual([]);
  });

  it('counts each committee’s live records, this PC’s own first', () => {
    const counts = committeeCounts(cityLedger(), CITY_COMMITTEE);
    // The others by name as Chinese sorts it (环江 huán before 天峨 tiān).
    expect(counts.map((c) => [c.committee, c.own])).toEqual([[CITY_COMMITTEE, true], [COUNTY_B, false], [COUNTY_A, false]]);
    // County B: b-a3 is deleted (in the recycle bin) and not counted.
    expect(counts[1]).toEqual({ committee: COUNTY_B, own: false, counts: { members: 2, activities: 2 }, total: 4 });
    expect(counts[0]).toEqual({ committee: CITY_COMMITTEE, own: true, counts: { members: 1, activities: 1 }, total: 2 });
  });
});

describe('the sources an import notes', () => {
  it('names the package’s committee on every record taken from it, and none on a conflict kept as this PC’s', () => {
    const b = countyBLedger();
    const local = { ...emptyRecords(), members: [{ ...b.members[0]!, note: '本机改的', updatedAt: '2025-09-01T00:00:00.000Z' }] };
    const incoming = { ...emptyRecords(), members: [{ ...b.members[0]!, note: '县里改的', updatedAt: '2025-09-02T00:00:00.000Z' }, b.members[1]!], activities: b.activities };
    const plan = planImport(local, incoming, '2025-01-01T00:00:00.000Z');
    const conflict = plan.changes.find((c) => c.verdict === 'conflict')!;
    const keyOf = (s: { table: string; recordId: string }) => `${s.table}/${s.recordId}`;
    const taken = importedSources(plan, new Map(), COUNTY_B).map(keyOf);
    expect(taken.sort()).toEqual(['activities/b-a1', 'activities/b-a2', 'activities/b-a3', 'members/b-m1', 'members/b-m2']);
    const keptLocal = importedSources(plan, new Map<string, Side>([[changeKey(conflict), 'local']]), COUNTY_B).map(keyOf);
    expect(keptLocal).not.toContain('members/b-m1');
    expect(keptLocal).toHaveLength(4);
  });

  it('gives a package that names no committee a name still', () => {
    expect(packageCommittee('  环江毛南族自治县政协 ')).toBe(COUNTY_B);
    expect(packageCommittee('  ')).toBe('未注明的政协');
  });
});
