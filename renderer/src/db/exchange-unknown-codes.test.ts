// A package from a PC running a newer version may carry a dictionary entry whose code this version
// does not know (a new activity type) and records of that type. Imported here, the entry is kept
// and listed by its name, the activity keeps its type, and no figure counts it by type: it counts
// in the total and its category only, like the same entry read from a backup (unknown-codes.test.ts).
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { serializeExchangePackage } from '../domain/exchange/exchange-format';
import { parseExchangePackage } from '../domain/exchange/exchange-parse';
import { recordsLedger } from '../domain/exchange/exchange-tables';
import { unknownCodeEntries } from '../domain/dictionaries/dictionary-codes';
import type { DictionaryEntry } from '../domain/dictionaries/dictionary-kinds';
import { computeFigures, yearScope } from '../domain/report/figure-catalogue';
import { reportFixtureLedger } from '../domain/report/report-fixtures';

const AT = '2025-10-01T00:00:00.000Z';
const hearing: DictionaryEntry = { id: 'newer-hearing', createdAt: AT, updatedAt: AT, deletedAt: null, kind: 'activityType', name: '听证会', code: 'hearing', category: '监督', order: 50 };

async function newerPackage(): Promise<string> {
  const a3 = reportFixtureLedger().activities.find((a) => a.id === 'a3')!;
  const activity = {
    ...a3, id: 'newer-a1', createdAt: AT, updatedAt: AT, type: '听证会', title: '城区供水价格听证会', participants: [], memberIds: [],
    startDate: '2025-10-10', endDate: '2025-10-10', year: 2025, instructions: [], followUp: '无需跟踪' as const,
    outcomes: { ...a3.outcomes, reports: [], suggestions: 0, adopted: 0, sentTo: [] },
  };
  const records = recordsLedger({ dictionary: [hearing], activities: [activity] }, []);
  return serializeExchangePackage(records, {
    schemaVersion: 3, appVersion: 'newer', installationId: 'pc-newer', committee: '县政协', since: null, createdAt: '2025-12-01T00:00:00.000Z', seenFrom: {},
  });
}

describe('an exchange package with a dictionary code this version does not know', () => {
  it('is imported with the entry kept and shown by name, and figures ignore it by type', async () => {
    const repos = await openTestLedger();
    const parsed = await parseExchangePackage(await newerPackage());
    if (!parsed.ok) throw new Error(parsed.message);
    const preview = await repos.exchange.previewExchangeImport(parsed.pkg, 'pc-here');
    if (!preview.ok) throw new Error(preview.message);
    await repos.exchange.applyExchangeImport(parsed.pkg, preview.preview, new Map(), '新版本.cppcc-exchange');

    // Kept, under its code and name, in the list 设置 → 字典 shows.
    const listed = await repos.dictionary.listDictionaryEntries();
    expect(unknownCodeEntries(listed).map((e) => [e.name, e.code, e.category])).toEqual([['听证会', 'hearing', '监督']]);
    const ledger = await repos.backup.readWholeLedger();
    expect(ledger.activities.map((a) => [a.title, a.type])).toEqual([['城区供水价格听证会', '听证会']]);

    // Counted in the total and its category (监督), by no type figure.
    const figures = computeFigures(ledger, yearScope(2025));
    expect(figures.get('activities.total')!.value).toBe(1);
    expect(figures.get('activities.category.supervision')!.value).toBe(1);
    const byType = [...figures].filter(([key, r]) => key.startsWith('activities.type.') && r.value !== 0).map(([key]) => key);
    expect(byType).toEqual([]);
    expect([...figures.keys()].some((k) => k.includes('hearing'))).toBe(false);
  });
});
