// The plan's and the "1234" rule's figures for a year up to a date, each with its Chinese label.
// Plan: items planned (unplanned items made from an activity's page are not), by kind, done (the
// linked activity exists, is not deleted and was held in the year by the date) and not yet done.
// Rule: the year's activities it applies to — every activity an item links to, and every activity
// of a category the rule covers even with no item — and for each advance step how many met it on
// time, late, or not at all; how many had their results followed up (跟踪) and reported (报告).
import type { Activity } from '../activities/activity';
import type { ActivityCategory } from '../dictionaries/dictionary-kinds';
import { ADVANCE_STEPS, RULE_CATEGORIES, type AdvanceStep, type PlanItem } from './plan';
import { stepDueDate } from './plan-steps';
import { compareChinese } from '../common/chinese-order';

export interface StepTally {
  onTime: Activity[];
  late: Activity[];
  missing: Activity[];
}

export interface PlanFigures {
  year: number;
  until: string;
  /** The year's planned items (live, not unplanned), in month order. */
  planned: PlanItem[];
  done: PlanItem[];
  notDone: PlanItem[];
  /** Per kind, in the order kinds first appear in the month-ordered plan. */
  byKind: { kind: string; planned: number; done: number }[];
  /** The activities the rule applies to, by date: every one an item links to and every one of a category the rule covers. */
  ruleActivities: Activity[];
  /** Of those, the ones no item links to: every step missing. */
  withoutItem: Activity[];
  steps: Record<AdvanceStep, StepTally>;
  /** All three advance steps on time. */
  allOnTime: Activity[];
  followedUp: Activity[];
  reported: Activity[];
  /**
   * The rule over the plan's own activities only (those its planned items led to and that were
   * held): the base of a report's "工作要点已开展的N次活动中，方案按时制定M次" — what the plan held
   * to the rule, not every 视察/调研/协商 of the year.
   */
  planRule: RuleTally & { activities: Activity[] };
}

export interface RuleTally {
  steps: Record<AdvanceStep, StepTally>;
  allOnTime: Activity[];
  followedUp: Activity[];
  reported: Activity[];
}

export const PLAN_FIGURE_LABELS = {
  planned: '年度工作要点计划项目',
  done: '工作要点已完成',
  notDone: '工作要点尚未完成',
  ruleActivities: '落实“1234”要求的活动',
  withoutItem: '未登记“1234”环节的活动',
  allOnTime: '方案、通知、材料均按时的活动',
  followedUp: '成果跟踪督办的活动',
  reported: '成果报告县委县政府的活动',
} as const;

/** 方案提前4周按时, 通知逾期完成, 材料未做. */
export const STEP_OUTCOME_LABELS: Record<keyof StepTally, string> = { onTime: '按时', late: '逾期完成', missing: '未做' };


const inScope = (date: string, year: number, until: string) => date.startsWith(`${year}-`) && date <= until;
const byDate = (a: Activity, b: Activity) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0);

export function computePlanFigures(
  plans: readonly PlanItem[],
  activities: readonly Activity[],
  categoryOf: ReadonlyMap<string, ActivityCategory>,
  year: number,
  until = `${year}-12-31`,
): PlanFigures {
  const heldById = new Map<string, Activity>();
  for (const a of activities) if (a.deletedAt === null && inScope(a.startDate, year, until)) heldById.set(a.id, a);
  // The plan holds every year's items and only two kinds count here: the year's own and those
  // linked to an activity held in it (an item carried over from last year). Picked in one pass,
  // in the plan's order, so what follows goes over a year's items rather than ten years'.
  const liveItems: PlanItem[] = [];
  for (const p of plans) if (p.deletedAt === null && (p.year === year || (p.activityId !== null && heldById.has(p.activityId)))) liveItems.push(p);

  const planned = liveItems.filter((p) => !p.unplanned && p.year === year).sort((a, b) => a.plannedMonth - b.plannedMonth || compareChinese(a.title, b.title));
  const isDone = (p: PlanItem) => p.activityId !== null && heldById.has(p.activityId);
  const done = planned.filter(isDone);
  const notDone = planned.filter((p) => !isDone(p));
  const kinds = new Map<string, { kind: string; planned: number; done: number }>();
  for (const p of planned) {
    const k = kinds.get(p.kind) ?? { kind: p.kind, planned: 0, done: 0 };
    k.planned++;
    if (isDone(p)) k.done++;
    kinds.set(p.kind, k);
  }

  // One item per activity (the repository keeps it so); should two ever point at one, the first by id counts.
  // Only items of the held activities are sorted: the plan holds every year's items.
  const itemOf = new Map<string, PlanItem>();
  const linked = liveItems.filter((p) => p.activityId !== null && heldById.has(p.activityId));
  for (const p of linked.sort((a, b) => (a.id < b.id ? -1 : 1))) if (!itemOf.has(p.activityId!)) itemOf.set(p.activityId!, p);
  const ruleActivities = [...heldById.values()]
    .filter((a) => itemOf.has(a.id) || RULE_CATEGORIES.some((c) => c === categoryOf.get(a.type)))
    .sort(byDate);
  const dueDates = dueDatesOnce();
  const rule = tallyRule(ruleActivities, itemOf, until, dueDates);
  // The plan's own: the activities its (planned, not unplanned) items led to and that were held.
  const planActivities = done.map((p) => heldById.get(p.activityId!)!).sort(byDate);
  return {
    year, until, planned, done, notDone, byKind: [...kinds.values()],
    ruleActivities, withoutItem: ruleActivities.filter((a) => !itemOf.has(a.id)), ...rule,
    planRule: { activities: planActivities, ...tallyRule(planActivities, itemOf, until, dueDates) },
  };
}

type DueDates = (activityDate: string) => Record<AdvanceStep, string>;

/** Each step's stepDueDate, worked out once per date: the two tallies go over the same activities, many on the same days. */
function dueDatesOnce(): DueDates {
  const known = new Map<string, Record<AdvanceStep, string>>();
  return (activityDate) => {
    let due = known.get(activityDate);
    if (due === undefined) {
      due = Object.fromEntries(ADVANCE_STEPS.map((s) => [s, stepDueDate(activityDate, s)])) as Record<AdvanceStep, string>;
      known.set(activityDate, due);
    }
    return due;
  };
}

function tallyRule(activities: readonly Activity[], itemOf: ReadonlyMap<string, PlanItem>, until: string, dueDate: DueDates): RuleTally {
  const tally = (): StepTally => ({ onTime: [], late: [], missing: [] });
  const steps: Record<AdvanceStep, StepTally> = { scheme: tally(), notice: tally(), materials: tally() };
  const allOnTime: Activity[] = [];
  const followedUp: Activity[] = [];
  const reported: Activity[] = [];
  for (const a of activities) {
    const item = itemOf.get(a.id);
    const due = dueDate(a.startDate);
    let onTimeCount = 0;
    for (const s of ADVANCE_STEPS) {
      const doneOn = item?.steps[s] ?? null;
      if (!doneOn) steps[s].missing.push(a);
      else if (doneOn <= due[s]) {
        steps[s].onTime.push(a);
        onTimeCount++;
      } else steps[s].late.push(a);
    }
    if (onTimeCount === ADVANCE_STEPS.length) allOnTime.push(a);
    if (item?.followUp.date && item.followUp.date <= until) followedUp.push(a);
    if (item?.report.date && item.report.date <= until) reported.push(a);
  }
  return { steps, allOnTime, followedUp, reported };
}
