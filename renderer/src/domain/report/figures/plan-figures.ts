// 年度工作要点 and "1234" figures (domain/plans): items planned, done and not yet done, in all and
// for the kinds reports name (调研, 视察, 协商, 提案协商, 民主评议, 培训); and the activities that kept
// each step of the rule on time, late or not at all, followed up (跟踪) and reported (报告). The
// values and their records are computePlanFigures' lists: the items behind the plan's figures, the
// activities behind the rule's.
import type { Ledger } from '../../ledger/ledger';
import { ADVANCE_STEPS, ADVANCE_STEP_LABELS, ADVANCE_STEP_WEEKS, monthLabel, type AdvanceStep, type PlanItem } from '../../plans/plan';
import { toChineseNumeral } from '../../common/chinese-numerals';
import { computePlanFigures, PLAN_FIGURE_LABELS, STEP_OUTCOME_LABELS, type PlanFigures, type StepTally } from '../../plans/plan-figures';
import type { Activity } from '../../activities/activity';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { referencedOnRead, type FigureRecordRef } from '../figure-result';
import { activityCategoriesOf, activityRef, activityTypeCodes, memo, scopeKey } from './figure-slices';
import type { ActivityTypeCode } from '../../dictionaries/activity-types';

const PLAN_GROUP = '工作要点';
const PLAN_RULE_DESCRIPTION = '只数年度工作要点中已开展的活动（计划项目关联、截至日期前已举行），不含未列入工作要点的活动';
/** The wider set, kept for templates saved with it: the reports' "1234" sentence counts over the plan's activities. */
const ALL_RULE_DESCRIPTION = '数“1234”可管的全部活动：工作要点关联的活动，加上视察、调研、协商、监督类中未列入工作要点的活动（如专题协商会、阳光执法）；报告中“工作要点已开展的N次活动中……”用的是“工作要点已开展的活动”（rule.plan.*），不是这一组';
const RULE_GROUP = '“1234”工作要求';

interface PlanSlice {
  figures: PlanFigures;
  categoryOf: ReadonlyMap<string, string>;
  /** A plan item's kind (an activity type's name) → the type's code. */
  codeOf: ReadonlyMap<string, string>;
}

function planSlice(ledger: Ledger, scope: FigureScope): PlanSlice {
  return memo(ledger, `plans|${scopeKey(scope)}`, () => {
    // A ledger made before the plan was kept has none.
    const plans: readonly PlanItem[] = (ledger as { plans?: PlanItem[] }).plans ?? [];
    const categoryOf = activityCategoriesOf(ledger);
    const activities = ledger.activities.filter((a) => a.year === scope.year);
    return { figures: computePlanFigures(plans, activities, categoryOf, scope.year, scope.until), categoryOf, codeOf: activityTypeCodes(ledger) };
  });
}

function planRef(p: PlanItem): FigureRecordRef {
  return { table: 'plans', id: p.id, label: `${p.year}年${monthLabel(p.plannedMonth)} ${p.kind}：${p.title}` };
}

/** The kinds reports count: an activity type by code, or (协商) every type of a category. */
const KINDS: ReadonlyArray<{ key: ActivityTypeCode | 'consultation'; label: string; match: (kind: string, s: PlanSlice) => boolean }> = [
  { key: 'research', label: '调研', match: (k, s) => s.codeOf.get(k) === 'research' },
  { key: 'inspection', label: '视察', match: (k, s) => s.codeOf.get(k) === 'inspection' },
  { key: 'consultation', label: '协商', match: (k, s) => s.categoryOf.get(k) === '协商' },
  { key: 'proposalConsultation', label: '提案协商', match: (k, s) => s.codeOf.get(k) === 'proposalConsultation' },
  { key: 'evaluation', label: '民主评议', match: (k, s) => s.codeOf.get(k) === 'evaluation' },
  { key: 'training', label: '培训', match: (k, s) => s.codeOf.get(k) === 'training' },
];

function planFigure(key: string, label: string, pick: (s: PlanSlice) => PlanItem[]): FigureDefinition {
  return {
    key, label, unit: '项', group: PLAN_GROUP,
    count(ledger, scope) {
      const items = pick(planSlice(ledger, scope));
      return referencedOnRead(items.length, items, planRef);
    },
  };
}

function ruleFigure(key: string, label: string, pick: (f: PlanFigures) => Activity[], description?: string): FigureDefinition {
  return {
    key, label, unit: '次', group: RULE_GROUP, ...(description ? { description } : {}),
    count(ledger, scope) {
      const activities = pick(planSlice(ledger, scope).figures);
      return referencedOnRead(activities.length, activities, activityRef);
    },
  };
}

/** 通知提前3周, 通知提前三周, 材料提前两周: a step named with the weeks ahead the rule sets for it, in figures or words. */
function weeksAhead(step: AdvanceStep): string[] {
  const weeks = ADVANCE_STEP_WEEKS[step];
  const written = [String(weeks), toChineseNumeral(weeks), ...(weeks === 2 ? ['两'] : [])];
  return written.map((w) => `${ADVANCE_STEP_LABELS[step]}提前${w}周`);
}

const ofKind = (kind: (typeof KINDS)[number], items: PlanItem[], s: PlanSlice) => items.filter((p) => kind.match(p.kind, s));

export const PLAN_FIGURES: readonly FigureDefinition[] = withSynonyms([
  planFigure('plans.planned', PLAN_FIGURE_LABELS.planned, (s) => s.figures.planned),
  ...KINDS.map((k) => planFigure(`plans.planned.${k.key}`, `工作要点计划${k.label}`, (s) => ofKind(k, s.figures.planned, s))),
  planFigure('plans.done', PLAN_FIGURE_LABELS.done, (s) => s.figures.done),
  ...KINDS.map((k) => planFigure(`plans.done.${k.key}`, `工作要点已完成${k.label}`, (s) => ofKind(k, s.figures.done, s))),
  planFigure('plans.notDone', PLAN_FIGURE_LABELS.notDone, (s) => s.figures.notDone),
  ruleFigure('rule.activities', PLAN_FIGURE_LABELS.ruleActivities, (f) => f.ruleActivities, ALL_RULE_DESCRIPTION),
  ...ADVANCE_STEPS.flatMap((step) =>
    (Object.keys(STEP_OUTCOME_LABELS) as (keyof StepTally)[]).map((outcome) =>
      ruleFigure(`rule.${step}.${outcome}`, `${ADVANCE_STEP_LABELS[step]}（提前${ADVANCE_STEP_WEEKS[step]}周）${STEP_OUTCOME_LABELS[outcome]}的活动`, (f) => f.steps[step][outcome], ALL_RULE_DESCRIPTION),
    ),
  ),
  ruleFigure('rule.allOnTime', PLAN_FIGURE_LABELS.allOnTime, (f) => f.allOnTime, ALL_RULE_DESCRIPTION),
  ruleFigure('rule.withoutItem', PLAN_FIGURE_LABELS.withoutItem, (f) => f.withoutItem, ALL_RULE_DESCRIPTION),
  ruleFigure('rule.followedUp', PLAN_FIGURE_LABELS.followedUp, (f) => f.followedUp, ALL_RULE_DESCRIPTION),
  ruleFigure('rule.reported', PLAN_FIGURE_LABELS.reported, (f) => f.reported, ALL_RULE_DESCRIPTION),
  // The rule over the plan's own activities: what a report's "工作要点已开展的N次活动中…" states.
  ruleFigure('rule.plan.activities', '工作要点已开展的活动', (f) => f.planRule.activities, PLAN_RULE_DESCRIPTION),
  ...ADVANCE_STEPS.map((step) =>
    ruleFigure(`rule.plan.${step}.onTime`, `工作要点活动中${ADVANCE_STEP_LABELS[step]}按时（提前${ADVANCE_STEP_WEEKS[step]}周）`, (f) => f.planRule.steps[step].onTime, PLAN_RULE_DESCRIPTION),
  ),
  ruleFigure('rule.plan.followedUp', '工作要点活动中成果已跟踪', (f) => f.planRule.followedUp, PLAN_RULE_DESCRIPTION),
  ruleFigure('rule.plan.reported', '工作要点活动中成果已报告', (f) => f.planRule.reported, PLAN_RULE_DESCRIPTION),
], {
  'plans.planned': ['安排', '计划开展', '工作要点安排'],
  'plans.planned.research': ['安排调研', '计划调研'],
  'plans.planned.inspection': ['安排视察', '计划视察'],
  'plans.planned.proposalConsultation': ['安排提案协商', '计划提案协商'],
  'plans.planned.evaluation': ['安排民主评议', '计划民主评议'],
  'plans.done': ['已完成', '完成'],
  'rule.plan.activities': ['工作要点中已开展的活动'],
  'rule.activities': ['落实“1234”', '“1234”工作要求的活动', '纳入“1234”管理', '“1234”管理'],
  'rule.allOnTime': ['均按时'],
  // A step on time is also written as the time ahead the rule sets for it: 通知提前三周, 材料提前两周.
  'rule.scheme.onTime': ['方案按时制定', '按时制定方案', '方案按时', ...weeksAhead('scheme')],
  'rule.notice.onTime': ['通知按时发出', '按时发出通知', '通知按时', ...weeksAhead('notice')],
  'rule.materials.onTime': ['材料按时发送', '按时发送材料', '材料按时', ...weeksAhead('materials')],
  'rule.reported': ['成果报告县委、县政府'],
  // 方案逾期, 通知延后发出, 未印发材料: a step late or missing is written with the step's name and
  // the report's own word for late or not done.
  ...Object.fromEntries(ADVANCE_STEPS.flatMap((step) => {
    const name = ADVANCE_STEP_LABELS[step];
    return [
      [`rule.${step}.late`, [`${name}逾期`, `${name}延后`, `逾期${name}`, `延后发出${name}`, `${name}延后发出`]],
      [`rule.${step}.missing`, [`未印发${name}`, `${name}未印发`, `未发${name}`, `${name}未做`]],
    ];
  })),
});
