// When each step of the "1234" rule falls due and how it stands: the due dates count back from the
// activity's date — the held activity's start date once it is linked (the real date wins over the
// plan), else the planned date — and a step done on or before its due date was on time.
import { ADVANCE_STEPS, ADVANCE_STEP_WEEKS, type AdvanceStep, type PlanItem } from './plan';

/** An ISO date moved by whole days (UTC arithmetic: no time zone or daylight saving can shift it). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The activity's date for the rule: the linked activity's start date, else the planned date, else null. */
export function activityDateOf(item: Pick<PlanItem, 'plannedDate'>, activityStart: string | null | undefined): string | null {
  return activityStart ?? item.plannedDate ?? null;
}

export function stepDueDate(activityDate: string, step: AdvanceStep): string {
  return addDays(activityDate, -7 * ADVANCE_STEP_WEEKS[step]);
}

export type StepStatus = '按时' | '逾期完成' | '逾期' | '未到期' | '未定日期';

/**
 * How a step stands on `today`: done on time (按时) or after its due date (逾期完成); not done and
 * past due (逾期) or not yet due (未到期); or no date to count from (未定日期).
 */
export function stepStatus(doneDate: string | null, activityDate: string | null, step: AdvanceStep, today: string): StepStatus {
  if (!activityDate) return doneDate ? '按时' : '未定日期';
  const due = stepDueDate(activityDate, step);
  if (doneDate) return doneDate <= due ? '按时' : '逾期完成';
  return today > due ? '逾期' : '未到期';
}

export interface DueStep {
  item: PlanItem;
  step: AdvanceStep;
  due: string;
  activityDate: string;
  /** Past its due date and not done. */
  late: boolean;
}

/**
 * The advance steps to chase on `today`: those not done that fall due within `horizonDays`, and
 * those already late. A late step is chased while its activity is still ahead (or on the day);
 * once the activity has been held a missed step can no longer be taken — the rule's figures count
 * it as missing instead. Soonest first.
 */
export function dueSteps(
  items: readonly PlanItem[],
  activityStartOf: (activityId: string) => string | null | undefined,
  today: string,
  horizonDays = 21,
): DueStep[] {
  const horizon = addDays(today, horizonDays);
  const out: DueStep[] = [];
  for (const item of items) {
    if (item.deletedAt !== null) continue;
    const activityDate = activityDateOf(item, item.activityId ? activityStartOf(item.activityId) : null);
    if (!activityDate || activityDate < today) continue;
    for (const step of ADVANCE_STEPS) {
      if (item.steps[step]) continue;
      const due = stepDueDate(activityDate, step);
      if (due > horizon) continue;
      out.push({ item, step, due, activityDate, late: due < today });
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.item.title.localeCompare(b.item.title, 'zh')));
}
