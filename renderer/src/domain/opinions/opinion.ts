// A 社情民意信息: an item of public opinion a member or a group (党派, 界别, 专委会, 乡镇)
// reports to the committee. The office compiles items into issues (期, numbered afresh each year:
// 2025年第3期), sends them up, and records which levels adopted them (县 / 市 / 省 / 全国政协; for
// 全国 either 单篇采用 or 转送采用 — several levels can adopt the same item) and the leaders'
// 批示 by level. An item may come from a proposal not registered (不予立案 → 社情民意信息).
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate, yearOf } from '../common/dates';
import { textField } from '../common/text';
import { INSTRUCTION_LEVELS, instructionSchema, type Instruction, type InstructionLevel } from '../instructions/instruction';
import { storedRowList } from '../common/row-stamps';

/** The groups that submit 社情民意 in their own name, each named from its dictionary. */
export const OPINION_GROUP_KINDS = ['党派', '界别', '专委会', '乡镇'] as const;
export type OpinionGroupKind = (typeof OPINION_GROUP_KINDS)[number];

/** Levels that adopt an item are the same four as 批示 levels. */
export const ADOPTION_LEVELS = INSTRUCTION_LEVELS;
export type AdoptionLevel = InstructionLevel;

/** 全国政协 adopts an item on its own (单篇采用) or passes it on to the central bodies (转送采用). */
export const NATIONAL_ADOPTION_MODES = ['单篇采用', '转送采用'] as const;
export type NationalAdoptionMode = (typeof NATIONAL_ADOPTION_MODES)[number];

const isoDate = z.string().refine(isIsoDate);

export const opinionGroupSchema = z.object({
  kind: z.enum(OPINION_GROUP_KINDS, { error: '报送单位类别只能是党派、界别、专委会或乡镇' }),
  name: z.preprocess(textField, z.string().min(1, '请选择报送单位').max(60, tooLong('报送单位名称', 60))),
});
export type OpinionGroup = z.infer<typeof opinionGroupSchema>;

export const issueRefSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  number: z.number().int().min(1).max(9999),
  /** The day the issue was compiled (编发); an issue's figures count by it. */
  date: isoDate,
});
export type IssueRef = z.infer<typeof issueRefSchema>;

export const adoptionSchema = z.object({
  level: z.enum(ADOPTION_LEVELS),
  /** Only for 全国; null at the other levels. */
  nationalMode: z.enum(NATIONAL_ADOPTION_MODES).nullable(),
  date: isoDate,
  note: z.string().max(500),
});
export type Adoption = z.infer<typeof adoptionSchema>;

/** What a form edits: the item itself. */
export interface OpinionFields {
  title: string;
  /** Submitting members, from the roll. */
  memberIds: string[];
  /** Submitting groups, by dictionary name. */
  groups: OpinionGroup[];
  receivedDate: string;
  text: string;
}

export interface Opinion extends BaseRecord, OpinionFields {
  /** The year it counts for, from the received date. Derived, indexed. */
  year: number;
  /** The proposal it was converted from (不予立案 → 社情民意信息), or null. */
  sourceProposalId: string | null;
  issue: IssueRef | null;
  adoptions: Adoption[];
  instructions: Instruction[];
  isSample: boolean;
}

export const opinionSchema = baseRecordSchema.extend({
  title: z.string().min(1).max(200),
  memberIds: z.array(z.string().min(1).max(64)).max(200),
  groups: z.array(opinionGroupSchema).max(20),
  receivedDate: isoDate,
  text: z.string().max(50000),
  year: z.number().int(),
  sourceProposalId: z.string().min(1).max(64).nullable(),
  issue: issueRefSchema.nullable(),
  adoptions: z.array(adoptionSchema).max(ADOPTION_LEVELS.length),
  instructions: storedRowList(instructionSchema, 50),
  isSample: z.boolean(),
});

export function withDerivedOpinionFields<T extends OpinionFields>(o: T): T & { year: number } {
  return { ...o, year: yearOf(o.receivedDate) };
}

/** 2025年第3期. */
export function issueLabel(issue: Pick<IssueRef, 'year' | 'number'>): string {
  return `${issue.year}年第${issue.number}期`;
}

/** 市政协采用, 全国政协单篇采用. */
export function adoptionLabel(a: Pick<Adoption, 'level' | 'nationalMode'>): string {
  return a.level === '全国' ? `全国政协${a.nationalMode ?? '采用'}` : `${a.level}政协采用`;
}

/** The next issue number of a year: one more than the highest used (an issue number is never reused). */
export function nextIssueNumber(numbersInYear: readonly number[]): number {
  return numbersInYear.reduce((max, n) => Math.max(max, n), 0) + 1;
}

export function isAdoptedAt(o: Pick<Opinion, 'adoptions'>, level: AdoptionLevel): boolean {
  return o.adoptions.some((a) => a.level === level);
}

/** The submitters as a line: the members' names (in the order given) and the groups. */
export function submittersLine(o: Pick<Opinion, 'memberIds' | 'groups'>, nameOf: (memberId: string) => string): string {
  return [...o.memberIds.map(nameOf), ...o.groups.map((g) => g.name)].join('、');
}
