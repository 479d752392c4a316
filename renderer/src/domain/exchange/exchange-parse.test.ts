// The exchange package written and read back: what changed since a date travels (deleted records
// as tombstones, attachments with their bytes, the history of those records), and every broken
// package is refused with a Chinese message that says what and where.
import { describe, expect, it } from 'vitest';
import { smallLedgerWithAttachment } from '../backup/backup-fixtures';
import { parseBackup } from '../backup/backup-parse';
import { changedSince, exchangeFileName } from './exchange-format';
import { parseExchangePackage } from './exchange-parse';
import { badPackageCases, packageText, smallPackageText, TEST_EXCHANGE_META } from './exchange-fixtures';
import { RECORD_TABLES, rowsOf } from './exchange-tables';
import { TABLE_NAMES } from '../backup/backup-parse';

async function parseOk(text: string) {
  const parsed = await parseExchangePackage(text);
  if (!parsed.ok) throw new Error(`expected the package to parse, got: ${parsed.message}`);
  return parsed.pkg;
}

describe('an exchange package', () => {
  it('carries every table of the backup but settings and record sources, read back unchanged with its header', async () => {
    const ledger = smallLedgerWithAttachment();
    const pkg = await parseOk(await packageText(ledger));
    expect([...RECORD_TABLES, 'settings', 'history', 'recordSources'].sort()).toEqual([...TABLE_NAMES].sort());
    for (const table of RECORD_TABLES) expect(rowsOf(pkg.records, table), table).toEqual(rowsOf(ledger, table));
    expect(pkg.records.history).toEqual(ledger.history);
    expect(pkg.records.settings).toBeNull();
    expect(pkg.records.attachments[0]!.data).toBeInstanceOf(Uint8Array);
    expect(pkg.header).toMatchObject({ installationId: 'pc-a', since: null, committee: TEST_EXCHANGE_META.committee, formatVersion: 2 });
    expect(JSON.parse(await packageText(ledger))).not.toHaveProperty('tables.settings');
    // Which county a record came from stays on the PC that imported it (the receiver notes the sender's committee).
    const city = { ...ledger, recordSources: [{ table: 'members', recordId: ledger.members[0]!.id, committee: '天峨县政协' }] };
    expect(JSON.parse(await packageText(city))).not.toHaveProperty('tables.recordSources');
  });

  it('holds only what changed since the date: edits, deletions as tombstones, and their history', async () => {
    const ledger = smallLedgerWithAttachment();
    const since = '2025-06-01T00:00:00.000Z';
    const [edited, deleted] = [ledger.members[0]!, ledger.activities[2]!];
    Object.assign(edited, { note: '改过', updatedAt: '2025-06-02T00:00:00.000Z' });
    Object.assign(deleted, { deletedAt: '2025-06-03T00:00:00.000Z', updatedAt: '2025-06-03T00:00:00.000Z' });
    const pkg = await parseOk(await packageText(ledger, { since, createdAt: '2025-06-04T00:00:00.000Z' }));
    expect(pkg.records.members.map((m) => m.id)).toEqual([edited.id]);
    expect(pkg.records.activities.map((a) => [a.id, a.deletedAt])).toEqual([[deleted.id, '2025-06-03T00:00:00.000Z']]);
    expect(pkg.records.proposals).toEqual([]);
    // The fixture's one history entry belongs to the first member, which is in the package.
    expect(pkg.records.history.map((e) => e.recordId)).toEqual([edited.id]);
    expect(changedSince(ledger, '2030-01-01T00:00:00.000Z').members).toEqual([]);
  });

  it('is read whatever the clock of this PC says: a package written years ahead of it is not refused', async () => {
    // Office PCs' clocks are often years off; the merge orders edits by their stamps, not by this clock.
    const ledger = smallLedgerWithAttachment();
    const pkg = await parseOk(await packageText(ledger, { createdAt: '2999-01-01T00:00:00.000Z' }));
    expect(pkg.header.createdAt).toBe('2999-01-01T00:00:00.000Z');
  });

  it('is named after the committee and the minute', () => {
    expect(exchangeFileName('县政协', new Date(2025, 2, 5, 14, 5))).toBe('县政协-台账交换包-20250305-1405.cppcc-exchange');
  });

  it('is refused by 恢复, with a message that says where it belongs', async () => {
    const parsed = await parseBackup(await smallPackageText());
    expect(parsed).toEqual({ ok: false, message: '这是数据交换包，不是备份文件：交换包请在“数据交换”中导入，不能用来恢复整个台账' });
  });
});

describe('a broken package is refused with a Chinese message saying what and where', async () => {
  const cases = await badPackageCases(await smallPackageText());

  it.each(cases)('$name', async ({ text, expected }) => {
    const parsed = await parseExchangePackage(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain(expected);
    expect(parsed.message).not.toMatch(/invalid|expected|received|too (big|small)|undefined/i);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
