// The 监督员 figures of the chosen year as the report counts them.
import { FiguresStrip } from '../shared/FiguresStrip';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';

export function SupervisionFiguresRow({ year }: { year: number }) {
  const f = useLiveQuery(() => appLedger.supervisors.loadSupervisionFigures(year), [year]);
  if (!f) return null;
  const lines: [string, string][] = [
    ['担任监督员的委员', `${f.membersAppointed}名`],
    ['派驻单位', `${f.unitsCovered}个`],
    ['监督小组', `${f.groups}个`],
    ['建议书', `${f.letters}份`],
    ['参加阳光执法', `${f.lawEnforcement.members}名委员、${f.lawEnforcement.times}次`],
    ['参加现场办公', `${f.onSiteOffice.members}名委员、${f.onSiteOffice.times}次`],
    ['满意度测评', `${f.satisfactionPolls}次`],
  ];
  return <FiguresStrip name="监督员数据" figures={lines.map(([label, value]) => ({ label, value }))} />;
}
