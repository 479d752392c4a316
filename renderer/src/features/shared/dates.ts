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
