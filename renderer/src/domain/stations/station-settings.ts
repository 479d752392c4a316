// What an office calls its grass-roots unit (乡镇政协工作联络站, 委员联络组, 委员工作室,
// 协商议事室 — docs/domain.md). Kept in the committee settings record; a ledger without it uses the
// default, so settings saved before it existed still read.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { textField } from '../common/text';

export const DEFAULT_STATION_UNIT_NAME = '乡镇政协工作联络站';

export const stationSettingsSchema = z.object({
  unitName: z.preprocess(textField, z.string().min(2, '请填写基层单位名称，例如 乡镇政协工作联络站').max(20, tooLong('名称', 20))),
});
export type StationSettings = z.infer<typeof stationSettingsSchema>;

export const DEFAULT_STATION_SETTINGS: StationSettings = { unitName: DEFAULT_STATION_UNIT_NAME };

export function stationUnitName(settings: { stations?: StationSettings | undefined } | null | undefined): string {
  return settings?.stations?.unitName ?? DEFAULT_STATION_UNIT_NAME;
}

/** The key prefix of the 联络站 figures (report/figures/station-figures.ts), whose labels name the unit. */
export const STATION_FIGURE_PREFIX = 'stations.';

/** A text that names the unit by the default words (已建联络站) in the office's own name (已建委员工作室). */
export function withUnitName(text: string, unitName: string): string {
  if (unitName === DEFAULT_STATION_UNIT_NAME) return text;
  return text.replace(/(?:乡镇政协工作)?联络站/g, unitName);
}
