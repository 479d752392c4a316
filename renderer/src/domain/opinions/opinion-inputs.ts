// What a form sends for a 社情民意信息 — its fields, an issue to compile it into, an adoption, a
// 批示 — checked with Chinese messages keyed by field, and the rules across fields and records:
// submitters from the roll and the dictionaries, no issue before the item arrived, one adoption per level.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { isIsoDate, yearOf } from '../common/dates';
import { textField } from '../common/text';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';
import { instructionInputSchema, type InstructionInput } from '../instructions/instruction';
import {
  ADOPTION_LEVELS, NATIONAL_ADOPTION_MODES, opinionGroupSchema, type Adoption, type IssueRef, type Opinion, type OpinionFields, type OpinionGroupKind,
} from './opinion';

const isoDate = (label: string) => z.string({ error: `请填写${label}` }).refine(isIsoDate, `请填写正确的${label}，格式如 2025-03-05`);

export const opinionFieldsSchema = z
  .object({
    title: z.preprocess(textField, z.string().min(1, '请填写标题').max(200, tooLong('标题', 200))),
    memberIds: z.array(z.string().min(1).max(64)).max(200, '报送委员不超过200人'),
    groups: z.array(opinionGroupSchema).max(20, '报送单位不超过20个'),
    receivedDate: isoDate('收到日期'),
    text: z.preprocess(textField, z.string().max(50000, tooLong('内容', 50000))),
  })
  .superRefine((o, ctx) => {
    if (o.memberIds.length === 0 && o.groups.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['memberIds'], message: '请至少选择一位报送委员或一个报送单位' });
    }
    const seen = new Set<string>();
    o.memberIds.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['memberIds', i], message: `第${i + 1}位报送委员与前面的重复` });
      seen.add(id);
    });
    const groups = new Set<string>();
    o.groups.forEach((g, i) => {
      const key = `${g.kind}|${g.name}`;
      if (groups.has(key)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'name'], message: `第${i + 1}个报送单位与前面的重复` });
      groups.add(key);
    });
  });

const GROUP_DICTIONARY: Record<OpinionGroupKind, keyof Dictionaries> = { 党派: 'party', 界别: 'sector', 专委会: 'committee', 乡镇: 'township' };

/**
 * Shape, the groups against their dictionaries, the members against the roll. `known` holds the
 * live members plus, on an edit, those the item already named (a member since deleted stays).
 */
export function validateOpinionFields(input: unknown, dicts: Dictionaries, knownMemberIds: ReadonlySet<string>): Validated<OpinionFields> {
  const shaped = validateWith(opinionFieldsSchema, input);
  if (!shaped.ok) return shaped;
  const errors: FieldErrors = {};
  shaped.value.memberIds.forEach((id, i) => {
    if (!knownMemberIds.has(id)) errors[`memberIds.${i}`] = `第${i + 1}位报送委员不在委员名单中`;
  });
  shaped.value.groups.forEach((g, i) => {
    checkInDictionary(errors, `groups.${i}.name`, g.kind === '专委会' ? '专门委员会' : g.kind, g.name, dicts[GROUP_DICTIONARY[g.kind]]);
  });
  return Object.keys(errors).length ? { ok: false, errors } : shaped;
}

export const issueInputSchema = z.object({
  year: z.number({ error: '请填写期刊年度' }).int('年度应为整数').min(1900, '年度不正确').max(2200, '年度不正确'),
  number: z.number({ error: '请填写期号' }).int('期号应为整数').min(1, '期号至少为1').max(9999, '期号不超过9999'),
  date: isoDate('编发日期'),
});

/** The issue an item is compiled into: dated in its own year, not before the item arrived. */
export function checkIssue(o: Pick<Opinion, 'receivedDate'>, input: unknown): Validated<IssueRef> {
  const v = validateWith(issueInputSchema, input);
  if (!v.ok) return v;
  if (yearOf(v.value.date) !== v.value.year) return { ok: false, errors: { date: `编发日期应在${v.value.year}年内` } };
  if (v.value.date < o.receivedDate) return { ok: false, errors: { date: '编发日期不能早于收到日期' } };
  return v;
}

export const adoptionInputSchema = z
  .object({
    level: z.enum(ADOPTION_LEVELS, { error: '请选择采用级别（县、市、省或全国）' }),
    nationalMode: z.enum(NATIONAL_ADOPTION_MODES, { error: '全国政协采用请选择单篇采用或转送采用' }).nullable(),
    date: isoDate('采用日期'),
    note: z.preprocess(textField, z.string().max(500, tooLong('备注', 500))),
  })
  .superRefine((a, ctx) => {
    if (a.level === '全国' && a.nationalMode === null) ctx.addIssue({ code: 'custom', path: ['nationalMode'], message: '全国政协采用请选择单篇采用或转送采用' });
    if (a.level !== '全国' && a.nationalMode !== null) ctx.addIssue({ code: 'custom', path: ['nationalMode'], message: '只有全国政协采用才分单篇采用和转送采用' });
  });

/** One adoption per level: a level that adopted the item already is refused, not overwritten. */
export function checkAdoption(o: Pick<Opinion, 'receivedDate' | 'adoptions'>, input: unknown): Validated<Adoption> {
  const v = validateWith(adoptionInputSchema, input);
  if (!v.ok) return v;
  if (o.adoptions.some((a) => a.level === v.value.level)) return { ok: false, errors: { level: `已记录${v.value.level === '全国' ? '全国' : v.value.level}政协采用，如需修改请先删除原记录` } };
  if (v.value.date < o.receivedDate) return { ok: false, errors: { date: '采用日期不能早于收到日期' } };
  return v;
}

/** A new 批示 on an item: the level is required, and it cannot predate the item. */
export function checkOpinionInstruction(o: Pick<Opinion, 'receivedDate'>, input: unknown): Validated<InstructionInput> {
  const v = validateWith(instructionInputSchema, input);
  if (!v.ok) return v;
  if (v.value.date < o.receivedDate) return { ok: false, errors: { date: '批示日期不能早于收到日期' } };
  return v;
}
