// What the plan screens send — an item's fields, the day a step was done, a follow-up, a report —
// checked with Chinese messages keyed by field. Dates of things done must be past (not after
// today), advance steps cannot come after the activity, and 跟踪 / 报告 not before it.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { isIsoDate, yearOf } from '../common/dates';
import { textField } from '../common/text';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';
import { ADVANCE_STEP_LABELS, REPORT_RECIPIENTS, type AdvanceStep, type PlanFields, type PlanFollowUp, type PlanReport } from './plan';

const text = (max: number, label: string) => z.preprocess(textField, z.string().max(max, tooLong(label, max)));
/** '' and null both mean "not given". */
const optionalDate = (label: string) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), z.string({ error: `请填写正确的${label}` }).refine(isIsoDate, `请填写正确的${label}，格式如 2025-03-05`).nullable());

export const planFieldsSchema = z
  .object({
    year: z.number({ error: '请填写年度' }).int('年度应为整数').min(1900, '年度不正确').max(2200, '年度不正确'),
    kind: z.string({ error: '请选择类别' }).min(1, '请选择类别'),
    title: z.preprocess(textField, z.string().min(1, '请填写工作要点名称').max(200, tooLong('名称', 200))),
    plannedMonth: z.number({ error: '请选择计划月份' }).int('计划月份应为1至12月').min(1, '计划月份应为1至12月').max(12, '计划月份应为1至12月'),
    plannedDate: optionalDate('计划日期'),
    organizer: text(60, '牵头单位'),
    leader: text(60, '责任领导'),
  })
  .superRefine((p, ctx) => {
    // zod runs this even when a field above failed: only a real date against a real month.
    if (!p.plannedDate || !isIsoDate(p.plannedDate) || !Number.isInteger(p.plannedMonth) || p.plannedMonth < 1 || p.plannedMonth > 12) return;
    if (yearOf(p.plannedDate) !== p.year) ctx.addIssue({ code: 'custom', path: ['plannedDate'], message: `计划日期应在${p.year}年内` });
    else if (Number(p.plannedDate.slice(5, 7)) !== p.plannedMonth) ctx.addIssue({ code: 'custom', path: ['plannedDate'], message: `计划日期应在计划月份（${p.plannedMonth}月）内` });
  });

/** Shape and the kind against the activity types of the dictionary (plus the kind the item already had). */
export function validatePlanFields(input: unknown, dicts: Dictionaries): Validated<PlanFields> {
  const shaped = validateWith(planFieldsSchema, input);
  if (!shaped.ok) return shaped;
  const errors: FieldErrors = {};
  checkInDictionary(errors, 'kind', '类别', shaped.value.kind, dicts.activityType);
  return Object.keys(errors).length ? { ok: false, errors } : shaped;
}

/** A day something was done: not after today (nothing is done in the future). */
function doneDate(label: string, value: unknown, today: string): Validated<string> {
  if (typeof value !== 'string' || !isIsoDate(value)) return { ok: false, errors: { date: `请填写正确的${label}，格式如 2025-03-05` } };
  if (value > today) return { ok: false, errors: { date: `${label}不能晚于今天` } };
  return { ok: true, value };
}

/**
 * The day an advance step was done, or null to clear it. It cannot be after today, nor after the
 * activity (a 方案 or 通知 written after the event prepared nothing).
 */
export function checkStepDate(step: AdvanceStep, input: { date: unknown }, activityDate: string | null, today: string): Validated<string | null> {
  if (input.date === null || input.date === '') return { ok: true, value: null };
  const label = `${ADVANCE_STEP_LABELS[step]}完成日期`;
  const d = doneDate(label, input.date, today);
  if (!d.ok) return d;
  if (activityDate && d.value > activityDate) return { ok: false, errors: { date: `${label}不能晚于活动日期` } };
  return d;
}

const followUpSchema = z.object({ date: z.unknown(), note: text(500, '跟踪情况') });
const reportSchema = z.object({ date: z.unknown(), to: z.array(z.enum(REPORT_RECIPIENTS, { error: '报告对象只能是县委或县政府' })).max(2) });

/** 跟踪 and 报告 follow the held activity: only after it, never in the future. */
function afterActivity(label: string, date: unknown, heldOn: string | null, today: string): Validated<string | null> {
  if (date === null || date === '' || date === undefined) return { ok: true, value: null };
  if (!heldOn) return { ok: false, errors: { date: `请先关联已开展的活动，再填写${label}` } };
  const d = doneDate(label, date, today);
  if (!d.ok) return d;
  if (d.value < heldOn) return { ok: false, errors: { date: `${label}不能早于活动日期` } };
  return d;
}

export function checkFollowUp(input: unknown, heldOn: string | null, today: string): Validated<PlanFollowUp> {
  const v = validateWith(followUpSchema, input);
  if (!v.ok) return v;
  const d = afterActivity('跟踪日期', v.value.date, heldOn, today);
  if (!d.ok) return d;
  if (!d.value && v.value.note) return { ok: false, errors: { date: '请填写跟踪日期' } };
  return { ok: true, value: { date: d.value, note: v.value.note } };
}

export function checkReport(input: unknown, heldOn: string | null, today: string): Validated<PlanReport> {
  const v = validateWith(reportSchema, input);
  if (!v.ok) return v;
  const d = afterActivity('报告日期', v.value.date, heldOn, today);
  if (!d.ok) return d;
  const to = [...new Set(v.value.to)];
  if (d.value && to.length === 0) return { ok: false, errors: { to: '请选择报告对象（县委、县政府）' } };
  if (!d.value && to.length > 0) return { ok: false, errors: { date: '请填写报告日期' } };
  return { ok: true, value: { date: d.value, to } };
}
