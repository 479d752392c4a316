import { describe, expect, it } from 'vitest';
import { backupsToKeep, DAILY_KEPT, type DatedBackup } from './backup-retention.js';

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
    expect([...backupsToKeep([first, second])]).toEqual([second.name]);
  });

  it('keeps the newest of each of the last 30 days and of each of the last 12 months', () => {
    const all = dailyBackups(500);
    const kept = backupsToKeep(all);
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
    const kept = backupsToKeep([backup('20261129-090000'), backup('20261129-180000'), backup('20261128-180000')]);
    expect([...kept].sort()).toEqual(['台账自动备份-20261128-180000.cppcc-backup', '台账自动备份-20261129-180000.cppcc-backup']);
  });

  it('counts days that have a backup, so a long pause does not empty the history', () => {
    const beforePause = dailyBackups(40).map((b) => backup(b.stamp.replace(/^2026/, '2024')));
    const kept = backupsToKeep([...beforePause, backup('20261129-100000')]);
    expect(kept.has('台账自动备份-20261129-100000.cppcc-backup')).toBe(true);
    expect(kept.size).toBeGreaterThanOrEqual(DAILY_KEPT);
  });

  it('keeps everything while there are few backups', () => {
    const few = dailyBackups(5);
    expect(backupsToKeep(few).size).toBe(5);
  });
});
