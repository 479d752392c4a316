// A committee member (政协委员) and the rules a member record must meet. Dictionary fields hold
// the entry's name; their values are checked against the office's dictionaries on save.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate, isIsoMonth } from '../common/dates';
import { textField, personNameField } from '../common/text';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';

export const GENDERS = ['男', '女'] as const;
export const MEMBER_ROLES = ['主席', '副主席', '秘书长', '常委', '委员'] as const;
export const MEMBER_STATUSES = ['在任', '调离', '辞去', '去世'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Serving on `date`: not deleted, and 在任 or left (调离, 去世 …) only after that date. */
export function servingOn(m: Pick<Member, 'status' | 'statusDate' | 'deletedAt'>, date: string): boolean {
  return m.deletedAt === null && (m.status === '在任' || m.statusDate > date);
}

/** 常委会组成人员: the members whose role seats them on the standing committee (all but 委员). */
export function isStandingCommitteeRole(role: string): boolean {
  return role !== '委员' && (MEMBER_ROLES as readonly string[]).includes(role);
}
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

const text = (max: number, label: string) =>
  z.preprocess(textField, z.string().max(max, tooLong(label, max)));

export const memberFieldsSchema = z
  .object({
    name: z.preprocess(personNameField, z.string().min(1, '请填写姓名').max(20, tooLong('姓名', 20))),
    gender: z.union([z.enum(GENDERS), z.literal('')], { error: '性别只能是男或女' }),
    ethnicity: text(20, '民族'),
    birthMonth: z.string().refine((v) => v === '' || isIsoMonth(v), '出生年月格式应为 1975-04'),
    sector: text(30, '界别'),
    party: text(30, '党派'),
    township: text(30, '乡镇'),
    workplace: text(100, '工作单位及职务'),
    role: z.enum(MEMBER_ROLES, { error: '委员职务只能是主席、副主席、秘书长、常委或委员' }),
    term: z.number({ error: '请填写届次' }).int('届次应为整数').min(1, '届次至少为1').max(30, '届次不超过30'),
    committees: z.array(z.string()).max(10),
    phone: z.preprocess(textField, z.string().regex(/^[0-9+\-\s()（）]{0,30}$/, '联系电话只能包含数字、空格和 + - ( )')),
    status: z.enum(MEMBER_STATUSES, { error: '状态只能是在任、调离、辞去或去世' }),
    statusDate: z.string().refine((v) => v === '' || isIsoDate(v), '状态日期格式应为 2025-03-05'),
    note: text(500, '备注'),
    isSample: z.boolean(),
  })
  .superRefine((m, ctx) => {
    if (m.status !== '在任' && m.statusDate === '') {
      ctx.addIssue({ code: 'custom', path: ['statusDate'], message: `状态为“${m.status}”时请填写日期` });
    }
  });

export type MemberFields = z.infer<typeof memberFieldsSchema>;
export interface Member extends BaseRecord, MemberFields {}

export const memberSchema = baseRecordSchema.and(memberFieldsSchema);

export function emptyMemberFields(term: number): MemberFields {
  return {
    name: '', gender: '', ethnicity: '', birthMonth: '', sector: '', party: '', township: '', workplace: '',
    role: '委员', term, committees: [], phone: '', status: '在任', statusDate: '', note: '', isSample: false,
  };
}

/**
 * A 出生年月 later than the month it is typed in is a typing mistake. `today` (ISO date) is the
 * typing PC's date, passed in: the rule belongs to typing, not to the record, so it is not in the
 * schema — a backup made on one PC must restore on another whose clock is years behind.
 */
export function birthMonthRefusal(birthMonth: string, today: string): string | null {
  return isIsoMonth(birthMonth) && birthMonth > today.slice(0, 7) ? '出生年月不能晚于本月' : null;
}

/** Shape, the typing rule for 出生年月 (`today`: ISO date), then the dictionaries: an unknown 界别 is refused at its field. */
export function validateMember(input: unknown, dicts: Dictionaries, today: string): Validated<MemberFields> {
  const shaped = validateWith(memberFieldsSchema, input);
  if (!shaped.ok) return shaped;
  const m = shaped.value;
  const errors: FieldErrors = {};
  const birth = birthMonthRefusal(m.birthMonth, today);
  if (birth) errors.birthMonth = birth;
  checkInDictionary(errors, 'sector', '界别', m.sector, dicts.sector);
  checkInDictionary(errors, 'party', '党派', m.party, dicts.party);
  checkInDictionary(errors, 'township', '乡镇', m.township, dicts.township);
  m.committees.forEach((c, i) => checkInDictionary(errors, `committees.${i}`, '专门委员会', c, dicts.committee));
  return Object.keys(errors).length ? { ok: false, errors } : shaped;
}
