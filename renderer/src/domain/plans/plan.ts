// An item of the year's work plan (年度工作要点) and the office's "1234" rule on it. The item says
// what kind of activity is planned (an activity type from the dictionary: 视察, 调研, 提案办理协商,
// 民主评议, 培训 …), in which month, who organises it and which leader answers for it; once held, it
// names the activity of the ledger that fulfils it (`activityId`). The rule's "4" is three steps
// taken before the activity — 方案 four weeks ahead, 通知 three, 材料 to members two — each due a
// fixed number of weeks before the activity's date and recorded with the day it was really done;
// after the activity come 跟踪 (results followed up with the government's 督查室) and 报告 (results
// reported to 县委 / 县政府).
//
// An activity recorded without a plan item is checked against the rule too: from its page the
// office records the steps, which makes an *unplanned* item (`unplanned: true`) linked to it. Such
// an item counts in the rule's figures, never in the plan's (it was not planned). An activity of a
// kind the rule covers (RULE_CATEGORIES) with no item at all counts as having missed every step.
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate } from '../common/dates';
import type { ActivityCategory } from '../dictionaries/dictionary-kinds';

/** The steps taken before the activity, in the order they fall due. */
export const ADVANCE_STEPS = ['scheme', 'notice', 'materials'] as const;
export type AdvanceStep = (typeof ADVANCE_STEPS)[number];

export const ADVANCE_STEP_LABELS: Record<AdvanceStep, string> = { scheme: '方案', notice: '通知', materials: '材料' };
/** Weeks before the activity each step is due (提前: 方案4周, 通知3周, 材料2周). */
export const ADVANCE_STEP_WEEKS: Record<AdvanceStep, number> = { scheme: 4, notice: 3, materials: 2 };

/** 跟踪 and 报告 come after the activity; a report goes to one or both. */
export const REPORT_RECIPIENTS = ['县委', '县政府'] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

/**
 * The activity categories the rule is kept for: work the office prepares weeks ahead with members
 * (视察, 调研, 协商, 民主评议 and other 监督). Meetings follow their own rules of procedure and are
 * not counted as missing the steps when they have no item.
 */
export const RULE_CATEGORIES: readonly ActivityCategory[] = ['视察', '调研', '协商', '监督'];

export interface PlanFollowUp {
  /** The day results were followed up with the government's inspection office (督查室), or null. */
  date: string | null;
  note: string;
}

export interface PlanReport {
  /** The day the results were reported, or null. */
  date: string | null;
  to: ReportRecipient[];
}

/** What a form edits of an item. */
export interface PlanFields {
  year: number;
  /** An activity type from the dictionary. */
  kind: string;
  title: string;
  /** 1–12. */
  plannedMonth: number;
  /** The day the activity is planned for, when known: the steps' due dates count back from it. */
  plannedDate: string | null;
  organizer: string;
  leader: string;
}

export interface PlanItem extends BaseRecord, PlanFields {
  /** The activity that fulfils the item, or null while it is not held (indexed). */
  activityId: string | null;
  /** Made from an activity's page to record its steps; not part of the year's plan. */
  unplanned: boolean;
  /** The day each advance step was really done, or null. */
  steps: Record<AdvanceStep, string | null>;
  followUp: PlanFollowUp;
  report: PlanReport;
  note: string;
  isSample: boolean;
}

const isoDate = z.string().refine(isIsoDate);

export const planItemSchema = baseRecordSchema.extend({
  year: z.number().int().min(1900).max(2200),
  kind: z.string().min(1).max(60),
  title: z.string().min(1).max(200),
  plannedMonth: z.number().int().min(1).max(12),
  plannedDate: isoDate.nullable(),
  organizer: z.string().max(60),
  leader: z.string().max(60),
  activityId: z.string().min(1).max(64).nullable(),
  unplanned: z.boolean(),
  steps: z.object({ scheme: isoDate.nullable(), notice: isoDate.nullable(), materials: isoDate.nullable() }),
  followUp: z.object({ date: isoDate.nullable(), note: z.string().max(500) }),
  report: z.object({ date: isoDate.nullable(), to: z.array(z.enum(REPORT_RECIPIENTS)).max(2) }),
  note: z.string().max(2000),
  isSample: z.boolean(),
});

export function emptySteps(): Record<AdvanceStep, string | null> {
  return { scheme: null, notice: null, materials: null };
}

/** 3月 */
export function monthLabel(month: number): string {
  return `${month}月`;
}
