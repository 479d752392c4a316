// The chosen year's figures of the grass-roots units, as a report states them: townships, units
// built, units with all "八个有", staff per unit (1至2名, in the office's range style as the
// documents write it), resident members, activities.
import { FiguresStrip } from '../shared/FiguresStrip';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { staffRangeText } from '../../domain/stations/station-figures';
import { styleInForce } from '../../domain/settings/report-settings';

export function StationFiguresRow({ year, unitName }: { year: number; unitName: string }) {
  const f = useLiveQuery(() => appLedger.stations.loadStationFigures(year), [year]);
  const reports = useLiveQuery(() => appLedger.reports.loadReportSettings(), []);
  if (!f || !reports) return null;
  const lines = [
    { label: '全县乡镇', value: `${f.townships}个` },
    { label: `已建${unitName}`, value: `${f.built.length}个` },
    { label: '达到“八个有”', value: `${f.complete.length}个` },
    { label: '每站工作人员', value: f.built.length ? staffRangeText(f, styleInForce(reports.settings)) : '—' },
    { label: '驻乡镇委员', value: `${f.residents.length}名` },
    { label: `${year}年组织活动`, value: `${f.activities.length}次` },
    { label: '收集意见建议', value: `${f.opinionsCollected}条` },
    { label: '推动解决问题', value: `${f.problemsSolved}个` },
  ];
  return <FiguresStrip name={`${unitName}数据`} figures={lines} />;
}
