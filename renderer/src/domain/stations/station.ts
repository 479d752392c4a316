// A grass-roots unit of the committee in one township (乡镇政协工作联络站; offices call it
// 委员联络组, 委员工作室… — the name is a setting, station-settings.ts): when it was set up, its
// head (站长, usually a township cadre, so a plain name), one or two staff members who must be
// members of the committee, the "八个有" checklist with the date each item was met, and a log of
// opinions collected and problems solved. Resident members and activities are not stored: they
// come from the members' township and the activity ledger.
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate } from '../common/dates';
import { storedRowList } from '../common/row-stamps';

/** docs/domain.md: the eight things a station must have, in the order the trade lists them. */
export const EIGHT_HAS = ['有标牌', '有办公室', '有责任人', '有信息员', '有办公设施设备', '有档案柜', '有工作机制制度', '有工作经费'] as const;
export type EightHasItem = (typeof EIGHT_HAS)[number];

const isoDate = z.string().refine(isIsoDate);

export const checklistEntrySchema = z.object({ item: z.enum(EIGHT_HAS), date: isoDate });
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

/** One entry of the station's work log: opinions collected and problems solved on a date. */
export const stationWorkSchema = baseRecordSchema.extend({
  date: isoDate,
  opinions: z.number().int().min(0).max(99999),
  problems: z.number().int().min(0).max(99999),
  note: z.string().max(1000),
});
export type StationWork = z.infer<typeof stationWorkSchema>;

export interface StationFields {
  township: string;
  establishedDate: string;
  head: string;
  staffMemberIds: string[];
  /** Only the items met, each once. */
  checklist: ChecklistEntry[];
  work: StationWork[];
  note: string;
}

export interface Station extends BaseRecord, StationFields {
  isSample: boolean;
}

export const stationSchema = baseRecordSchema.extend({
  township: z.string().min(1).max(30),
  establishedDate: isoDate,
  head: z.string().max(20),
  staffMemberIds: z.array(z.string().min(1).max(64)).min(1).max(2),
  checklist: z.array(checklistEntrySchema).max(EIGHT_HAS.length),
  work: storedRowList(stationWorkSchema, 1000),
  note: z.string().max(2000),
  isSample: z.boolean(),
});

/** The date the checklist was complete (the last item's date), or null while an item is missing. */
export function checklistCompletedOn(s: Pick<Station, 'checklist'>): string | null {
  if (EIGHT_HAS.some((item) => !s.checklist.some((c) => c.item === item))) return null;
  return s.checklist.reduce((max, c) => (c.date > max ? c.date : max), '');
}

/** The items met on or before a date. */
export function checklistMetBy(s: Pick<Station, 'checklist'>, until: string): number {
  return new Set(s.checklist.filter((c) => c.date <= until).map((c) => c.item)).size;
}
