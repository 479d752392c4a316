// The year's own words: the office's text for 存在问题 and 下步打算 / 建议, one record per year,
// kept for the reports' closing parts. Its id is made from the year, so two PCs that each wrote
// a year's notes hold the same record and a merge keeps the later text instead of two rows.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { textField } from '../common/text';
import { validateWith, type Validated } from '../common/validation';

export interface YearNotesFields {
  /** 存在问题 / 差距和不足. */
  problems: string;
  /** 下步打算 / 建议. */
  nextSteps: string;
  /**
   * The 提案工作情况报告's own 存在问题 and 下步打算: the two above are the year's supervision and
   * plan work, not the proposals'. Absent in records written before they existed ('' alike): the
   * 提案 report then prints its built-in wording, marked as such in the review copy.
   */
  proposalProblems?: string;
  proposalNextSteps?: string;
}

export interface YearNotes extends BaseRecord, YearNotesFields {
  year: number;
  /** Written by the sample generator; text the office saves is its own (false). */
  isSample: boolean;
}

export const yearNotesId = (year: number) => `year-notes-${year}`;

export const yearNotesSchema = baseRecordSchema.extend({
  year: z.number().int().min(1900).max(2200),
  problems: z.string().max(5000),
  nextSteps: z.string().max(5000),
  proposalProblems: z.string().max(5000).optional(),
  proposalNextSteps: z.string().max(5000).optional(),
  isSample: z.boolean(),
});

export const yearNotesInputSchema = z.object({
  problems: z.preprocess(textField, z.string().max(5000, tooLong('存在问题', 5000))),
  nextSteps: z.preprocess(textField, z.string().max(5000, tooLong('下步打算和建议', 5000))),
  proposalProblems: z.preprocess(textField, z.string().max(5000, tooLong('提案工作存在问题', 5000))).optional(),
  proposalNextSteps: z.preprocess(textField, z.string().max(5000, tooLong('提案工作下步打算', 5000))).optional(),
});

export function validateYearNotes(input: unknown): Validated<YearNotesFields> {
  return validateWith(yearNotesInputSchema, input);
}
