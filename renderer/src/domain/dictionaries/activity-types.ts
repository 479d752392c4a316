// The activity types this program knows, each under a stable code. The code is what figures, score
// rules, the "1234" rule and the sample refer to; the name is only the default display text, which
// an office may change in 设置 → 字典 without any figure changing. The code is also the figure key's
// slug ({{activities.type.inspection}}), so it is frozen once released (figure-keys.test.ts).
// Adding a type is one entry here: new ledgers get it in their dictionary, existing ledgers get it
// when the program opens them (dictionary-codes.ts missingRegistryEntries), and the catalogue gets
// its figures.
import type { ActivityCategory } from './dictionary-kinds';

export interface ActivityTypeDefinition {
  /** Stable; also the slug of the type's figures (activities.type.<code>). */
  code: string;
  /** The default name new ledgers start with. */
  name: string;
  category: ActivityCategory;
  /** A meeting with a roll: 应到 / 实到 / 出席率 figures. Whom it calls by default is meeting-calls.ts's. */
  meetingWithAttendance: boolean;
  /** Reports quote the members taking part (参加培训委员×人次, ×名委员参加阳光执法). */
  reportsPeople: boolean;
}

export const ACTIVITY_TYPES = [
  { code: 'plenary', name: '全体会议', category: '会议', meetingWithAttendance: true, reportsPeople: false },
  { code: 'standing', name: '常委会议', category: '会议', meetingWithAttendance: true, reportsPeople: false },
  { code: 'chairs', name: '主席会议', category: '会议', meetingWithAttendance: true, reportsPeople: false },
  { code: 'secretaries', name: '秘书长会议', category: '会议', meetingWithAttendance: true, reportsPeople: false },
  { code: 'topicConsultation', name: '专题协商会', category: '协商', meetingWithAttendance: false, reportsPeople: false },
  { code: 'consultationForum', name: '协商座谈会', category: '协商', meetingWithAttendance: false, reportsPeople: false },
  { code: 'counterpartConsultation', name: '对口协商', category: '协商', meetingWithAttendance: false, reportsPeople: false },
  { code: 'sectorConsultation', name: '界别协商', category: '协商', meetingWithAttendance: false, reportsPeople: false },
  { code: 'proposalConsultation', name: '提案办理协商', category: '协商', meetingWithAttendance: false, reportsPeople: false },
  { code: 'inspection', name: '视察', category: '视察', meetingWithAttendance: false, reportsPeople: true },
  { code: 'research', name: '调研', category: '调研', meetingWithAttendance: false, reportsPeople: true },
  { code: 'evaluation', name: '民主评议', category: '监督', meetingWithAttendance: false, reportsPeople: true },
  { code: 'training', name: '培训', category: '学习培训', meetingWithAttendance: false, reportsPeople: true },
  { code: 'themedPractice', name: '委员履职主题实践活动', category: '履职实践', meetingWithAttendance: false, reportsPeople: true },
  { code: 'exchange', name: '联谊交流', category: '联谊交流', meetingWithAttendance: false, reportsPeople: false },
  { code: 'departmentReport', name: '部门工作汇报', category: '会议', meetingWithAttendance: false, reportsPeople: false },
  { code: 'lawEnforcement', name: '阳光执法', category: '监督', meetingWithAttendance: false, reportsPeople: true },
  { code: 'onSiteOffice', name: '现场办公', category: '监督', meetingWithAttendance: false, reportsPeople: true },
  { code: 'satisfactionPoll', name: '满意度测评', category: '监督', meetingWithAttendance: false, reportsPeople: true },
  { code: 'other', name: '其他', category: '其他', meetingWithAttendance: false, reportsPeople: false },
] as const satisfies readonly ActivityTypeDefinition[];

export type ActivityTypeCode = (typeof ACTIVITY_TYPES)[number]['code'];

const BY_CODE: ReadonlyMap<string, ActivityTypeDefinition> = new Map(ACTIVITY_TYPES.map((t) => [t.code, t]));

export function activityTypeByCode(code: string): ActivityTypeDefinition | undefined {
  return BY_CODE.get(code);
}

/** An office's own type: its code is made from its entry's id, so every PC that holds the entry agrees on it. */
export const CUSTOM_CODE_PREFIX = 'custom-';

export function customCode(entryId: string): string {
  return `${CUSTOM_CODE_PREFIX}${entryId}`;
}

/**
 * A code this program understands: a registry code, or an office's own. Anything else came from a
 * newer version (a package or backup from a PC with more types): the entry is kept and shown by
 * its name, but no figure of this version counts it by type.
 */
export function isKnownTypeCode(code: string): boolean {
  return BY_CODE.has(code) || code.startsWith(CUSTOM_CODE_PREFIX);
}
