import { describe, expect, it } from 'vitest';
import { defaultUntil, reportDateFor, untilProblem } from './report-scope';

describe('report scope', () => {
  it('counts to today during the year, to the year end after it, and to the end of a year not begun', () => {
    expect(defaultUntil(2025, '2025-11-20')).toBe('2025-11-20');
    expect(defaultUntil(2025, '2026-02-01')).toBe('2025-12-31');
    expect(defaultUntil(2027, '2026-02-01')).toBe('2027-12-31');
    expect(defaultUntil(2025, '2025-12-31')).toBe('2025-12-31');
  });

  it('wants the date inside the year', () => {
    expect(untilProblem(2025, '2025-11-30')).toBeNull();
    expect(untilProblem(2025, '2024-12-31')).toBe('截至日期应在2025年内');
    expect(untilProblem(2025, '')).toBe('请选择截至日期');
  });

  it('dates the report today while its year runs, else at its 截至 date', () => {
    expect(reportDateFor(2025, '2025-11-20', '2025-11-20')).toBe('2025-11-20');
    expect(reportDateFor(2025, '2025-11-30', '2025-12-05')).toBe('2025-12-05');
    expect(reportDateFor(2025, '2025-12-31', '2026-01-10')).toBe('2025-12-31');
    // A 截至 date after today (staff planning ahead) dates the report at that date.
    expect(reportDateFor(2025, '2025-11-30', '2025-11-20')).toBe('2025-11-30');
  });
});
