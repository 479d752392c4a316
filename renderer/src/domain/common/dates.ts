// Dates are kept as ISO strings (`2025-03-05`, months as `1978-04`) and shown the way the trade
// writes them: 2025年3月5日, no zero padding.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar day (no 2月30日) from 1900 to 2200. Counted, not built as a Date: a backup checks tens of thousands. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

export function isIsoMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export function formatChineseDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function formatChineseMonth(isoMonth: string): string {
  if (!isIsoMonth(isoMonth)) return isoMonth;
  const [y, m] = isoMonth.split('-').map(Number);
  return `${y}年${m}月`;
}

export function formatDateRange(start: string, end: string): string {
  if (!end || end === start) return formatChineseDate(start);
  return `${formatChineseDate(start)}至${formatChineseDate(end)}`;
}

/** A local calendar date as ISO, for defaults such as "today". */
export function toIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
