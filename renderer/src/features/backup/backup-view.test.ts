// How the 备份与恢复 screen words times and years.
import { describe, expect, it } from 'vitest';
import { formatBackupTime, formatYears } from './backup-view';

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
});
