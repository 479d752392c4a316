// antd's date pickers speak dayjs; the ledger keeps ISO strings.
import dayjs, { type Dayjs } from 'dayjs';

export function toIso(value: Dayjs | null | undefined): string {
  return value ? value.format('YYYY-MM-DD') : '';
}

export function toIsoMonth(value: Dayjs | null | undefined): string {
  return value ? value.format('YYYY-MM') : '';
}

export function fromIso(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

/** How date pickers show a date (2025年3月5日); ISO typed by hand is read too. */
export const CHINESE_DATE_FORMAT = ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D'];
export const CHINESE_MONTH_FORMAT = ['YYYY年M月', 'YYYY-MM'];

/** `2025-03-05T06:05:00.000Z` → `2025年3月5日 14:05` in the office's own time zone (backups, history). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
