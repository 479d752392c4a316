import { describe, expect, it } from 'vitest';
import { defaultReportDate, defaultUntil, reportDateProblem, untilProblem, untilWarning } from './report-scope';

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

  it('dates the report the day it is made, never before its 截至 date', () => {
    expect(defaultReportDate('2025-11-20', '2025-11-20')).toBe('2025-11-20');
    expect(defaultReportDate('2025-11-30', '2025-12-05')).toBe('2025-12-05');
    // Last year's report written in January is dated in January, not on 12月31日.
    expect(defaultReportDate('2025-12-31', '2026-01-15')).toBe('2026-01-15');
    // A 截至 date after today (staff planning ahead) dates the report at that date.
    expect(defaultReportDate('2025-11-30', '2025-11-20')).toBe('2025-11-30');
  });

  it('refuses a 成文日期 before the 截至 date and warns of a 截至 date still to come', () => {
    expect(reportDateProblem('2025-11-30', '2025-11-30')).toBeNull();
    expect(reportDateProblem('2025-11-30', '2025-11-29')).toBe('成文日期不能早于截至日期');
    expect(reportDateProblem('2025-11-30', '')).toBe('请选择成文日期');
    expect(untilWarning('2025-12-31', '2025-12-06')).toBe('截至日期晚于今天，数字只统计到今天的登记');
    expect(untilWarning('2025-12-06', '2025-12-06')).toBeNull();
  });
});
