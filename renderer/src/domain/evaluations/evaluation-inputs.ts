// What the 民主评议 screens send — a round's fields, the units evaluated, the results, a problem
// and its 整改 — checked with Chinese messages keyed by field, including the rules across fields:
// shares that add up to 100 %, a score within the round's full marks, no 整改 before the problem
// was found, no 回头看 before it either.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { isIsoDate } from '../common/dates';
import { textField } from '../common/text';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';
import {
  EVALUATION_METHODS, RATER_KINDS, RECTIFICATION_STATUSES, RESULT_KINDS,
  type EvaluationProblem, type EvaluationRound, type EvaluationRoundFields,
} from './evaluation';

const isoDate = (label: string) => z.string({ error: `请填写${label}` }).refine(isIsoDate, `请填写正确的${label}，格式如 2025-03-05`);
const optionalDate = (label: string) => z.preprocess((v) => (v === '' || v === undefined ? null : v), isoDate(label).nullable());

export const roundFieldsSchema = z
  .object({
    title: z.preprocess(textField, z.string().min(1, '请填写评议名称').max(200, tooLong('评议名称', 200))),
    date: isoDate('测评日期'),
    methods: z.array(z.enum(EVALUATION_METHODS, { error: '评议方式只能是测评会、走访座谈或问卷' })).min(1, '请至少选择一种评议方式'),
    raters: z.array(z.object({
      kind: z.enum(RATER_KINDS, { error: '请选择参评人员类别' }),
      count: z.number({ error: '请填写参评人数' }).int('参评人数应为整数').min(1, '参评人数至少为1').max(100000, '参评人数不超过100000'),
    })).max(RATER_KINDS.length, '参评人员类别过多'),
    dimensions: z.array(z.preprocess(textField, z.string().min(1, '评议内容不能为空').max(30, tooLong('每项评议内容', 30)))).min(1, '请至少填写一项评议内容').max(30, '评议内容不超过30项'),
    resultKind: z.enum(RESULT_KINDS, { error: '请选择测评结果的记法' }),
    maxScore: z.number({ error: '请填写满分' }).positive('满分应大于0').max(1000, '满分不超过1000'),
    namedCount: z.number({ error: '请填写通报的单位数' }).int('应为整数').min(0, '不能为负数').max(20, '不超过20个'),
    note: z.preprocess(textField, z.string().max(5000, tooLong('备注', 5000))),
  })
  .superRefine((r, ctx) => {
    const kinds = new Set<string>();
    r.raters.forEach((x, i) => {
      if (kinds.has(x.kind)) ctx.addIssue({ code: 'custom', path: ['raters', i, 'kind'], message: `参评人员类别“${x.kind}”重复` });
      kinds.add(x.kind);
    });
    const dims = new Set<string>();
    r.dimensions.forEach((d, i) => {
      if (dims.has(d)) ctx.addIssue({ code: 'custom', path: ['dimensions', i], message: `评议内容“${d}”重复` });
      dims.add(d);
    });
    if (new Set(r.methods).size !== r.methods.length) ctx.addIssue({ code: 'custom', path: ['methods'], message: '评议方式有重复' });
  });

export function validateRoundFields(input: unknown): Validated<EvaluationRoundFields> {
  return validateWith(roundFieldsSchema, input);
}

/** The units of a round: from the units dictionary (or already in the round), each once. */
export function checkUnitNames(input: unknown, units: readonly string[]): Validated<string[]> {
  const v = validateWith(z.array(z.preprocess(textField, z.string().min(1, '请选择被评议单位'))).max(500, '被评议单位不超过500个'), input);
  if (!v.ok) return { ok: false, errors: Object.fromEntries(Object.entries(v.errors).map(([k, m]) => [k === '_' ? 'units' : `units.${k}`, m])) };
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  v.value.forEach((name, i) => {
    if (seen.has(name)) errors[`units.${i}`] ??= `被评议单位“${name}”重复`;
    seen.add(name);
    checkInDictionary(errors, `units.${i}`, '单位', name, units);
  });
  return Object.keys(errors).length ? { ok: false, errors } : v;
}

export interface ResultInput {
  unitId: string;
  satisfied: number | null;
  basic: number | null;
  unsatisfied: number | null;
  score: number | null;
}

const number = z.preprocess((v) => (v === '' || v === undefined ? null : v), z.number({ error: '请填写数字' }).nullable());
const resultRowSchema = z.object({ unitId: z.string().min(1), satisfied: number, basic: number, unsatisfied: number, score: number });

/**
 * The results of a round, one row per unit (keys `units.<i>.<field>` as the results table shows
 * them). A row may be left empty (not yet evaluated); a filled one must be whole and consistent.
 */
export function checkResults(round: Pick<EvaluationRound, 'units' | 'resultKind' | 'maxScore'>, input: unknown): Validated<ResultInput[]> {
  const v = validateWith(z.array(resultRowSchema), input);
  if (!v.ok) return { ok: false, errors: Object.fromEntries(Object.entries(v.errors).map(([k, m]) => [`units.${k}`, m])) };
  const errors: FieldErrors = {};
  const ids = new Set(round.units.map((u) => u.id));
  v.value.forEach((row, i) => {
    const at = (f: string) => `units.${i}.${f}`;
    const name = round.units.find((u) => u.id === row.unitId)?.unit ?? `第${i + 1}行`;
    if (!ids.has(row.unitId)) {
      errors[at('unitId')] = `第${i + 1}行的单位不在本次评议中`;
      return;
    }
    if (round.resultKind === 'score') {
      if (row.score !== null && (row.score < 0 || row.score > round.maxScore)) errors[at('score')] = `${name}的得分应在0到${round.maxScore}分之间`;
      return;
    }
    const shares = [['satisfied', row.satisfied], ['basic', row.basic], ['unsatisfied', row.unsatisfied]] as const;
    const filled = shares.filter(([, x]) => x !== null);
    if (filled.length === 0) return;
    for (const [f, x] of shares) {
      if (x === null) errors[at(f)] = `${name}的满意、基本满意、不满意占比请填写完整`;
      else if (x < 0 || x > 100) errors[at(f)] = `${name}的占比应在0%到100%之间`;
    }
    if (filled.length === 3 && !errors[at('satisfied')] && !errors[at('basic')] && !errors[at('unsatisfied')]) {
      const sum = row.satisfied! + row.basic! + row.unsatisfied!;
      // Shares are typed with up to two decimals; allow the rounding of three such numbers.
      if (Math.abs(sum - 100) > 0.05) errors[at('satisfied')] = `${name}的满意、基本满意、不满意占比合计为${Math.round(sum * 100) / 100}%，应为100%`;
    }
  });
  return Object.keys(errors).length ? { ok: false, errors } : v;
}

export const problemInputSchema = z
  .object({
    text: z.preprocess(textField, z.string().min(1, '请填写存在问题').max(2000, tooLong('存在问题', 2000))),
    foundDate: isoDate('发现日期'),
    status: z.enum(RECTIFICATION_STATUSES, { error: '整改情况只能是未整改、整改中或已整改' }),
    startedDate: optionalDate('开始整改日期'),
    rectifiedDate: optionalDate('整改完成日期'),
    revisitDate: optionalDate('回头看日期'),
    revisitFinding: z.preprocess(textField, z.string().max(2000, tooLong('回头看情况', 2000))),
  })
  .superRefine((p, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.status === '已整改' && !p.rectifiedDate) add('rectifiedDate', '已整改的问题请填写整改完成日期');
    if (p.status !== '已整改' && p.rectifiedDate) add('rectifiedDate', `${p.status}的问题不应有整改完成日期`);
    if (p.status === '未整改' && p.startedDate) add('startedDate', '未整改的问题不应有开始整改日期');
    if (p.startedDate && p.startedDate < p.foundDate) add('startedDate', '开始整改日期不能早于发现问题的日期');
    if (p.rectifiedDate && p.rectifiedDate < p.foundDate) add('rectifiedDate', '整改完成日期不能早于发现问题的日期');
    if (p.rectifiedDate && p.startedDate && p.rectifiedDate < p.startedDate) add('rectifiedDate', '整改完成日期不能早于开始整改日期');
    if (p.revisitDate && p.revisitDate < p.foundDate) add('revisitDate', '回头看日期不能早于发现问题的日期');
    if (!p.revisitDate && p.revisitFinding) add('revisitDate', '填写了回头看情况，请填写回头看日期');
  });

export type ProblemInput = z.input<typeof problemInputSchema>;

/** A problem as stored, from the form's flat fields. */
export function checkProblem(id: string, input: unknown): Validated<EvaluationProblem> {
  const v = validateWith(problemInputSchema, input);
  if (!v.ok) return v;
  const p = v.value;
  return {
    ok: true,
    value: {
      id, text: p.text, foundDate: p.foundDate, status: p.status,
      startedDate: p.status === '未整改' ? null : p.startedDate,
      rectifiedDate: p.rectifiedDate,
      revisit: p.revisitDate ? { date: p.revisitDate, finding: p.revisitFinding } : null,
    },
  };
}
