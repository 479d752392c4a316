// Activities and their participants. An activity and its participant rows are one record, so
// saving writes both at once; a participant taken off the list keeps its row with deletedAt set.
import type { LedgerDatabase } from './database';
import {
  liveParticipants,
  validateActivityInput,
  withDerivedFields,
  type Activity,
  type ActivityInput,
  type Attendance,
} from '../domain/activities/activity';
import { summarizeAttendance } from '../domain/activities/attendance-summary';
import { freshStamp } from '../domain/common/record';
import { liveRows, stampRows } from '../domain/common/row-stamps';
import { nowIso } from './clock';
import { sortByStroke } from '../domain/common/stroke-order';
import type { Validated } from '../domain/common/validation';
import { loadDictionaries } from './dictionary-repo';
import { allowingValues, type DictionaryKind } from '../domain/dictionaries/dictionary-kinds';
import { compareChinese } from '../domain/common/chinese-order';

export interface ActivityFilter {
  type?: string | undefined;
  query?: string | undefined;
}

export interface ActivityListRow extends Activity {
  expected: number;
  present: number;
}

export async function listActivities(db: LedgerDatabase, year: number, filter: ActivityFilter = {}): Promise<ActivityListRow[]> {
  const activities = filter.type
    ? await db.activities.where('[year+type]').equals([year, filter.type]).toArray()
    : await db.activities.where('year').equals(year).toArray();
  const q = filter.query?.trim() ?? '';
  return activities
    .filter((a) => a.deletedAt === null && (!q || a.title.includes(q) || a.topic.includes(q) || a.location.includes(q)))
    .map((a) => {
      const { expected, present } = summarizeAttendance(a.participants);
      return { ...a, expected, present };
    })
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || compareChinese(a.title, b.title));
}

export interface ActivityWithParticipants {
  activity: Activity;
  participants: Attendance[];
}

export async function getActivity(db: LedgerDatabase, id: string): Promise<ActivityWithParticipants | undefined> {
  const activity = await db.activities.get(id);
  if (!activity || activity.deletedAt !== null) return undefined;
  return { activity, participants: liveParticipants(activity) };
}

async function knownMemberIds(db: LedgerDatabase): Promise<Set<string>> {
  const members = await db.members.toArray();
  return new Set(members.filter((m) => m.deletedAt === null).map((m) => m.id));
}

/**
 * The participant rows and 批示 as stored after the edit (stampRows): a member already on the list
 * keeps their row (and its id), changed only if their attendance changed; a member or 批示 taken
 * off keeps a row marked deleted.
 */
function stampedLists(existing: Activity | undefined, fields: ActivityInput['fields'], participants: ActivityInput['participants'], at: string) {
  return {
    participants: stampRows(existing?.participants ?? [], participants, at, (p) => p.memberId),
    instructions: stampRows(existing?.instructions ?? [], fields.instructions, at),
  };
}

/** Creates (id undefined) or updates an activity together with its participant list. */
export async function saveActivity(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<Activity>> {
  // Editing keeps what the activity already holds: a participant since deleted from the roll and
  // a type or organizer since deleted from a dictionary stay valid; only new uses must be live.
  const before = id ? await db.activities.get(id) : undefined;
  const known = await knownMemberIds(db);
  for (const p of before?.participants ?? []) known.add(p.memberId);
  const organizerKind = { 专委会: 'committee', 界别: 'sector', 乡镇: 'township', 办公室: null, '': null } as const;
  const kept: Partial<Record<DictionaryKind, string[]>> = before ? { activityType: [before.type] } : {};
  const keptOrganizer = before ? organizerKind[before.organizerKind] : null;
  if (before && keptOrganizer) kept[keptOrganizer] = [before.organizer];
  const checked = validateActivityInput(input, allowingValues(await loadDictionaries(db), kept), known, liveRows(before?.instructions ?? []));
  if (!checked.ok) return checked;
  const { fields, participants } = checked.value;
  const at = nowIso();
  return db.transaction('rw', db.activities, async (): Promise<Validated<Activity>> => {
    const existing = id ? await db.activities.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该活动已被删除，无法保存' } };
    const activity: Activity = existing
      ? withDerivedFields({ ...existing, ...fields, ...stampedLists(existing, fields, participants, at), updatedAt: at })
      : withDerivedFields({ ...freshStamp(at), ...fields, ...stampedLists(undefined, fields, participants, at) });
    await db.activities.put(activity);
    return { ok: true, value: activity };
  });
}

/** Soft delete of an activity takes its attachments along, stamped with the same instant. */
export async function deleteActivity(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.transaction('rw', db.activities, db.attachments, async () => {
    await db.activities.update(id, { deletedAt: at, updatedAt: at });
    await db.attachments.where('ownerId').equals(id).filter((r) => r.deletedAt === null).modify({ deletedAt: at, updatedAt: at });
  });
}

/** The years that hold activities, newest first, for the year switcher. */
export async function listActivityYears(db: LedgerDatabase): Promise<number[]> {
  const years = (await db.activities.orderBy('year').uniqueKeys()) as number[];
  return years.slice().reverse();
}

/** A participant row as a screen shows it: the attendance and who the member is. */
export interface ParticipantDetail {
  attendance: Attendance;
  /** null when the member record was purged from the recycle bin. */
  member: { id: string; name: string; sector: string; township: string; deleted: boolean } | null;
}

/**
 * The live participants of an activity with their names, in surname-stroke order. A member who
 * was deleted after the activity still shows, marked, so past attendance stays readable.
 */
export async function listActivityParticipants(db: LedgerDatabase, activityId: string): Promise<ParticipantDetail[]> {
  const activity = await db.activities.get(activityId);
  const rows = activity ? liveParticipants(activity) : [];
  const members = await db.members.bulkGet(rows.map((r) => r.memberId));
  const details = rows.map((attendance, i): ParticipantDetail => {
    const m = members[i];
    return {
      attendance,
      member: m ? { id: m.id, name: m.name, sector: m.sector, township: m.township, deleted: m.deletedAt !== null } : null,
    };
  });
  return sortByStroke(details, (d) => d.member?.name ?? '');
}
