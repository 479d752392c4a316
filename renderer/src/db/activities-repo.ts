// Activities and their participants. Saving an activity writes it and its attendance rows in
// one transaction; a participant taken off the list is soft-deleted, not lost.
import type { LedgerDatabase } from './database';
import { validateActivityInput, activityYear, type Activity, type ActivityInput, type Attendance } from '../domain/activities/activity';
import { freshStamp, nowIso } from '../domain/common/record';
import type { Validated } from '../domain/common/validation';
import { loadDictionaries } from './dictionary-repo';
import { sortByStroke } from '../domain/common/stroke-order';

export interface ActivityFilter {
  type?: string | undefined;
  query?: string | undefined;
}

export interface ActivityListRow extends Activity {
  expected: number;
  present: number;
}

export async function listActivities(db: LedgerDatabase, year: number, filter: ActivityFilter = {}): Promise<ActivityListRow[]> {
  const [activities, attendance] = await Promise.all([
    filter.type
      ? db.activities.where('[year+type]').equals([year, filter.type]).toArray()
      : db.activities.where('year').equals(year).toArray(),
    db.attendance.where('year').equals(year).toArray(),
  ]);
  const counts = new Map<string, { expected: number; present: number }>();
  for (const r of attendance) {
    if (r.deletedAt !== null) continue;
    const c = counts.get(r.activityId) ?? { expected: 0, present: 0 };
    c.expected++;
    if (r.status === '出席') c.present++;
    counts.set(r.activityId, c);
  }
  const q = filter.query?.trim() ?? '';
  return activities
    .filter((a) => a.deletedAt === null && (!q || a.title.includes(q) || a.topic.includes(q) || a.location.includes(q)))
    .map((a) => ({ ...a, ...(counts.get(a.id) ?? { expected: 0, present: 0 }) }))
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title, 'zh'));
}

export interface ActivityWithParticipants {
  activity: Activity;
  participants: Attendance[];
}

export async function getActivity(db: LedgerDatabase, id: string): Promise<ActivityWithParticipants | undefined> {
  const activity = await db.activities.get(id);
  if (!activity || activity.deletedAt !== null) return undefined;
  const participants = (await db.attendance.where('activityId').equals(id).toArray()).filter((r) => r.deletedAt === null);
  return { activity, participants };
}

async function knownMemberIds(db: LedgerDatabase): Promise<Set<string>> {
  const members = await db.members.toArray();
  return new Set(members.filter((m) => m.deletedAt === null).map((m) => m.id));
}

/** Creates (id undefined) or updates an activity together with its participant list. */
export async function saveActivity(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<Activity>> {
  const checked = validateActivityInput(input, await loadDictionaries(db), await knownMemberIds(db));
  if (!checked.ok) return checked;
  const { fields, participants } = checked.value;
  const at = nowIso();
  const year = activityYear(fields);
  return db.transaction('rw', db.activities, db.attendance, async (): Promise<Validated<Activity>> => {
    const existing = id ? await db.activities.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该活动已被删除，无法保存' } };
    const activity: Activity = existing
      ? { ...existing, ...fields, year, updatedAt: at }
      : { ...freshStamp(at), ...fields, year };
    await db.activities.put(activity);
    await writeParticipants(db, activity, participants, at);
    return { ok: true, value: activity };
  });
}

async function writeParticipants(db: LedgerDatabase, activity: Activity, participants: ActivityInput['participants'], at: string) {
  const current = (await db.attendance.where('activityId').equals(activity.id).toArray()).filter((r) => r.deletedAt === null);
  const byMember = new Map(current.map((r) => [r.memberId, r]));
  const next: Attendance[] = participants.map((p) => {
    const row = byMember.get(p.memberId);
    if (row) {
      byMember.delete(p.memberId);
      const unchanged = row.status === p.status && row.reason === p.reason && row.year === activity.year;
      return unchanged ? row : { ...row, status: p.status, reason: p.reason, year: activity.year, updatedAt: at };
    }
    return { ...freshStamp(at), activityId: activity.id, memberId: p.memberId, status: p.status, reason: p.reason, year: activity.year };
  });
  const removed = [...byMember.values()].map((r) => ({ ...r, deletedAt: at, updatedAt: at }));
  await db.attendance.bulkPut([...next, ...removed]);
}

/**
 * Soft delete of an activity takes its attendance rows and attachments along, stamped with the
 * same instant, so restoring brings back exactly what went with it.
 */
export async function deleteActivity(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.transaction('rw', db.activities, db.attendance, db.attachments, async () => {
    await db.activities.update(id, { deletedAt: at, updatedAt: at });
    await db.attendance.where('activityId').equals(id).filter((r) => r.deletedAt === null).modify({ deletedAt: at, updatedAt: at });
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
  const rows = (await db.attendance.where('activityId').equals(activityId).toArray()).filter((r) => r.deletedAt === null);
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
