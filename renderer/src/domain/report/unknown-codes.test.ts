// An activity type from a newer version's package (a code this version does not know) and one the
// office added itself, on the hand-counted report fixture: the newer one is kept through a backup
// and shown by name, and no figure counts it by type — its activity counts in the total and its
// category only; the office's own type gets a figure under its name.
import { describe, expect, it } from 'vitest';
import { computeFigures, figureCatalogueFor, FIGURE_CATALOGUE } from './figure-catalogue';
import { FIXTURE_SCOPE, HAND_FIGURES, reportFixtureLedger } from './report-fixtures';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import { unknownCodeEntries } from '../dictionaries/dictionary-codes';
import { serializeBackup } from '../backup/backup-format';
import { parseBackup } from '../backup/backup-parse';
import type { Ledger } from '../ledger/ledger';

const AT = '2025-01-01T00:00:00.000Z';
const entry = (id: string, name: string, code: string, category: DictionaryEntry['category']): DictionaryEntry =>
  ({ id, createdAt: AT, updatedAt: AT, deletedAt: null, kind: 'activityType', name, code, category, order: 50 });

function ledgerWithNewTypes(): Ledger {
  const ledger = reportFixtureLedger();
  const a3 = ledger.activities.find((a) => a.id === 'a3')!;
  return {
    ...ledger,
    dictionary: [...ledger.dictionary, entry('n1', '听证会', 'hearing', '监督'), entry('n2', '读书会', 'custom-n2', '学习培训')],
    activities: [
      ...ledger.activities,
      { ...a3, id: 'n-a1', type: '听证会', title: '听证会', participants: [], memberIds: [], startDate: '2025-10-10', endDate: '2025-10-10', instructions: [], outcomes: { ...a3.outcomes, reports: [], suggestions: 0, adopted: 0, sentTo: [] }, followUp: '无需跟踪' },
      { ...a3, id: 'n-a2', type: '读书会', title: '读书会', participants: [], memberIds: [], startDate: '2025-10-11', endDate: '2025-10-11', instructions: [], outcomes: { ...a3.outcomes, reports: [], suggestions: 0, adopted: 0, sentTo: [] }, followUp: '无需跟踪' },
    ],
  };
}

describe('activity types this version does not know, and the office’s own', () => {
  it('counts the unknown type in the total and its category only, and the office’s type under its name', () => {
    const ledger = ledgerWithNewTypes();
    const figures = computeFigures(ledger, FIXTURE_SCOPE);
    expect(figures.get('activities.total')!.value).toBe(HAND_FIGURES['activities.total']! + 2);
    expect(figures.get('activities.category.supervision')!.value).toBe((HAND_FIGURES['activities.category.supervision'] ?? 0) + 1);
    expect(figures.get('activities.category.training')!.value).toBe((HAND_FIGURES['activities.category.training'] ?? 0) + 1);
    expect([...figures.keys()].some((k) => k.includes('hearing'))).toBe(false);
    const own = figureCatalogueFor(ledger.dictionary).find((f) => f.key === 'activities.type.custom-n2')!;
    expect(own.label).toBe('读书会');
    expect(figures.get('activities.type.custom-n2')!.value).toBe(1);
    // Every fixed figure other than those two totals and categories is as counted by hand.
    const changed = new Set(['activities.total', 'activities.category.supervision', 'activities.category.training', 'rule.activities', 'rule.withoutItem', 'rule.scheme.missing', 'rule.notice.missing', 'rule.materials.missing']);
    for (const f of FIGURE_CATALOGUE) if (!changed.has(f.key)) expect(figures.get(f.key)!.value, f.key).toBe(HAND_FIGURES[f.key] ?? 0);
  });

  it('keeps the unknown entry through a backup, shown by its name', async () => {
    const text = await serializeBackup(ledgerWithNewTypes(), { createdAt: '2025-12-01T00:00:00.000Z', appVersion: 'test', schemaVersion: 3 });
    const read = await parseBackup(text);
    if (!read.ok) throw new Error(read.message);
    expect(unknownCodeEntries(read.ledger.dictionary).map((e) => [e.name, e.code])).toEqual([['听证会', 'hearing']]);
    expect(read.ledger.activities.find((a) => a.id === 'n-a1')!.type).toBe('听证会');
  });
});
