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
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { listedOnRead, referencedOnRead, type FigureResult } from '../figure-result';
import { activityRef, activitySlice, type ActivitySlice, inScopeDate, memberRef } from './figure-slices';
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

type Select = (slice: ActivitySlice) => readonly Activity[];

function activityCount(key: string, label: string, select: Select): FigureDefinition {
  return {
    key, label, unit: '次', group: GROUP,
    count(ledger: Ledger, scope: FigureScope): FigureResult {
      const chosen = select(activitySlice(ledger, scope));
      return referencedOnRead(chosen.length, chosen, activityRef);
    },
  };
}

/** 人次: one per 出席 row of the chosen activities. */
function personTimes(key: string, label: string, select: Select, synonyms?: readonly string[]): FigureDefinition {
  return {
    key, label, unit: '人次', group: GROUP, ...(synonyms ? { synonyms } : {}),
    count(ledger, scope) {
      const s = activitySlice(ledger, scope);
      const chosen = select(s);
      let times = 0;
      for (const a of chosen) times += s.presentOf(a).length;
      return listedOnRead(times, times, () => chosen.flatMap((a) => s.presentOf(a).map((row) => s.rowRef(a, row))));
    },
  };
}

/** Different members who attended at least one of the chosen activities. */
function distinctMembers(key: string, label: string, select: Select): FigureDefinition {
  return {
    key, label, unit: '名', group: GROUP,
    count(ledger, scope) {
      const s = activitySlice(ledger, scope);
      const ids = new Set<string>();
      for (const a of select(s)) for (const r of s.presentOf(a)) ids.add(r.memberId);
      const members = [...ids].map((id) => s.memberById.get(id)).filter((m) => m !== undefined);
      return referencedOnRead(ids.size, members, memberRef);
    },
  };
}

/** A sum over activities (建议×条); the records are the activities that contribute to it. */
function activitySum(key: string, label: string, unit: string, amount: (a: Activity) => number): FigureDefinition {
  return {
    key, label, unit, group: GROUP,
    count(ledger, scope) {
      const contributing = activitySlice(ledger, scope).activities.filter((a) => amount(a) > 0);
      return referencedOnRead(contributing.reduce((n, a) => n + amount(a), 0), contributing, activityRef);
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
      const contributing: Activity[] = [];
      let total = 0;
      for (const a of ledger.activities) {
        if (a.deletedAt !== null) continue;
        let n = 0;
        for (const i of a.instructions) if (i.deletedAt === null && which(i) && inScopeDate(i.date, scope)) n++;
        if (n > 0) {
          total += n;
          contributing.push(a);
        }
      }
      return referencedOnRead(total, contributing, activityRef);
    },
  };
}

const ofCode = (code: string): Select => (s) => s.ofCode(code);
const ofCategory = (category: ActivityCategory): Select => (s) => s.ofCategory(category);
const all: Select = (s) => s.activities;

/** Where a type's count is easily taken for another figure's: say which set it counts. */
const TYPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  themedPractice: '类型为“委员履职主题实践活动”的活动数；不是本年主题实践活动所关联的活动（报告中“开展委员履职主题实践活动，组织委员开展履职活动N次”用的是“主题实践活动开展活动”campaigns.activities）',
};

const withDescription = (f: FigureDefinition, description: string | undefined): FigureDefinition => (description ? { ...f, description } : f);

export const ACTIVITY_FIGURES: readonly FigureDefinition[] = withSynonyms([
  activityCount('activities.total', '开展各类履职活动', all),
  ...ACTIVITY_CATEGORIES.map((c) => activityCount(`activities.category.${CATEGORY_KEYS[c]}`, `${c}类活动`, ofCategory(c))),
  ...ACTIVITY_TYPES.map((t) => withDescription(activityCount(activityTypeKey(t.code), t.name, ofCode(t.code)), TYPE_DESCRIPTIONS[t.code])),
  personTimes('activities.personTimes', '委员参加活动', all),
  distinctMembers('activities.members', '参加活动的委员', all),
  ...ACTIVITY_TYPES.filter((t) => t.reportsPeople).flatMap((t) => [
    personTimes(`${activityTypeKey(t.code)}.personTimes`, `参加${t.name}的委员`, ofCode(t.code), [`参加${t.name}`, `委员参加${t.name}`]),
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
], {
  'activities.total': ['各类履职活动', '开展各类活动', '履职活动', '各类活动'],
  'activities.category.consultation': ['协商活动', '开展协商', '协商议政活动'],
  'activities.category.inspection': ['视察活动'],
  'activities.category.research': ['调研活动', '调研课题'],
  'activities.category.supervision': ['监督活动', '民主监督活动'],
  'activities.category.training': ['学习培训'],
  'activities.type.plenary': ['召开全体会议', '全委会', '全体委员会议'],
  'activities.type.standing': ['召开常委会议', '常委会会议', '常务委员会会议', '常委会'],
  'activities.type.chairs': ['召开主席会议', '主席会议', '主席办公会议'],
  'activities.type.secretaries': ['秘书长办公会议', '秘书长会议'],
  'activities.type.topicConsultation': ['专题协商会', '专题协商'],
  'activities.type.consultationForum': ['协商座谈会', '座谈协商'],
  'activities.type.counterpartConsultation': ['对口协商会', '对口协商'],
  'activities.type.sectorConsultation': ['界别协商会', '界别协商'],
  'activities.type.proposalConsultation': ['提案办理协商会', '提案办理协商', '提案协商'],
  'activities.type.inspection': ['组织委员视察', '开展视察', '视察'],
  'activities.type.research': ['开展调研', '专题调研', '调研'],
  'activities.type.training': ['举办培训班', '委员培训', '培训班', '学习培训班', '培训'],
  'activities.type.themedPractice': ['主题实践活动'],
  'activities.type.departmentReport': ['听取部门工作汇报', '部门工作情况汇报', '部门汇报', '部门汇报工作', '部门专题汇报', '部门通报', '通报工作'],
  'activities.type.lawEnforcement': ['阳光执法'],
  'activities.type.onSiteOffice': ['现场办公'],
  'activities.type.satisfactionPoll': ['满意度测评'],
  'activities.personTimes': ['委员参加活动', '参加活动', '委员参加', '参与委员', '委员参与'],
  'activities.type.training.personTimes': ['培训委员', '参训委员'],
  'activities.category.consultation.personTimes': ['参加协商', '委员参加协商'],
  'activities.type.evaluation.personTimes': ['参加评议', '委员参评', '参评委员'],
  'activities.type.lawEnforcement.members': ['参加司法部门阳光执法', '参加阳光执法'],
  'activities.type.onSiteOffice.members': ['参加职能部门现场办公', '参加现场办公'],
  'activities.reports': ['调研视察报告', '调研、视察报告', '形成报告'],
  'activities.reports.researchReports': ['调研报告'],
  'activities.reports.inspectionReports': ['视察报告'],
  'activities.suggestions': ['意见建议', '提出意见建议', '提出建议'],
  'activities.adopted': ['被采纳', '采纳'],
  'activities.instructions': ['领导批示', '批示', '获批示', '肯定性批示'],
  'activities.followedUp': ['跟踪落实', '跟踪问效'],
  'activities.implemented': ['已落实', '落实到位'],
  'activities.sentToParty': ['报送县委'],
  'activities.sentToGovernment': ['报送县政府'],
});

/** The key of a type's count of activities: its code is the slug. */
export function activityTypeKey(code: string): string {
  return `activities.type.${code}`;
}

/** The office's own activity types (设置 → 字典), each counted under its name like a default one. */
export function officeActivityTypeFigures(dictionary: readonly DictionaryEntry[]): FigureDefinition[] {
  return customEntries(dictionary, 'activityType').map((e) => activityCount(activityTypeKey(e.code!), e.name, ofCode(e.code!)));
}
