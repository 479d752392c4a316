// What the plan screens show of an item, worked out once: each advance step's due date and how it
// stands today, whether the item is done, and how many steps are late (逾期).
import { ADVANCE_STEPS, type AdvanceStep } from '../../domain/plans/plan';
import { stepDueDate, stepStatus, type StepStatus } from '../../domain/plans/plan-steps';
import type { PlanRow } from '../../db/plans-repo';

export interface StepView {
  step: AdvanceStep;
  due: string | null;
  done: string | null;
  status: StepStatus;
}

export function stepViews(row: PlanRow, today: string): StepView[] {
  return ADVANCE_STEPS.map((step) => {
    const done = row.item.steps[step];
    return { step, done, due: row.activityDate ? stepDueDate(row.activityDate, step) : null, status: stepStatus(done, row.activityDate, step, today) };
  });
}

/** Done once the activity that fulfils it exists and is not deleted. */
export function isDone(row: PlanRow): boolean {
  return row.activity !== null && !row.activity.deleted;
}

export const STATUS_COLORS: Record<StepStatus, string> = { 按时: 'green', 逾期完成: 'orange', 逾期: 'red', 未到期: 'default', 未定日期: 'default' };
