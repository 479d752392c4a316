// The period a report counts: a year up to a chosen date (reports are often written in November,
// 截至11月底). By default the date is today while the year is running, else its last day.

/** A 截至 date must fall in the report's year. */
export function untilProblem(year: number, until: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) return '请选择截至日期';
  if (!until.startsWith(`${year}-`)) return `截至日期应在${year}年内`;
  return null;
}

export { defaultUntil, reportDateFor } from '../../domain/report/report-context';
