// The committee selector of the city-level view: on 首页 and 报告, once the ledger holds
// records of more than one committee (a city office that imported several counties' packages),
// figures and reports can be made for one of them or, 全部, for all together. A county ledger
// never sees it.
import { useEffect } from 'react';
import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';

// No committee is named '' (a name is at least one character), so it stands for 全部.
const ALL = '';

export function CommitteeSelect({ value, onChange }: { value: string | undefined; onChange: (committee: string | undefined) => void }) {
  const committees = useLiveQuery(() => appLedger.committees.listLedgerCommittees(), []);
  const gone = value !== undefined && committees !== undefined && !committees.includes(value);
  // A committee whose records are all gone (a restore, a purge) can no longer be chosen.
  useEffect(() => {
    if (gone) onChange(undefined);
  }, [gone, onChange]);
  if (!committees || committees.length < 2) return null;
  return (
    <Select
      aria-label="统计范围（政协）"
      style={{ minWidth: 220 }}
      showSearch={{ optionFilterProp: 'label' }}
      value={gone ? ALL : (value ?? ALL)}
      onChange={(v: string) => onChange(v === ALL ? undefined : v)}
      options={[{ value: ALL, label: '全部政协合计' }, ...committees.map((c) => ({ value: c, label: c }))]}
    />
  );
}
