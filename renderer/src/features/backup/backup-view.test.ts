// How the 备份与恢复 screen words times and years.
import { describe, expect, it } from 'vitest';
import { backupCountItems, formatBackupTime, formatYears } from './backup-view';
import { countLedger } from '../../domain/ledger/ledger';
import { smallLedgerWithAttachment } from '../../domain/backup/backup-fixtures';

describe('backup screen wording', () => {
  it('shows a backup time as the office writes it, in local time', () => {
    expect(formatBackupTime(new Date(2025, 2, 5, 14, 5).toISOString())).toBe('2025年3月5日 14:05');
    expect(formatBackupTime(new Date(2024, 11, 31, 9, 0).toISOString())).toBe('2024年12月31日 09:00');
    expect(formatBackupTime('不是时间')).toBe('不是时间');
  });

  it('lists years newest first, or says there are none', () => {
    expect(formatYears([2025, 2024])).toBe('2025年、2024年');
    expect(formatYears([])).toBe('无活动记录');
  });

  it('lists every table a restore writes, proposals and 社情民意 among them', () => {
    const counts = countLedger(smallLedgerWithAttachment());
    const items = backupCountItems(counts);
    expect(items.map((i) => i.key)).toEqual(Object.keys(counts));
    const byLabel = new Map(items.map((i) => [i.label, i.text]));
    expect(byLabel.get('委员')).toBe(`${counts.members} 人`);
    expect(byLabel.get('提案')).toBe(`${counts.proposals} 件`);
    expect(byLabel.get('社情民意')).toBe(`${counts.opinions} 条`);
    expect(byLabel.get('出勤记录')).toBe(`${counts.attendance} 条`);
    expect(counts.proposals).toBeGreaterThan(0);
    // Every table has a Chinese name, not its key.
    expect(items.every((i) => /^[\u4e00-\u9fff]/.test(i.label))).toBe(true);
  });
});
