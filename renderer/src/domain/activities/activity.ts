// A 履职活动: a meeting, inspection, consultation… with its participants, its outcomes and the
// leaders' instructions (批示) it received. Participants (attendance rows) live inside their
// activity: one record per activity instead of fifteen makes a ten-year ledger load and restore
// several times faster in IndexedDB, and a merge between PCs keeps them with their parent. Each
// row still has its own id and stamps, and `memberIds` (the live participants) is indexed so a
// member's page finds their activities.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate, yearOf } from '../common/dates';
import { textField } from '../common/text';
import { toChineseNumeral } from '../common/chinese-numerals';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';
import type { ActivityTypeCode } from '../dictionaries/activity-types';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';
import { checkNewInstructionLevels, instructionEntrySchema, instructionSchema, type Instruction, type InstructionEntry } from '../instructions/instruction';
import { checkOrganizer, ORGANIZER_KINDS } from './organizer';
import { liveRows, storedRowList } from '../common/row-stamps';

export { ORGANIZER_KINDS };

export const REPORT_KINDS = ['调研报告', '视察报告', '协商建议', '建议案'] as const;
export const SENT_TO = ['县委', '县政府', '部门'] as const;
export const FOLLOW_UP_STATUSES = ['无需跟踪', '待跟踪', '跟踪中', '已落实'] as const;
export const ATTENDANCE_STATUSES = ['出席', '请假', '缺席'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

const text = (max: number, label: string) => z.preprocess(textField, z.string().max(max, tooLong(label, max)));
const isoDate = (label: string) => z.string().refine(isIsoDate, `请填写正确的${label}，格式如 2025-03-05`);

// 批示 carry a level since schema v2; the schema lives with the other records' instructions.
export { instructionSchema, type Instruction } from '../instructions/instruction';

export const outcomesSchema = z.object({
  reports: z.array(z.object({ kind: z.enum(REPORT_KINDS, { error: '成果类型不正确' }), title: text(200, '成果标题') })).max(50),
  suggestions: z.number({ error: '建议条数应为数字' }).int('建议条数应为整数').min(0, '建议条数不能为负数').max(9999),
  sentTo: z.array(z.enum(SENT_TO, { error: '报送对象只能是县委、县政府或部门' })).max(3),
  adopted: z.number({ error: '采纳条数应为数字' }).int('采纳条数应为整数').min(0, '采纳条数不能为负数').max(9999),
});
export type Outcomes = z.infer<typeof outcomesSchema>;

/**
 * A 联谊交流 meeting with other committees (联谊协作会第23次联席会): its name, session number,
 * host and theme; the date is the activity's. Optional: activities of other types, and those
 * entered before it existed, have none.
 */
export const exchangeMeetingSchema = z.object({
  name: z.preprocess(textField, z.string().min(1, '请填写联谊会名称').max(100, tooLong('联谊会名称', 100))),
  session: z.number({ error: '请填写第几次联席会' }).int('次数应为整数').min(1, '次数至少为1').max(999, '次数不超过999'),
  host: text(60, '承办单位'),
  theme: text(200, '会议主题'),
});
export type ExchangeMeeting = z.infer<typeof exchangeMeetingSchema>;

/** Whether activities of this type (by name; `codeOf` from dictionary-codes.ts codeByName) carry an exchange meeting's fields: the 联谊交流 type, whatever the office calls it. */
export function isExchangeType(typeName: string, codeOf: ReadonlyMap<string, string>): boolean {
  return codeOf.get(typeName) === ('exchange' satisfies ActivityTypeCode);
}

/** 黔桂两省（区）二十三县（市、区）政协联谊协作会第二十三次联席会. */
export function exchangeMeetingLabel(e: Pick<ExchangeMeeting, 'name' | 'session'>): string {
  return `${e.name}第${toChineseNumeral(e.session)}次联席会`;
}

/** An activity's own fields, as a form gives them. */
const activityFieldsShape = z.object({
    title: z.preprocess(textField, z.string().min(1, '请填写标题').max(200, tooLong('标题', 200))),
    type: z.string().min(1, '请选择活动类型'),
    startDate: isoDate('开始日期'),
    endDate: isoDate('结束日期'),
    location: text(100, '地点'),
    organizerKind: z.union([z.enum(ORGANIZER_KINDS), z.literal('')]),
    organizer: text(60, '组织者'),
    leaders: text(200, '带队领导'),
    topic: text(500, '议题'),
    summary: text(10000, '内容摘要'),
    outcomes: outcomesSchema,
    instructions: z.array(instructionEntrySchema).max(50),
    followUp: z.enum(FOLLOW_UP_STATUSES, { error: '跟踪状态不正确' }),
    exchange: exchangeMeetingSchema.optional(),
    isSample: z.boolean(),
});

function checkActivityFields(a: Pick<z.output<typeof activityFieldsShape>, 'startDate' | 'endDate' | 'outcomes'>, ctx: z.RefinementCtx): void {
  if (isIsoDate(a.startDate) && isIsoDate(a.endDate) && a.endDate < a.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' });
  }
  if (a.outcomes.adopted > a.outcomes.suggestions) {
    ctx.addIssue({ code: 'custom', path: ['outcomes', 'adopted'], message: '采纳条数不能多于建议条数' });
  }
}

export const activityFieldsSchema = activityFieldsShape.superRefine(checkActivityFields);

export type ActivityFields = z.infer<typeof activityFieldsSchema>;
/** One participant of an activity; a row taken off the list keeps its place with deletedAt set. */
export interface Attendance extends BaseRecord {
  memberId: string;
  status: AttendanceStatus;
  reason: string;
}

export const attendanceSchema = baseRecordSchema.extend({
  memberId: z.string().min(1),
  status: z.enum(ATTENDANCE_STATUSES),
  reason: z.string().max(200),
});

export interface Activity extends BaseRecord, ActivityFields {
  /** The year the activity counts for, derived from its start date and indexed. */
  year: number;
  participants: Attendance[];
  /** As stored: each a row with its own stamps, a 批示 taken off kept with deletedAt set. */
  instructions: Instruction[];
  /** The live participants' member ids, derived, indexed (multiEntry). */
  memberIds: string[];
}

/**
 * An activity as stored. Its 批示 are the stored rows, checked as stored rows are (at most 50 live,
 * the ones taken off kept beside them), not as a form's list of at most 50 entries, which would
 * refuse a backup of an activity whose 批示 were edited often.
 */
export const activitySchema = baseRecordSchema
  .and(activityFieldsShape.omit({ instructions: true }).superRefine(checkActivityFields))
  .and(z.object({ year: z.number().int(), participants: storedRowList(attendanceSchema, 2000), instructions: storedRowList(instructionSchema, 50), memberIds: z.array(z.string()) }));

export function liveParticipants(activity: Pick<Activity, 'participants'>): Attendance[] {
  return liveRows(activity.participants);
}

/** The derived fields of an activity, recomputed whenever its dates or participants change. */
export function withDerivedFields<T extends ActivityFields & { participants: Attendance[] }>(a: T): T & { year: number; memberIds: string[] } {
  return { ...a, year: yearOf(a.startDate), memberIds: liveParticipants(a).map((p) => p.memberId) };
}

export const participantInputSchema = z.object({
  memberId: z.string().min(1, '请选择委员'),
  status: z.enum(ATTENDANCE_STATUSES, { error: '出勤只能是出席、请假或缺席' }),
  reason: z.preprocess(textField, z.string().max(200, tooLong('事由', 200))),
});
export type ParticipantInput = z.infer<typeof participantInputSchema>;

export const activityInputSchema = z.object({
  fields: activityFieldsSchema,
  participants: z.array(participantInputSchema).max(2000, '参加人员不超过2000人'),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** A new activity's fields (no 批示 yet, so the list is as stored too). */
export function emptyActivityFields(date: string): ActivityFields & { instructions: Instruction[] } {
  return {
    title: '', type: '', startDate: date, endDate: date, location: '', organizerKind: '', organizer: '', leaders: '',
    topic: '', summary: '', outcomes: { reports: [], suggestions: 0, sentTo: [], adopted: 0 }, instructions: [],
    followUp: '无需跟踪', isSample: false,
  };
}

/**
 * Shape, dictionaries, and the rules across rows: a participant listed twice, a member who is
 * not in the ledger, a 请假 without a reason is allowed (offices often leave it blank).
 */
export function validateActivityInput(
  input: unknown,
  dicts: Dictionaries,
  knownMemberIds: ReadonlySet<string>,
  /** The instructions the activity held before this edit: only those may lack a level. */
  previousInstructions: readonly InstructionEntry[] = [],
): Validated<ActivityInput> {
  const shaped = validateWith(activityInputSchema, input);
  if (!shaped.ok) return shaped;
  const { fields, participants } = shaped.value;
  const errors: FieldErrors = {};
  checkInDictionary(errors, 'fields.type', '活动类型', fields.type, dicts.activityType);
  checkOrganizer(errors, 'fields.organizer', fields.organizerKind, fields.organizer, dicts);
  checkNewInstructionLevels(errors, 'fields.instructions', fields.instructions, previousInstructions);
  const seen = new Map<string, number>();
  participants.forEach((p, i) => {
    const first = seen.get(p.memberId);
    if (first !== undefined) errors[`participants.${i}.memberId`] = `第${i + 1}位参加人员与第${first + 1}位重复`;
    else seen.set(p.memberId, i);
    if (!knownMemberIds.has(p.memberId)) errors[`participants.${i}.memberId`] = `第${i + 1}位参加人员不在委员名单中`;
  });
  return Object.keys(errors).length ? { ok: false, errors } : shaped;
}

