// Whom a meeting of each activity type calls (domain/activities/meeting-calls.ts): the office's
// setting, kept in the committee settings record by type code, and the members it calls on a date.
import type { LedgerDatabase } from './database';
import { getSettings, putSettings } from './settings-repo';
import { nowIso } from './clock';
import { callRuleFor, callRuleSchema, withCallRule, type CallRule, type MeetingCalls } from '../domain/activities/meeting-calls';
import { calledMembers } from '../domain/activities/called-members';
import { loadActivityTypeCodes } from './dictionary-repo';
import { validateWith, type Validated } from '../domain/common/validation';
import type { Member } from '../domain/members/member';

async function activityTypeEntries(db: LedgerDatabase) {
  return (await db.dictionary.where('kind').equals('activityType').toArray()).filter((e) => e.deletedAt === null);
}

/** The office's settings (only the types it set; callRuleFor gives every type's rule). */
export async function loadMeetingCalls(db: LedgerDatabase): Promise<MeetingCalls> {
  return (await getSettings(db))?.meetingCalls ?? {};
}

/** Sets whom a meeting of the type with this code calls; the 界别 must be in the dictionary. */
export async function saveMeetingCall(db: LedgerDatabase, code: string, input: unknown): Promise<Validated<CallRule>> {
  const checked = validateWith(callRuleSchema, input);
  if (!checked.ok) return checked;
  const rule = checked.value;
  return db.transaction('rw', db.settings, db.dictionary, async (): Promise<Validated<CallRule>> => {
    if (!(await activityTypeEntries(db)).some((e) => e.code === code)) return { ok: false, errors: { code: '该活动类型不存在或已删除' } };
    if (rule.kind === 'sectors') {
      const known = new Set((await db.dictionary.where('kind').equals('sector').toArray()).filter((e) => e.deletedAt === null).map((e) => e.name));
      const unknown = rule.sectors.filter((s) => !known.has(s));
      if (unknown.length) return { ok: false, errors: { sectors: `界别字典中没有“${unknown.join('、')}”` } };
    }
    const existing = await getSettings(db);
    if (!existing) return { ok: false, errors: { _: '请先完成政协基本信息设置' } };
    await putSettings(db, { ...existing, meetingCalls: withCallRule(existing.meetingCalls, code, rule), updatedAt: nowIso() });
    return checked;
  });
}

/** The members a meeting of this type (by its name) calls on `date`; null when it calls nobody by type. */
export async function loadCalledMembers(db: LedgerDatabase, typeName: string, date: string): Promise<Member[] | null> {
  // Every entry, deleted ones too: an activity keeps the name of a type deleted since.
  const [codes, settings, members] = await Promise.all([loadActivityTypeCodes(db), getSettings(db), db.members.toArray()]);
  return calledMembers(callRuleFor(codes.get(typeName), settings?.meetingCalls), members, date);
}
