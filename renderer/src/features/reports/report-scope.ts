// The period a report counts and the day it is dated: a year up to a chosen date (reports are
// often written in November, 截至11月底), and a 成文日期. By default the 截至 date is today while
// the year is running, else its last day; the 成文日期 is the day the report is made, never before
// the 截至 date (report-context.ts).

/** A 截至 date must fall in the report's year. */
export function untilProblem(year: number, until: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) return '请选择截至日期';
  if (!until.startsWith(`${year}-`)) return `截至日期应在${year}年内`;
  return null;
}

/** A 截至 date still to come is allowed (a report drafted ahead), but the figures only count what is recorded so far. */
export function untilWarning(until: string, today: string): string | null {
  return until > today ? '截至日期晚于今天，数字只统计到今天的登记' : null;
}

export { defaultReportDate, defaultUntil, reportDateProblem } from '../../domain/report/report-context';
