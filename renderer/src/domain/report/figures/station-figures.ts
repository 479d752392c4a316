// 乡镇政协工作联络站 figures (domain/stations): townships, units built, units with all "八个有",
// staff per unit (fewest and most: the template writes {{stations.staffMin}}—{{stations.staffMax}}名),
// resident members, the townships' activities, opinions collected and problems solved — the
// values computeStationFigures gives, with the records behind them.
import type { Ledger } from '../../ledger/ledger';
import { formatChineseDate } from '../../common/dates';
import { computeStationFigures, type StationFigures } from '../../stations/station-figures';
import type { Station } from '../../stations/station';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { referencedOnRead, type FigureRecordRef } from '../figure-result';
import { activityRef, memberRef, membersById, memo, scopeKey } from './figure-slices';
import { liveRows } from '../../common/row-stamps';

const GROUP = '联络站';

function stationSlice(ledger: Ledger, scope: FigureScope): StationFigures {
  return memo(ledger, `stations|${scopeKey(scope)}`, () => {
    const townships = ledger.dictionary.filter((d) => d.kind === 'township' && d.deletedAt === null).map((d) => d.name);
    return computeStationFigures({ stations: ledger.stations ?? [], members: ledger.members, activities: ledger.activities, townships }, scope.year, scope.until);
  });
}

export function stationRef(s: Station): FigureRecordRef {
  return { table: 'stations', id: s.id, label: `${s.township}（${formatChineseDate(s.establishedDate)}成立）` };
}

function figure(key: string, label: string, unit: string, count: (f: StationFigures, ledger: Ledger) => { value: number; records: FigureRecordRef[] }): FigureDefinition {
  return { key, label, unit, group: GROUP, count: (ledger, scope) => count(stationSlice(ledger, scope), ledger) };
}

/** The staff of the first unit with that many: the people the range's end is made of. */
function staffOfFirstWith(f: StationFigures, count: number, ledger: Ledger): FigureRecordRef[] {
  const station = f.built.find((s) => s.staffMemberIds.length === count);
  const byId = membersById(ledger);
  return (station?.staffMemberIds ?? []).map((id) => {
    const m = byId.get(id);
    return m ? memberRef(m) : { table: 'members', id, label: '（已清除的委员）' };
  });
}

const stationsOf = (list: Station[]) => referencedOnRead(list.length, list, stationRef);

export const STATION_REPORT_FIGURES: readonly FigureDefinition[] = withSynonyms([
  figure('stations.townships', '全县乡镇', '个', (f, ledger) => ({
    value: f.townships,
    records: ledger.dictionary.filter((d) => d.kind === 'township' && d.deletedAt === null).map((d) => ({ table: 'dictionary', id: d.id, label: d.name })),
  })),
  figure('stations.built', '已建联络站', '个', (f) => stationsOf(f.built)),
  figure('stations.complete', '达到“八个有”的联络站', '个', (f) => stationsOf(f.complete)),
  figure('stations.staffMin', '每站工作人员（最少）', '名', (f, ledger) => ({ value: f.staffMin, records: staffOfFirstWith(f, f.staffMin, ledger) })),
  figure('stations.staffMax', '每站工作人员（最多）', '名', (f, ledger) => ({ value: f.staffMax, records: staffOfFirstWith(f, f.staffMax, ledger) })),
  figure('stations.residents', '驻乡镇政协委员', '名', (f) => referencedOnRead(f.residents.length, f.residents, memberRef)),
  figure('stations.activities', '联络站所在乡镇组织的活动', '次', (f) => referencedOnRead(f.activities.length, f.activities, activityRef)),
  figure('stations.opinions', '联络站收集意见建议', '条', (f) => ({ value: f.opinionsCollected, records: f.built.filter((s) => liveRows(s.work).some((w) => w.opinions > 0)).map(stationRef) })),
  figure('stations.problems', '联络站推动解决问题', '个', (f) => ({ value: f.problemsSolved, records: f.built.filter((s) => liveRows(s.work).some((w) => w.problems > 0)).map(stationRef) })),
], {
  'stations.townships': ['全县', '全区', '乡镇', '街道'],
  'stations.built': ['设立乡镇政协工作联络站', '联络站', '建成联络站', '政协联络站', '建站', '委员工作站'],
  'stations.complete': ['八个有', '达到“八个有”', '规范化建设', '完成规范化建设', '验收达标', '标准化建设'],
  'stations.staffMin': ['驻地', '担任工作人员', '每个联络站', '每站'],
  'stations.staffMax': ['驻地', '担任工作人员', '每个联络站', '每站'],
  'stations.activities': ['联络站活动', '联络站开展活动'],
  'stations.opinions': ['收集群众意见建议', '收集意见建议'],
  'stations.problems': ['推动解决问题', '解决实际问题', '协调解决问题', '解决问题'],
  'stations.residents': ['驻乡镇委员', '驻乡镇政协委员', '驻本乡镇委员', '驻站委员'],
});
