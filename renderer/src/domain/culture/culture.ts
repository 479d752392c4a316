// 文史资料 and 委员事迹宣传, one table: materials collected (文稿: title, contributor, characters,
// photos), volumes published (辑: number, characters, copies) and interviews of members (who,
// when, in which outlet). Each counts in the year of its own date, kept as the indexed `year`.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate, yearOf } from '../common/dates';
import { textField } from '../common/text';
import { validateWith, type Validated } from '../common/validation';

export const CULTURE_KINDS = ['征集', '出版', '采访'] as const;
export type CultureKind = (typeof CULTURE_KINDS)[number];
export const CULTURE_KIND_LABELS: Record<CultureKind, string> = { 征集: '文史资料征集', 出版: '文史资料出版', 采访: '委员事迹采访' };

interface CultureBase extends BaseRecord {
  date: string;
  /** Derived from the date, indexed. */
  year: number;
  title: string;
  note: string;
  isSample: boolean;
}
export interface CultureMaterial extends CultureBase { kind: '征集'; contributor: string; characters: number; photos: number }
export interface CultureVolume extends CultureBase { kind: '出版'; volumeNumber: number; characters: number; copies: number }
export interface CultureInterview extends CultureBase { kind: '采访'; memberId: string; outlet: string }
export type CultureRecord = CultureMaterial | CultureVolume | CultureInterview;

const isoDate = z.string().refine(isIsoDate);
const common = baseRecordSchema.extend({ date: isoDate, year: z.number().int(), title: z.string().max(200), note: z.string().max(2000), isSample: z.boolean() });
const count = z.number().int().min(0).max(1e9);

export const cultureRecordSchema = z.discriminatedUnion('kind', [
  common.extend({ kind: z.literal('征集'), contributor: z.string().max(60), characters: count, photos: count }),
  common.extend({ kind: z.literal('出版'), volumeNumber: z.number().int().min(1).max(9999), characters: count, copies: count }),
  common.extend({ kind: z.literal('采访'), memberId: z.string().min(1).max(64), outlet: z.string().min(1).max(60) }),
]);

const text = (max: number, label: string) => z.preprocess(textField, z.string().max(max, tooLong(label, max)));
const required = (max: number, label: string, verb = '填写') => z.preprocess(textField, z.string().min(1, `请${verb}${label}`).max(max, tooLong(label, max)));
const number = (label: string, unit: string) =>
  z.number({ error: `${label}应为数字（单位：${unit}）` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(1e9, `${label}过大，请核对`);
const inputCommon = {
  date: z.string({ error: '请填写日期' }).refine(isIsoDate, '请填写正确的日期，格式如 2025-03-05'),
  note: text(2000, '备注'),
};

export const cultureInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('征集'), ...inputCommon, title: required(200, '文稿标题'), contributor: text(60, '提供者'), characters: number('字数', '字'), photos: number('图片', '张') }),
  z.object({ kind: z.literal('出版'), ...inputCommon, title: required(200, '书名'), volumeNumber: z.number({ error: '请填写第几辑' }).int('辑数应为整数').min(1, '辑数至少为1').max(9999, '辑数不超过9999'),
    characters: number('字数', '字'), copies: number('印数', '册') }),
  z.object({ kind: z.literal('采访'), ...inputCommon, title: text(200, '报道标题'), memberId: z.string({ error: '请选择委员' }).min(1, '请选择委员'), outlet: required(60, '报道媒体', '填写') }),
], { error: '类别只能是文史资料征集、出版或委员事迹采访' });
export type CultureInput = z.infer<typeof cultureInputSchema>;

/** Shape; an interview's member must be on the roll; nothing dated after today. */
export function validateCultureInput(input: unknown, memberIds: ReadonlySet<string>, today: string): Validated<CultureInput> {
  const v = validateWith(cultureInputSchema, input);
  if (!v.ok) return v;
  if (v.value.date > today) return { ok: false, errors: { date: '日期不能晚于今天' } };
  if (v.value.kind === '采访' && !memberIds.has(v.value.memberId)) return { ok: false, errors: { memberId: '该委员不在委员名单中' } };
  return v;
}

export function withCultureYear<T extends { date: string }>(r: T): T & { year: number } {
  return { ...r, year: yearOf(r.date) };
}

/** 第3辑. */
export function volumeLabel(n: number): string {
  return `第${n}辑`;
}
