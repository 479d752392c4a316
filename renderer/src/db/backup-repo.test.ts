// Backup and restore against a real (fake-indexeddb) database: what one database holds comes back
// whole in another, a bad file leaves the database exactly as it was, and a restore that fails
// half-way leaves the previous ledger intact.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { LATEST_SCHEMA_VERSION } from './schema-versions';
import { serializeBackup } from '../domain/backup/backup-format';
import { parseBackup } from '../domain/backup/backup-parse';
import { badBackupCases, ledgerSnapshot, smallBackupText, smallLedgerWithAttachment, TEST_BACKUP_META } from '../domain/backup/backup-fixtures';
import type { Ledger } from '../domain/ledger/ledger';
import { ARRAY_TABLES, ledgerOfTables, putRows, tableRows, type ArrayTable } from '../domain/ledger/ledger-arrays';
import { primaryKeyOf } from '../domain/backup/unique-keys';
import { DEFAULT_SCORE_RULES } from '../domain/scores/score-rules';

const meta = { ...TEST_BACKUP_META, schemaVersion: LATEST_SCHEMA_VERSION };

/** The database returns rows in primary-key order; a generated ledger is in creation order. */
function byId(ledger: Ledger): Ledger {
  const sorted: Ledger = { ...ledger };
  const sortTable = <T extends ArrayTable>(table: T) => {
    const keyed = tableRows(ledger, table).map((row) => ({ row, key: primaryKeyOf(row) }));
    putRows(sorted, table, keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.row));
  };
  ARRAY_TABLES.forEach(sortTable);
  return sorted;
}

/** What the 恢复 screen does: parse, and write only a ledger that came back ok. */
async function restoreFromText(repos: LedgerRepositories, text: string): Promise<string | null> {
  const parsed = await parseBackup(text);
  if (!parsed.ok) return parsed.message;
  await repos.backup.replaceWholeLedger(parsed.ledger);
  return null;
}

async function ledgerHolding(ledger: Ledger): Promise<LedgerRepositories> {
  const repos = await openTestLedger({ setUp: false });
  await repos.backup.replaceWholeLedger(ledger);
  return repos;
}

describe('backup and restore through the database', () => {
  it('restores into a fresh database exactly what was backed up, attachment bytes included', async () => {
    const original = smallLedgerWithAttachment();
    const source = await ledgerHolding(original);
    const stored = await source.backup.readWholeLedger();
    expect(stored).toEqual(byId(original));
    expect(stored.attachments[0]!.data).toEqual(original.attachments[0]!.data);

    const text = await serializeBackup(stored, meta);
    // The target already has a ledger of its own (openTestLedger sets one up): it is replaced.
    const target = await openTestLedger();
    expect(await restoreFromText(target, text)).toBeNull();
    const restored = await target.backup.readWholeLedger();
    expect(restored).toStrictEqual(stored);
    expect(ledgerSnapshot(restored)).toBe(ledgerSnapshot(stored));
    expect((await target.settings.getSettings())?.committee.name).toBe('示例县政协（示例数据）');
  });

  it('replaces every table, leaving nothing of the previous ledger behind', async () => {
    const repos = await ledgerHolding(smallLedgerWithAttachment(1));
    const second = smallLedgerWithAttachment(2);
    await repos.backup.replaceWholeLedger(second);
    expect(await repos.backup.readWholeLedger()).toEqual(byId(second));
  });

  it('over a ledger sharing rows with it, leaves exactly its rows: the shared ones as it has them, the others gone', async () => {
    const stored = smallLedgerWithAttachment(5);
    const repos = await ledgerHolding(stored);
    expect((await repos.scoreRules.saveScoreRules(structuredClone(DEFAULT_SCORE_RULES))).ok).toBe(true);
    // The backup of this morning: a member and the attachment not yet there, an activity as it was
    // before its title was edited, the committee's row but not the rules' row saved since.
    const [first, ...rest] = stored.activities;
    const restored: Ledger = {
      ...stored,
      members: stored.members.slice(1),
      activities: [{ ...first!, title: '上午备份时的标题' }, ...rest],
      attachments: [],
      history: [],
      recordSources: [{ table: 'members', recordId: stored.members[1]!.id, committee: '示例县政协' }],
    };
    await repos.backup.replaceWholeLedger(restored);
    expect(await repos.backup.readWholeLedger()).toEqual(byId(restored));
    // The same over a ledger whose compound-keyed rows are kept and whose committee row goes.
    const emptier: Ledger = { ...ledgerOfTables({ recordSources: restored.recordSources, members: [stored.members[1]!] }) };
    await repos.backup.replaceWholeLedger(emptier);
    expect(await repos.backup.readWholeLedger()).toEqual(emptier);
  });

  it('restores a ledger with no settings and empty tables', async () => {
    const repos = await ledgerHolding(smallLedgerWithAttachment());
    const empty = ledgerOfTables({});
    expect(await restoreFromText(repos, await serializeBackup(empty, meta))).toBeNull();
    expect(await repos.backup.readWholeLedger()).toEqual(empty);
  });
});

describe('a bad backup file leaves the database exactly as it was', async () => {
  const cases = await badBackupCases(await smallBackupText());

  it.each(cases)('$name', async ({ text, expected }) => {
    const repos = await ledgerHolding(smallLedgerWithAttachment(7));
    const before = ledgerSnapshot(await repos.backup.readWholeLedger());
    const message = await restoreFromText(repos, text);
    expect(message).toContain(expected);
    expect(ledgerSnapshot(await repos.backup.readWholeLedger())).toBe(before);
  });
});

describe('replaceWholeLedger is atomic', () => {
  const withDuplicateKey = (table: 'activities' | 'attachments'): Ledger => {
    const ledger = smallLedgerWithAttachment(3);
    // A duplicate primary key in the last rows written makes bulkAdd throw after the clear and
    // after the earlier tables were written — the worst moment to fail.
    if (table === 'activities') ledger.activities.push({ ...ledger.activities[0]! });
    else ledger.attachments.push({ ...ledger.attachments[0]! });
    return ledger;
  };

  it.each(['activities', 'attachments'] as const)('keeps the previous ledger when writing %s fails mid-way', async (table) => {
    const repos = await ledgerHolding(smallLedgerWithAttachment(4));
    const before = ledgerSnapshot(await repos.backup.readWholeLedger());
    await expect(repos.backup.replaceWholeLedger(withDuplicateKey(table))).rejects.toThrow();
    expect(ledgerSnapshot(await repos.backup.readWholeLedger())).toBe(before);
  });

  it('wipeLedger empties every table', async () => {
    const repos = await ledgerHolding(smallLedgerWithAttachment());
    await repos.backup.wipeLedger();
    expect(await repos.backup.readWholeLedger()).toEqual(ledgerOfTables({}));
  });
});
