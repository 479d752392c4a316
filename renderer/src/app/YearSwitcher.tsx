// Picks the year the screens show: every year that holds activities, proposals or 社情民意, plus
// this year and the next, so a new year can be started before its first record.
import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../db/app-ledger';
import { useYearStore } from './stores/year-store';

export function YearSwitcher() {
  const year = useYearStore((s) => s.year);
  const yearSelected = useYearStore((s) => s.yearSelected);
  const stored = useLiveQuery(() => appLedger.years.listLedgerYears(), []) ?? [];
  const thisYear = new Date().getFullYear();
  const years = [...new Set([thisYear + 1, thisYear, year, ...stored])].sort((a, b) => b - a);
  return (
    <Select
      aria-label="年度"
      value={year}
      style={{ width: 120 }}
      onChange={yearSelected}
      options={years.map((y) => ({ value: y, label: `${y}年度` }))}
    />
  );
}
