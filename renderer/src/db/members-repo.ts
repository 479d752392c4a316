// Members: list, read, create, edit, soft delete, and the rows of activities a member took part in.
import type { LedgerDatabase } from './database';
import { validateMember, type Member, type MemberFields } from '../domain/members/member';
import { filterMembers, type MemberFilter } from '../domain/members/member-filter';
import { liveParticipants, type Activity, type Attendance } from '../domain/activities/activity';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { toIsoDate } from '../domain/common/dates';
import type { Validated } from '../domain/common/validation';
import { loadDictionaries } from './dictionary-repo';
import { allowingValues } from '../domain/dictionaries/dictionary-kinds';

export async function listMembers(db: LedgerDatabase, filter: MemberFilter = {}): Promise<Member[]> {
  return filterMembers(await db.members.toArray(), filter);
}

export async function getMember(db: LedgerDatabase, id: string): Promise<Member | undefined> {
  const m = await db.members.get(id);
  return m && m.deletedAt === null ? m : undefined;
}

export async function createMember(db: LedgerDatabase, input: unknown): Promise<Validated<Member>> {
  const checked = validateMember(input, await loadDictionaries(db), toIsoDate(new Date()));
  if (!checked.ok) return checked;
  const member: Member = { ...freshStamp(nowIso()), ...checked.value };
  await db.members.add(member);
  return { ok: true, value: member };
}

export async function updateMember(db: LedgerDatabase, id: string, input: unknown): Promise<Validated<Member>> {
  const before = await db.members.get(id);
  const dicts = await loadDictionaries(db);
  const checked = validateMember(
    input,
    before ? allowingValues(dicts, { sector: [before.sector], party: [before.party], township: [before.township], committee: before.committees }) : dicts,
    toIsoDate(new Date()),
  );
  if (!checked.ok) return checked;
  return db.transaction('rw', db.members, async (): Promise<Validated<Member>> => {
    const existing = await db.members.get(id);
    if (!existing || existing.deletedAt !== null) return { ok: false, errors: { _: '该委员已被删除，无法保存' } };
    const member: Member = { ...existing, ...checked.value, updatedAt: nowIso() };
    await db.members.put(member);
    return { ok: true, value: member };
  });
}

/** Soft delete; the member's attendance rows stay so past meetings keep their 应到/实到. */
export async function deleteMember(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.members.update(id, { deletedAt: at, updatedAt: at });
}

export interface MemberParticipation {
  activity: Activity;
  attendance: Attendance;
}

/** What a member took part in, newest first, optionally for one year. */
export async function listMemberParticipation(db: LedgerDatabase, memberId: string, year?: number): Promise<MemberParticipation[]> {
  const activities = await db.activities.where('memberIds').equals(memberId).toArray();
  const out: MemberParticipation[] = [];
  for (const activity of activities) {
    if (activity.deletedAt !== null || (year !== undefined && activity.year !== year)) continue;
    const attendance = liveParticipants(activity).find((p) => p.memberId === memberId);
    if (attendance) out.push({ activity, attendance });
  }
  return out.sort((a, b) => b.activity.startDate.localeCompare(a.activity.startDate));
}

export type { MemberFields };
/** What names a member, said before deleting them. */
export { memberReferences } from './member-references';
