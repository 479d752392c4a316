// Building a ledger table by table from the registry: every table is there, the rows given are
// kept as given, and a ledger read from a fixture older than a table gets that table empty.
import { describe, expect, it } from 'vitest';
import { LEDGER_TABLE_NAMES } from './ledger-tables';
import { ARRAY_TABLES, isWholeArrays, ledgerOfTables, putRows, tableRows } from './ledger-arrays';
import type { LedgerArrays } from './ledger';
import { generateLedger, smallSampleSize } from '../sample/generate-ledger';

describe('ledger arrays', () => {
  it('are every table of the registry but settings', () => {
    expect([...ARRAY_TABLES]).toEqual(LEDGER_TABLE_NAMES.filter((t) => t !== 'settings'));
  });

  it('make a ledger of the tables given, every other table empty and no settings', () => {
    const sample = generateLedger(smallSampleSize('2025-11-30'));
    const ledger = ledgerOfTables({ members: sample.members, activities: sample.activities });
    expect(ledger.settings).toBeNull();
    expect(ledger.members).toEqual(sample.members);
    expect(ledger.activities).toEqual(sample.activities);
    for (const table of ARRAY_TABLES) if (table !== 'members' && table !== 'activities') expect(ledger[table]).toEqual([]);
  });

  it('say a ledger under construction is whole only when every table was written', () => {
    const arrays: Partial<LedgerArrays> = {};
    for (const table of ARRAY_TABLES.slice(1)) putRows(arrays, table, []);
    expect(isWholeArrays(arrays)).toBe(false);
    putRows(arrays, ARRAY_TABLES[0]!, []);
    expect(isWholeArrays(arrays)).toBe(true);
  });

  it('read a table a ledger lacks as no rows', () => {
    expect(tableRows({}, 'recordSources')).toEqual([]);
  });
});
