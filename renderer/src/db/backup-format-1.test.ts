// Backup format 2 added 社情民意 (`opinions`), 批示 levels and proposals' 批示. A file written in
// format 1 must still restore: no opinions table reads as empty, a 批示 without a level as
// 未注明 (null), a proposal without 批示 as none — and what comes back is the same ledger.
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../domain/backup/backup-parse';
import { serializeBackup } from '../domain/backup/backup-format';
import { editBackup, smallLedgerWithAttachment, TEST_BACKUP_META } from '../domain/backup/backup-fixtures';
import { openTestLedger } from './test-support';
import { newRow } from '../domain/common/row-stamps';

type Row = Record<string, unknown>;

/** The small ledger with a 批示 on an activity, written as format 1 wrote it. */
async function formatOneText(): Promise<string> {
  const ledger = smallLedgerWithAttachment();
  ledger.activities[1]!.instructions = [newRow({ level: '市', leader: '李副市长', date: '2024-06-03', text: '请县政府研究落实。' }, '2024-06-03T08:00:00.000Z')];
  return editBackup(await serializeBackup(ledger, TEST_BACKUP_META), (d) => {
    d.formatVersion = 1;
    delete d.tables.opinions;
    // Rows inside a record had no stamps yet: 批示 nothing, a proposal's steps, replies and feedback an id.
    for (const a of d.tables.activities!) a.instructions = (a.instructions as Row[]).map(({ level: _l, id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest }) => rest);
    for (const p of d.tables.proposals!) {
      delete p.instructions;
      for (const list of ['history', 'replies', 'feedback']) p[list] = (p[list] as Row[]).map(({ createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest }) => rest);
    }
  });
}

describe('a format-1 backup', () => {
  it('is written without the new fields (so the test reads what format 1 really held)', async () => {
    const doc = JSON.parse(await formatOneText()) as { formatVersion: number; tables: Record<string, Row[]> };
    expect(doc.formatVersion).toBe(1);
    expect(doc.tables.opinions).toBeUndefined();
    expect(doc.tables.activities![1]!.instructions).toEqual([{ leader: '李副市长', date: '2024-06-03', text: '请县政府研究落实。' }]);
    expect(doc.tables.proposals!.every((p) => !('instructions' in p))).toBe(true);
  });

  it('parses: no 社情民意, the old 批示 kept with level 未注明 (null), proposals without 批示', async () => {
    const parsed = await parseBackup(await formatOneText());
    if (!parsed.ok) throw new Error(parsed.message);
    const original = smallLedgerWithAttachment();
    expect(parsed.summary.formatVersion).toBe(1);
    expect(parsed.ledger.opinions).toEqual([]);
    expect(parsed.summary.counts.opinions).toBe(0);
    // The rows get stamps as the schema-3 upgrade gives them: the record's createdAt, an id of their own.
    const created = original.activities[1]!.createdAt;
    const [read] = parsed.ledger.activities[1]!.instructions;
    expect(read).toEqual({ level: null, leader: '李副市长', date: '2024-06-03', text: '请县政府研究落实。', id: read!.id, createdAt: created, updatedAt: created, deletedAt: null });
    expect(read!.id).toMatch(/^r-[0-9a-f]{16}$/);
    const steps = parsed.ledger.proposals[0]!.history;
    expect(steps.map((h) => h.id)).toEqual(original.proposals[0]!.history.map((h) => h.id));
    expect(steps.every((h) => h.createdAt === original.proposals[0]!.createdAt && h.deletedAt === null)).toBe(true);
    expect(parsed.ledger.proposals.map((p) => p.instructions)).toEqual(original.proposals.map(() => []));
    expect(parsed.ledger.members).toEqual(original.members);
    expect(parsed.ledger.proposals.map((p) => p.id)).toEqual(original.proposals.map((p) => p.id));
  });

  it('restores into the database, replacing the 社情民意 that were there', async () => {
    const repos = await openTestLedger({ setUp: false });
    await repos.backup.replaceWholeLedger(smallLedgerWithAttachment(12));
    expect(await repos.db.opinions.count()).toBeGreaterThan(0);
    const parsed = await parseBackup(await formatOneText());
    if (!parsed.ok) throw new Error(parsed.message);
    await repos.backup.replaceWholeLedger(parsed.ledger);
    const back = await repos.backup.readWholeLedger();
    expect(back.opinions).toEqual([]);
    expect(back.activities.find((a) => a.instructions.length)?.instructions[0]?.level).toBeNull();
    expect(back.members.length).toBe(20);
  });

  it('a format-2 file must hold the 社情民意 table', async () => {
    const text = await editBackup(await serializeBackup(smallLedgerWithAttachment(), TEST_BACKUP_META), (d) => { delete d.tables.opinions; });
    expect(await parseBackup(text)).toEqual({ ok: false, message: '备份文件缺少“社情民意”数据' });
  });
});
