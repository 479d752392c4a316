// The plan travels in a backup: a file written before it (format 2 without `plans` and
// `yearNotes`) still restores with none, and an item pointing at an activity not in the file, or
// two notes for one year, are refused with a Chinese message.
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../backup/backup-parse';
import { serializeBackup } from '../backup/backup-format';
import { editBackup, smallLedgerWithAttachment, TEST_BACKUP_META } from '../backup/backup-fixtures';

describe('plans in a backup', () => {
  it('round-trips the items and the year’s words', async () => {
    const ledger = smallLedgerWithAttachment();
    expect(ledger.plans.length).toBeGreaterThan(0);
    const parsed = await parseBackup(await serializeBackup(ledger, TEST_BACKUP_META));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.ledger.plans).toEqual(ledger.plans);
    expect(parsed.ledger.yearNotes).toEqual(ledger.yearNotes);
  });

  it('reads a format-2 file written before the plan as having none', async () => {
    const text = await editBackup(await serializeBackup(smallLedgerWithAttachment(), TEST_BACKUP_META), (d) => {
      d.formatVersion = 2;
      delete d.tables.plans;
      delete d.tables.yearNotes;
    });
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.ledger.plans).toEqual([]);
    expect(parsed.ledger.yearNotes).toEqual([]);
  });

  it('refuses an item whose activity is not in the file, and two notes for one year', async () => {
    const base = await serializeBackup(smallLedgerWithAttachment(), TEST_BACKUP_META);
    const dangling = await editBackup(base, (d) => { d.tables.plans![1]!.activityId = 'no-such-activity'; });
    expect(await parseBackup(dangling)).toEqual({ ok: false, message: '备份文件中第2条工作要点记录所关联的活动（no-such-activity）不在活动记录中' });
    const twice = await editBackup(base, (d) => { d.tables.yearNotes!.push({ ...d.tables.yearNotes![0]!, id: 'other' }); });
    expect(await parseBackup(twice)).toEqual({ ok: false, message: '备份文件中第2条年度问题和打算记录的年度（2024年）与前面的记录重复' });
    const future = await editBackup(base, (d) => { d.tables.plans![0]!.plannedMonth = 13; });
    const refused = await parseBackup(future);
    expect(refused.ok).toBe(false);
  });
});
