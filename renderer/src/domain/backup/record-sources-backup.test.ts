// The record sources of a city ledger in a backup: they travel and come back unchanged;
// an earlier format-2 file, written before they existed, reads as having none; a broken row is
// refused with a Chinese message saying which.
import { describe, expect, it } from 'vitest';
import { parseBackup } from './backup-parse';
import { serializeBackup } from './backup-format';
import { editBackup, TEST_BACKUP_META } from './backup-fixtures';
import { cityLedger, COUNTY_A } from '../exchange/city-fixtures';

const cityText = () => serializeBackup(cityLedger(), TEST_BACKUP_META);

async function refusal(edit: (tables: Record<string, Record<string, unknown>[]>) => void): Promise<string> {
  const parsed = await parseBackup(await editBackup(await cityText(), (d) => edit(d.tables)));
  return parsed.ok ? '（被接受了）' : parsed.message;
}

describe('record sources in a backup', () => {
  it('come back unchanged', async () => {
    const parsed = await parseBackup(await cityText());
    expect(parsed.ok && parsed.ledger.recordSources).toEqual(cityLedger().recordSources);
    expect(parsed.ok && parsed.ledger.recordSources.length).toBeGreaterThan(10);
  });

  it('read as none from a file written before them', async () => {
    const parsed = await parseBackup(await editBackup(await cityText(), (d) => { d.formatVersion = 2; delete d.tables.recordSources; }));
    expect(parsed.ok && parsed.ledger.recordSources).toEqual([]);
  });

  it('refuse a row with no committee, of an unknown table, or a record given two sources', async () => {
    expect(await refusal((t) => { t.recordSources![0]!.committee = '  '; })).toBe('备份文件内容有误：第1条来源记录的“来源政协”不正确（请填写来源政协）');
    expect(await refusal((t) => { t.recordSources![1]!.table = 'settings'; })).toBe('备份文件中第2条来源记录所指的表（settings）不存在');
    expect(await refusal((t) => { t.recordSources!.push({ ...t.recordSources![0]!, committee: COUNTY_A }); })).toMatch(/^备份文件中第\d+条来源记录的所指记录（[^ ）]+ [^）]+）与前面的记录重复$/);
  });
});
