// 乡镇政协工作联络站: the list (one unit per township), entering and correcting a unit, soft
// delete, the unit's resident members and activities, the office's name for its units, and the
// figures of a year. The domain checks the input first; each write runs in one transaction.
import type { LedgerDatabase } from './database';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { toIsoDate } from '../domain/common/dates';
import type { Validated } from '../domain/common/validation';
import type { Activity } from '../domain/activities/activity';
import type { Member } from '../domain/members/member';
import { sortByStroke } from '../domain/common/stroke-order';
import type { Station } from '../domain/stations/station';
import { validateStationInput } from '../domain/stations/station-inputs';
import { computeStationFigures, type StationFigures } from '../domain/stations/station-figures';
import { servingOn } from '../domain/members/member';
import { stationSettingsSchema, type StationSettings } from '../domain/stations/station-settings';
import { validateWith } from '../domain/common/validation';
import { loadDictionaries } from './dictionary-repo';
import { getSettings, putSettings } from './settings-repo';
import { stampRows } from '../domain/common/row-stamps';
import { compareChinese } from '../domain/common/chinese-order';

/** The live units, in the order of the township dictionary. */
export async function listStations(db: LedgerDatabase): Promise<Station[]> {
  const [stations, dicts] = await Promise.all([db.stations.filter((s) => s.deletedAt === null).toArray(), loadDictionaries(db)]);
  const order = new Map(dicts.township.map((t, i) => [t, i]));
  return stations.sort((a, b) => (order.get(a.township) ?? 999) - (order.get(b.township) ?? 999) || compareChinese(a.township, b.township));
}

export async function getStation(db: LedgerDatabase, id: string): Promise<Station | undefined> {
  const s = await db.stations.get(id);
  return s && s.deletedAt === null ? s : undefined;
}

async function servingMemberIds(db: LedgerDatabase, today: string): Promise<Set<string>> {
  return new Set((await db.members.filter((m) => servingOn(m, today)).toArray()).map((m) => m.id));
}

/** Enters a unit (id undefined) or corrects one. A township has one live unit; staff who have since left may stay on an old unit. */
export async function saveStation(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<Station>> {
  const today = toIsoDate(new Date());
  const before = id ? await db.stations.get(id) : undefined;
  const dicts = await loadDictionaries(db);
  const memberIds = await servingMemberIds(db, today);
  for (const m of before?.staffMemberIds ?? []) memberIds.add(m);
  const townships = before && !dicts.township.includes(before.township) ? [...dicts.township, before.township] : dicts.township;
  const checked = validateStationInput(input, { townships, memberIds, today });
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.stations, async (): Promise<Validated<Station>> => {
    const existing = id ? await db.stations.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该联络站不存在或已被删除' } };
    const twin = await db.stations.where('township').equals(checked.value.township).filter((s) => s.deletedAt === null && s.id !== id).first();
    if (twin) return { ok: false, errors: { township: `${checked.value.township}已设立联络站，一个乡镇只设一个` } };
    const station: Station = existing
      ? { ...existing, ...checked.value, work: stampRows(existing.work, checked.value.work, at), updatedAt: at }
      : { ...freshStamp(at), ...checked.value, work: stampRows([], checked.value.work, at), isSample: false };
    await db.stations.put(station);
    return { ok: true, value: station };
  });
}

export async function deleteStation(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.stations.update(id, { deletedAt: at, updatedAt: at });
}

/** The serving members who live in the unit's township, in stroke order. */
export async function listResidentMembers(db: LedgerDatabase, township: string): Promise<Member[]> {
  const today = toIsoDate(new Date());
  return sortByStroke(await db.members.filter((m) => m.township === township && servingOn(m, today)).toArray(), (m) => m.name);
}

/** The township's activities of a year (organiser 乡镇 = the township), by date. */
export async function listStationActivities(db: LedgerDatabase, township: string, year: number): Promise<Activity[]> {
  return (await db.activities.where('year').equals(year).filter((a) => a.deletedAt === null && a.organizerKind === '乡镇' && a.organizer === township).toArray())
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
}

export async function loadStationFigures(db: LedgerDatabase, year: number, until?: string): Promise<StationFigures> {
  const [stations, members, activities, dicts] = await Promise.all([
    db.stations.toArray(), db.members.toArray(), db.activities.where('year').equals(year).toArray(), loadDictionaries(db),
  ]);
  return computeStationFigures({ stations, members, activities, townships: dicts.township }, year, until);
}

/** The office's name for its grass-roots units; kept beside the committee settings. */
export async function saveStationSettings(db: LedgerDatabase, input: unknown): Promise<Validated<StationSettings>> {
  const checked = validateWith(stationSettingsSchema, input);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.settings, async (): Promise<Validated<StationSettings>> => {
    const existing = await getSettings(db);
    if (!existing) return { ok: false, errors: { _: '请先完成初始设置' } };
    await putSettings(db, { ...existing, stations: checked.value, updatedAt: nowIso() });
    return checked;
  });
}
