// When each step of the "1234" rule falls due and how it stands: the due dates count back from the
// activity's date — the held activity's start date once it is linked (the real date wins over the
// plan), else the planned date — and a step done on or before its due date was on time.
import { ADVANCE_STEPS, ADVANCE_STEP_WEEKS, type AdvanceStep, type PlanItem } from './plan';
import { compareChinese } from '../common/chinese-order';

/**
 * An ISO date moved by whole days. Plain integer arithmetic on the proleptic Gregorian calendar
 * (days counted from 1970-01-01), so no time zone or daylight saving can shift it; the "1234" rule
 * moves every held activity's date three times per report, and a Date per call was most of the
 * rule's time on a big county's year.
 */
export function addDays(iso: string, days: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return civilFromDays(daysFromCivil(y, m, d) + days);
}

// Days from 1970-01-01 to a date and back, by the era arithmetic of the Gregorian 400-year cycle
// (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : compareChinese(a.item.title, b.item.title)));
}
