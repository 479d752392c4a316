import { describe, expect, it, vi } from 'vitest';
import { createAutoBackupRunner, isDailyBackupDue, localDayStamp } from './auto-backup-runner';
import { ledgerHoldsRecords } from '../../domain/ledger/holds-records';
import { clockProblem, isFromTheFuture } from './backup-clock';
import { backupReminder, lastBackupDownload, recordBackupDownload, reminderSnoozed, snoozeReminder, type SmallStorage } from './backup-reminder';
import type { AutoBackupEntry, AutoBackups } from '../../platform';
import { parseBackup } from '../../domain/backup/backup-parse';
import { smallLedgerWithAttachment } from '../../domain/backup/backup-fixtures';

const entry = (stamp: string): AutoBackupEntry => ({ name: `台账自动备份-${stamp}.cppcc-backup`, stamp, size: 1, header: null });

function fakeAutoBackups(entries: AutoBackupEntry[]) {
  const written: Uint8Array[] = [];
  const autoBackups: AutoBackups = {
    write: vi.fn((data: Uint8Array) => {
      written.push(data);
      const e = entry(`20261129-1${written.length}0000`);
      entries.push(e);
      return Promise.resolve(e);
    }),
    list: () => Promise.resolve({ folder: '/自动备份', entries: [...entries] }),
    read: () => Promise.reject(new Error('unused')),
    chooseFolder: () => Promise.resolve(null),
    onBeforeClose: () => undefined,
  };
  return { autoBackups, written };
}

describe('the daily automatic backup', () => {
  const now = () => new Date(2026, 10, 29, 9, 0, 0);

  it('is due when no backup was taken today (local calendar)', () => {
    expect(localDayStamp(now())).toBe('20261129');
    expect(isDailyBackupDue([entry('20261128-235959')], now())).toBe(true);
    expect(isDailyBackupDue([entry('20261129-000100')], now())).toBe(false);
  });

  it('writes a backup of the whole ledger that restores, once a day', async () => {
    const { autoBackups, written } = fakeAutoBackups([entry('20261128-180000')]);
    const ledger = smallLedgerWithAttachment();
    const runner = createAutoBackupRunner({ readLedger: () => Promise.resolve(ledger), autoBackups, now });
    expect(await runner.runIfDue()).not.toBeNull();
    expect(await runner.runIfDue()).toBeNull();
    expect(written).toHaveLength(1);
    const parsed = await parseBackup(new TextDecoder().decode(written[0]));
    expect(parsed.ok && parsed.ledger.members.length).toBe(ledger.members.length);
  });

  it('writes the closing backup after a daily one in progress, never two at once', async () => {
    const { autoBackups, written } = fakeAutoBackups([]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reading = 0;
    let mostAtOnce = 0;
    const runner = createAutoBackupRunner({
      readLedger: async () => {
        mostAtOnce = Math.max(mostAtOnce, ++reading);
        await gate;
        reading--;
        return smallLedgerWithAttachment();
      },
      autoBackups,
      now,
    });
    const daily = runner.runIfDue();
    await vi.waitFor(() => expect(reading).toBe(1));
    // Asked again while it is being written: the same backup, not a second one.
    const again = runner.runIfDue();
    const closing = runner.runNow();
    release();
    const [first, second, last] = await Promise.all([daily, again, closing]);
    expect(second).toEqual(first);
    expect(last).not.toEqual(first);
    expect(written).toHaveLength(2);
    expect(mostAtOnce).toBe(1);
  });
});

describe('the browser-mode reminder', () => {
  const memory = (): SmallStorage => {
    const values = new Map<string, string>();
    return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) };
  };

  it('reminds when there never was a download, and again a week after the last one', () => {
    const storage = memory();
    expect(backupReminder(lastBackupDownload(storage), new Date(2026, 10, 29))).toEqual({ daysSince: null, due: true });
    recordBackupDownload(storage, new Date(2026, 10, 20, 10));
    expect(backupReminder(lastBackupDownload(storage), new Date(2026, 10, 26, 9))).toEqual({ daysSince: 5, due: false });
    expect(backupReminder(lastBackupDownload(storage), new Date(2026, 10, 27, 11))).toEqual({ daysSince: 7, due: true });
  });

  it('can be put off until tomorrow', () => {
    const storage = memory();
    const now = new Date(2026, 10, 29, 9);
    expect(reminderSnoozed(storage, now)).toBe(false);
    snoozeReminder(storage, now);
    expect(reminderSnoozed(storage, new Date(2026, 10, 30, 8))).toBe(true);
    expect(reminderSnoozed(storage, new Date(2026, 10, 30, 10))).toBe(false);
  });

  it('treats unreadable storage as never backed up, and a failing one as harmless', () => {
    expect(lastBackupDownload({ getItem: () => 'garbage', setItem: () => undefined })).toBeNull();
    expect(() => recordBackupDownload({ getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } }, new Date())).not.toThrow();
  });
});

describe('an empty or wiped ledger', () => {
  it('gets no automatic backup, daily or at close', async () => {
    const { autoBackups, written } = fakeAutoBackups([]);
    const wiped = { ...smallLedgerWithAttachment(), settings: null };
    const runner = createAutoBackupRunner({ readLedger: () => Promise.resolve(wiped), autoBackups, now: () => new Date(2026, 10, 29, 9) });
    expect(await runner.runIfDue()).toBeNull();
    expect(await runner.runNow()).toBeNull();
    const full = smallLedgerWithAttachment();
    // Set up, with the default dictionary and its own history, but not one record.
    const setUpButEmpty = Object.fromEntries(Object.entries(full).map(([table, rows]) => [table, Array.isArray(rows) && !['dictionary', 'history'].includes(table) ? [] : rows])) as typeof full;
    const runner2 = createAutoBackupRunner({ readLedger: () => Promise.resolve(setUpButEmpty), autoBackups, now: () => new Date(2026, 10, 29, 9) });
    expect(await runner2.runNow()).toBeNull();
    expect(written).toHaveLength(0);
    expect(ledgerHoldsRecords(smallLedgerWithAttachment())).toBe(true);
  });
});

describe('the clock, checked against the backups', () => {
  const now = new Date(2026, 11, 5, 10, 0, 0);
  it('says nothing when the newest backup is earlier and recent', () => {
    expect(clockProblem([], now)).toBeNull();
    expect(clockProblem(['20261204-180000', '20261205-095500'], now)).toBeNull();
  });
  it('notices a backup dated after now (slow now, or fast then)', () => {
    expect(clockProblem(['20261204-180000', '20991231-120000'], now)).toContain('2099年12月31日 12:00）晚于这台电脑现在的时间（2026年12月5日 10:00）');
    expect(isFromTheFuture('20991231-120000', now)).toBe(true);
    expect(isFromTheFuture('20261205-095500', now)).toBe(false);
  });
  it('notices a clock years ahead of the last backup', () => {
    expect(clockProblem(['20261204-180000'], new Date(2099, 0, 1))).toContain('晚了2年以上');
    expect(clockProblem(['20250104-180000'], now)).toBeNull();
  });
});
