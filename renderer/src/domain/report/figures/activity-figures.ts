// Activity figures: activities held by category and by type (视察, 调研, 协商, 民主评议 …),
// members taking part (人次, and how many different members), and what activities produced
// (reports, suggestions, adopted suggestions, leaders' 批示, results followed up). Types are
// counted by code (dictionaries/activity-types.ts), whatever the office now calls them; an
// office's own types have figures too (officeActivityTypeFigures), listed under their names.
import type { Activity } from '../../activities/activity';
import { ACTIVITY_CATEGORIES, type ActivityCategory, type DictionaryEntry } from '../../dictionaries/dictionary-kinds';
import { ACTIVITY_TYPES } from '../../dictionaries/activity-types';
import { customEntries } from '../../dictionaries/dictionary-codes';
import { REPORT_KINDS } from '../../activities/activity';
import type { Ledger } from '../../ledger/ledger';
import type { FigureDefinition, FigureScope } from '../figure-types';
import type { FigureResult } from '../figure-result';
import { activityRef, activitySlice, type ActivitySlice, attendanceRef, inScopeDate, memberRef, presentRows } from './figure-slices';
import { INSTRUCTION_LEVELS } from '../../instructions/instruction';

const INSTRUCTION_LEVEL_KEYS = { 县: 'county', 市: 'city', 省: 'province', 全国: 'national' } as const;

const GROUP = '活动';

const CATEGORY_KEYS: Record<ActivityCategory, string> = {
  会议: 'meeting', 协商: 'consultation', 视察: 'inspection', 调研: 'research', 监督: 'supervision',
  学习培训: 'training', 履职实践: 'practice', 联谊交流: 'exchange', 其他: 'other',
};

const REPORT_KIND_KEYS: Record<(typeof REPORT_KINDS)[number], [string, string]> = {
  调研报告: ['researchReports', '篇'], 视察报告: ['inspectionReports', '篇'], 协商建议: ['consultationAdvice', '份'], 建议案: ['formalAdvice', '件'],
};

type Select = (activities: readonly Activity[], slice: Pick<ActivitySlice, 'categoryOf' | 'codeOf'>) => Activity[];

function activityCount(key: string, label: string, select: Select): FigureDefinition {
  return {
    key, label, unit: '次', group: GROUP,
    count(ledger: Ledger, scope: FigureScope): FigureResult {
      const s = activitySlice(ledger, scope);
      const chosen = select(s.activities, s);
      return { value: chosen.length, records: chosen.map(activityRef) };
    },
  };
}

/** 人次: one per 出席 row of the chosen activities. */
function personTimes(key: string, label: string, select: Select): FigureDefinition {
  return {
    key, label, unit: '人次', group: GROUP,
    count(ledger, scope) {
      const s = activitySlice(ledger, scope);
      const records = select(s.activities, s).flatMap((a) => presentRows(a).map((p) => attendanceRef(a, p, s.memberById)));
      return { value: records.length, records };
    },
  };
}

/** Different members who attended at least one of the chosen activities. */
function distinctMembers(key: string, label: string, select: Select): FigureDefinition {
  return {
    key, label, unit: '名', group: GROUP,
    count(ledger, scope) {
      const s = activitySlice(ledger, scope);
      const ids = new Set(select(s.activities, s).flatMap((a) => presentRows(a).map((p) => p.memberId)));
      const members = [...ids].map((id) => s.memberById.get(id)).filter((m) => m !== undefined);
      return { value: ids.size, records: members.map(memberRef) };
    },
  };
}

/** A sum over activities (建议×条); the records are the activities that contribute to it. */
function activitySum(key: string, label: string, unit: string, amount: (a: Activity) => number): FigureDefinition {
  return {
    key, label, unit, group: GROUP,
    count(ledger, scope) {
      const contributing = activitySlice(ledger, scope).activities.filter((a) => amount(a) > 0);
      return { value: contributing.reduce((n, a) => n + amount(a), 0), records: contributing.map(activityRef) };
    },
  };
}

/**
 * 批示 count in the period of the 批示's own date, whatever the activity's: a 视察 in October
 * whose report drew a 批示 in December counts in a report 截至11月底 only once the 批示 exists,
 * as the 批示 page counts it. The records are the activities that drew them.
 */
function instructionSum(key: string, label: string, which: (i: Activity['instructions'][number]) => boolean): FigureDefinition {
  return {
    key, label, unit: '次', group: GROUP,
    count(ledger, scope) {
      const inPeriod = (a: Activity) => a.instructions.filter((i) => which(i) && inScopeDate(i.date, scope)).length;
      const contributing = ledger.activities.filter((a) => a.deletedAt === null && inPeriod(a) > 0);
      return { value: contributing.reduce((n, a) => n + inPeriod(a), 0), records: contributing.map(activityRef) };
    },
  };
}

const ofCode = (code: string): Select => (as, s) => as.filter((a) => s.codeOf.get(a.type) === code);
const ofCategory = (category: ActivityCategory): Select => (as, s) => as.filter((a) => s.categoryOf.get(a.type) === category);
const all: Select = (as) => [...as];

export const ACTIVITY_FIGURES: readonly FigureDefinition[] = [
  activityCount('activities.total', '开展各类履职活动', all),
  ...ACTIVITY_CATEGORIES.map((c) => activityCount(`activities.category.${CATEGORY_KEYS[c]}`, `${c}类活动`, ofCategory(c))),
  ...ACTIVITY_TYPES.map((t) => activityCount(activityTypeKey(t.code), t.name, ofCode(t.code))),
  personTimes('activities.personTimes', '委员参加活动', all),
  distinctMembers('activities.members', '参加活动的委员', all),
  ...ACTIVITY_TYPES.filter((t) => t.reportsPeople).flatMap((t) => [
    personTimes(`${activityTypeKey(t.code)}.personTimes`, `参加${t.name}的委员`, ofCode(t.code)),
    distinctMembers(`${activityTypeKey(t.code)}.members`, `参加${t.name}的委员（不重复计）`, ofCode(t.code)),
  ]),
  personTimes('activities.category.consultation.personTimes', '参加协商活动的委员', ofCategory('协商')),
  activitySum('activities.reports', '形成调研、视察报告和建议', '篇', (a) => a.outcomes.reports.length),
  ...REPORT_KINDS.map((kind) => {
    const [slug, unit] = REPORT_KIND_KEYS[kind];
    return activitySum(`activities.reports.${slug}`, kind, unit, (a) => a.outcomes.reports.filter((r) => r.kind === kind).length);
  }),
  activitySum('activities.suggestions', '提出意见建议', '条', (a) => a.outcomes.suggestions),
  activitySum('activities.adopted', '意见建议被采纳', '条', (a) => a.outcomes.adopted),
  instructionSum('activities.instructions', '获领导批示', () => true),
  ...INSTRUCTION_LEVELS.map((level) =>
    instructionSum(`activities.instructions.${INSTRUCTION_LEVEL_KEYS[level]}`, `获${level === '全国' ? '全国' : `${level}级`}领导批示`, (i) => i.level === level),
  ),
  activitySum('activities.sentToParty', '成果报送县委', '次', (a) => (a.outcomes.sentTo.includes('县委') ? 1 : 0)),
  activitySum('activities.sentToGovernment', '成果报送县政府', '次', (a) => (a.outcomes.sentTo.includes('县政府') ? 1 : 0)),
  activitySum('activities.followedUp', '成果跟踪落实（跟踪中和已落实）', '项', (a) => (a.followUp === '跟踪中' || a.followUp === '已落实' ? 1 : 0)),
  activitySum('activities.implemented', '成果已落实', '项', (a) => (a.followUp === '已落实' ? 1 : 0)),
];

/** The key of a type's count of activities: its code is the slug. */
export function activityTypeKey(code: string): string {
  return `activities.type.${code}`;
}

/** The office's own activity types (设置 → 字典), each counted under its name like a default one. */
export function officeActivityTypeFigures(dictionary: readonly DictionaryEntry[]): FigureDefinition[] {
  return customEntries(dictionary, 'activityType').map((e) => activityCount(activityTypeKey(e.code!), e.name, ofCode(e.code!)));
}
