import { describe, expect, it } from 'vitest';
import { backupsToKeep, DAILY_KEPT, trustedNewestFirst, type DatedBackup } from './backup-retention.js';

const NOW = '20261129-200000';

const backup = (stamp: string): DatedBackup => ({ name: `台账自动备份-${stamp}.cppcc-backup`, stamp });

/** One backup a day at 17:30 for `days` days ending 2026-11-29 (local calendar). */
function dailyBackups(days: number): DatedBackup[] {
  const result: DatedBackup[] = [];
  for (let i = 0; i < days; i++) {
    const d = new Date(2026, 10, 29 - i);
    const stamp = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}-173000`;
    result.push(backup(stamp));
  }
  return result;
}

describe('which automatic backups are kept', () => {
  it('takes the second backup of the same second as the newer one', () => {
    const first = backup('20261129-173005');
    const second = { name: '台账自动备份-20261129-173005-1.cppcc-backup', stamp: '20261129-173005' };
    expect([...backupsToKeep([first, second], NOW)]).toEqual([second.name]);
  });

  it('keeps the newest of each of the last 30 days and of each of the last 12 months', () => {
    const all = dailyBackups(500);
    const kept = backupsToKeep(all, NOW);
    const days = [...kept].map((n) => n.slice(7, 15)).sort();
    // 30 daily (2026-10-31 … 2026-11-29) plus the newest of each earlier month back to 2025-12.
    expect(days.filter((d) => d >= '20261031')).toHaveLength(DAILY_KEPT);
    expect(days.filter((d) => d < '20261031')).toEqual([
      '20251231', '20260131', '20260228', '20260331', '20260430', '20260531', '20260630', '20260731', '20260831', '20260930',
    ]);
    // November and October are already covered by daily copies (their newest days are kept).
    expect(kept.size).toBe(40);
  });

  it('keeps only the newest of several backups on one day', () => {
    const kept = backupsToKeep([backup('20261129-090000'), backup('20261129-180000'), backup('20261128-180000')], NOW);
    expect([...kept].sort()).toEqual(['台账自动备份-20261128-180000.cppcc-backup', '台账自动备份-20261129-180000.cppcc-backup']);
  });

  it('counts days that have a backup, so a long pause does not empty the history', () => {
    const beforePause = dailyBackups(40).map((b) => backup(b.stamp.replace(/^2026/, '2024')));
    const kept = backupsToKeep([...beforePause, backup('20261129-100000')], NOW);
    expect(kept.has('台账自动备份-20261129-100000.cppcc-backup')).toBe(true);
    expect(kept.size).toBeGreaterThanOrEqual(DAILY_KEPT);
  });

  it('keeps everything while there are few backups', () => {
    const few = dailyBackups(5);
    expect(backupsToKeep(few, NOW).size).toBe(5);
  });

  it('does not let a backup from a clock that ran ahead stay "newest" for ever', () => {
    const ahead = backup('20991231-235959');
    // While the history is short it is kept, but listed after every backup of a sane date.
    const few = [...dailyBackups(5), ahead];
    expect(backupsToKeep(few, NOW).has(ahead.name)).toBe(true);
    expect([...few].sort(trustedNewestFirst(NOW)).map((b) => b.stamp)).toEqual([
      '20261129-173000', '20261128-173000', '20261127-173000', '20261126-173000', '20261125-173000', '20991231-235959',
    ]);
    // Once 30 sane days hold a backup it goes, and it never takes a monthly slot.
    const full = [...dailyBackups(DAILY_KEPT), ahead];
    const kept = backupsToKeep(full, NOW);
    expect(kept.has(ahead.name)).toBe(false);
    expect(kept.size).toBe(DAILY_KEPT);
  });

  it('takes a backup of later today as sane (a clock set back a few hours)', () => {
    const laterToday = backup('20261129-230000');
    expect(backupsToKeep([...dailyBackups(DAILY_KEPT), laterToday], NOW).has(laterToday.name)).toBe(true);
  });
});
