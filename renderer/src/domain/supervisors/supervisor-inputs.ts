// What the 监督员 screen sends — an appointment and a 民主监督建议书 — checked with Chinese messages
// by field: the member from the roll, units from the units dictionary, an end not before the start.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { isIsoDate } from '../common/dates';
import { textField } from '../common/text';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';
import { SUPERVISOR_KINDS, type SupervisionLetterFields, type SupervisorFields } from './supervisor';

const isoDate = (label: string) => z.string({ error: `请填写${label}` }).refine(isIsoDate, `请填写正确的${label}，格式如 2025-03-05`);

export const supervisorInputSchema = z
  .object({
    memberId: z.string({ error: '请选择委员' }).min(1, '请选择委员'),
    kind: z.enum(SUPERVISOR_KINDS, { error: '请选择民主监督员或特约监督员' }),
    unit: z.preprocess(textField, z.string().min(1, '请选择派驻单位')),
    group: z.preprocess(textField, z.string().max(60, tooLong('监督小组名称', 60))),
    fromDate: isoDate('聘任开始日期'),
    toDate: z.preprocess((v) => (v === '' || v === undefined ? null : v), isoDate('聘任结束日期').nullable()),
    note: z.preprocess(textField, z.string().max(2000, tooLong('备注', 2000))),
  })
  .superRefine((a, ctx) => {
    if (a.toDate && a.toDate < a.fromDate) ctx.addIssue({ code: 'custom', path: ['toDate'], message: '聘任结束日期不能早于开始日期' });
  });

export function validateSupervisor(input: unknown, units: readonly string[], knownMemberIds: ReadonlySet<string>): Validated<SupervisorFields> {
  const v = validateWith(supervisorInputSchema, input);
  if (!v.ok) return v;
  const errors: FieldErrors = {};
  if (!knownMemberIds.has(v.value.memberId)) errors.memberId = '所选委员不在委员名单中';
  checkInDictionary(errors, 'unit', '单位', v.value.unit, units);
  return Object.keys(errors).length ? { ok: false, errors } : v;
}

export const letterInputSchema = z.object({
  group: z.preprocess(textField, z.string().min(1, '请填写监督小组').max(60, tooLong('监督小组名称', 60))),
  title: z.preprocess(textField, z.string().min(1, '请填写建议书标题').max(200, tooLong('标题', 200))),
  date: isoDate('提交日期'),
  text: z.preprocess(textField, z.string().max(50000, tooLong('内容', 50000))),
  units: z.array(z.string().min(1)).max(100, '单位不超过100个'),
});

export function validateLetter(input: unknown, units: readonly string[]): Validated<SupervisionLetterFields> {
  const v = validateWith(letterInputSchema, input);
  if (!v.ok) return v;
  const errors: FieldErrors = {};
  v.value.units.forEach((u, i) => checkInDictionary(errors, `units.${i}`, '单位', u, units));
  if (new Set(v.value.units).size !== v.value.units.length) errors.units = '单位有重复';
  return Object.keys(errors).length ? { ok: false, errors } : v;
}
