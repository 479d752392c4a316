// The city-level view on the database: a city PC imports two counties' exchange packages; each
// record taken notes the package's committee, in the import's transaction; figures come out per
// committee and together; the sources travel in the city's backup.
import { describe, expect, it } from 'vitest';
import type { LedgerRepositories } from './ledger-repositories';
import { openTestLedger } from './test-support';
import { serializeBackup } from '../domain/backup/backup-format';
import { parseBackup } from '../domain/backup/backup-parse';
import { emptyMemberFields } from '../domain/members/member';
import { packageText } from '../domain/exchange/exchange-fixtures';
import { parseExchangePackage } from '../domain/exchange/exchange-parse';
import { computeFigures, FIGURE_CATALOGUE } from '../domain/report/figure-catalogue';
import { FIXTURE_SCOPE, HAND_FIGURES } from '../domain/report/report-fixtures';
import { COUNTY_A, COUNTY_B, COUNTY_B_FIGURES, countyALedger, countyBLedger } from '../domain/exchange/city-fixtures';
import type { Ledger } from '../domain/ledger/ledger';

// openTestLedger sets this PC up as 罗城仫佬族自治县政协: here, the city office's own name.
const OWN = '罗城仫佬族自治县政协';

async function importCounty(repos: LedgerRepositories, county: Ledger, committee: string, installationId: string) {
  const text = await packageText(county, { committee, installationId, createdAt: new Date().toISOString() });
  const parsed = await parseExchangePackage(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const preview = await repos.exchange.previewExchangeImport(parsed.pkg, 'city-pc');
  if (!preview.ok) throw new Error(preview.message);
  return repos.exchange.applyExchangeImport(parsed.pkg, preview.preview, new Map(), `${committee}.cppcc-exchange`);
}

async function cityWithTwoCounties() {
  const city = await openTestLedger();
  await importCounty(city, countyALedger(), COUNTY_A, 'pc-a');
  await importCounty(city, countyBLedger(), COUNTY_B, 'pc-b');
  return city;
}

describe('a city ledger of two counties’ packages', () => {
  it('notes the committee of every record each package brought, and lists the committees', async () => {
    const city = await cityWithTwoCounties();
    const sourceOf = async (table: string, id: string) => (await city.db.recordSources.get([table, id]))?.committee;
    expect(await sourceOf('members', 'm1')).toBe(COUNTY_A);
    expect(await sourceOf('proposals', 'p1')).toBe(COUNTY_A);
    expect(await sourceOf('activities', 'b-a2')).toBe(COUNTY_B);
    // The deleted 视察 came as a tombstone: it is county B's too.
    expect(await sourceOf('activities', 'b-a3')).toBe(COUNTY_B);
    // This PC typed nothing yet (its default dictionary is no committee's records): two committees.
    expect(await city.committees.listLedgerCommittees()).toEqual([COUNTY_B, COUNTY_A]);
    const typed = await city.members.createMember({ ...emptyMemberFields(9), name: '韦三' });
    expect(typed.ok).toBe(true);
    expect(await city.committees.listLedgerCommittees()).toEqual([OWN, COUNTY_B, COUNTY_A]);
    // Live records only: county A's m6 and a6 are deleted (a7 of 2024 counts: the listing is of all years).
    const counts = await city.committees.loadCommitteeCounts();
    expect(counts.map((c) => [c.committee, c.counts.members ?? 0, c.counts.activities ?? 0])).toEqual([[OWN, 1, 0], [COUNTY_B, 2, 2], [COUNTY_A, 5, 7]]);
  });

  it('counts each county’s figures as its own ledger would, and all together as their sum', async () => {
    const city = await cityWithTwoCounties();
    const ledger = await city.reports.loadReportLedger({ year: 2025 });
    const a = computeFigures(ledger, { ...FIXTURE_SCOPE, committee: COUNTY_A });
    for (const f of FIGURE_CATALOGUE) expect(a.get(f.key)!.value, f.key).toBe(HAND_FIGURES[f.key] ?? 0);
    const b = computeFigures(ledger, { ...FIXTURE_SCOPE, committee: COUNTY_B });
    for (const [key, value] of Object.entries(COUNTY_B_FIGURES)) expect(b.get(key)!.value, key).toBe(value);
    const together = computeFigures(ledger, FIXTURE_SCOPE);
    expect(together.get('activities.total')!.value).toBe(5 + 2);
    expect(together.get('activities.personTimes')!.value).toBe(11 + 3);
    // The home screen: the whole of 2025 (county A's a5 of December counts there).
    expect((await city.figures.loadHomeFigures(2025, COUNTY_A)).figures.get('activities.total')?.value).toBe(6);
    expect((await city.figures.loadHomeFigures(2025, COUNTY_B)).figures.get('activities.total')?.value).toBe(2);
    expect((await city.figures.loadHomeFigures(2025)).figures.get('activities.total')?.value).toBe(8);
  });

  it('keeps the sources through a backup and restore, and leaves them out of the city’s own packages', async () => {
    const city = await cityWithTwoCounties();
    const sources = await city.db.recordSources.toArray();
    const text = await serializeBackup(await city.backup.readWholeLedger(), { createdAt: new Date().toISOString(), appVersion: 'test', schemaVersion: 2 });
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const restored = await openTestLedger({ setUp: false });
    await restored.backup.replaceWholeLedger(parsed.ledger);
    expect(await restored.db.recordSources.toArray()).toEqual(sources);
    expect(await restored.committees.listLedgerCommittees()).toEqual([COUNTY_B, COUNTY_A]);
    const pkg = JSON.parse(await packageText((await city.exchange.readChangesSince(null)).records)) as { tables: Record<string, unknown> };
    expect(Object.keys(pkg.tables)).not.toContain('recordSources');
  });

  it('forgets a record’s source when the record is purged from the recycle bin', async () => {
    const city = await cityWithTwoCounties();
    // b-a3 came deleted (a tombstone), so it is in the recycle bin.
    expect(await city.recycleBin.purgeFromBin('activities', 'b-a3')).toEqual({ ok: true });
    expect(await city.db.recordSources.get(['activities', 'b-a3'])).toBeUndefined();
    expect(await city.db.recordSources.get(['activities', 'b-a1'])).toEqual({ table: 'activities', recordId: 'b-a1', committee: COUNTY_B });
  });

  it('writes no source when the import is refused', async () => {
    const city = await openTestLedger();
    const text = await packageText(countyBLedger(), { committee: COUNTY_B, installationId: 'pc-b', createdAt: new Date().toISOString() });
    const parsed = await parseExchangePackage(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const preview = await city.exchange.previewExchangeImport(parsed.pkg, 'city-pc');
    if (!preview.ok) throw new Error(preview.message);
    // Something changed on this PC since the preview: the whole import, sources included, is not written.
    await city.db.activities.put({ ...countyBLedger().activities[0]!, title: '本机抢先录入' });
    await expect(city.exchange.applyExchangeImport(parsed.pkg, preview.preview, new Map(), 'b.cppcc-exchange')).rejects.toThrow('预览之后本机台账又有改动');
    expect(await city.db.recordSources.count()).toBe(0);
  });
});
