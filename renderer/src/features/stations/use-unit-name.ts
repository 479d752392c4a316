// What the office calls its grass-roots units (乡镇政协工作联络站 unless set otherwise).
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { stationUnitName } from '../../domain/stations/station-settings';

export function useUnitName(): string {
  const settings = useLiveQuery(() => appLedger.settings.getSettings(), []);
  return stationUnitName(settings);
}
