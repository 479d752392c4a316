// A leader's written instruction (批示) on a record — an activity, a proposal, a 社情民意信息 —
// with the level of the leader who wrote it (县 / 市 / 省 / 全国). Instructions written before
// the level was kept (schema v1 and format-1 backups) have none: they read as 未注明 and stay
// valid, while a new entry must state the level (checkNewInstructionLevels).
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { textField } from '../common/text';
import { isIsoDate } from '../common/dates';
import type { FieldErrors } from '../common/validation';
import { baseRecordSchema } from '../common/record';

export const INSTRUCTION_LEVELS = ['县', '市', '省', '全国'] as const;
export type InstructionLevel = (typeof INSTRUCTION_LEVELS)[number];

/** How a missing level (an instruction entered before levels were kept) is shown and counted. */
export const UNSTATED_LEVEL_LABEL = '未注明';

const LEVEL_ERROR = '批示级别只能是县、市、省或全国';

const instructionFields = {
  leader: z.preprocess(textField, z.string().min(1, '请填写批示领导').max(40, tooLong('批示领导', 40))),
  date: z.string().refine(isIsoDate, '请填写正确的批示日期，格式如 2025-03-05'),
  text: z.preprocess(textField, z.string().max(2000, tooLong('批示内容', 2000))),
};

const storedLevel = z.enum(INSTRUCTION_LEVELS, { error: LEVEL_ERROR }).nullable().default(null);

/**
 * An instruction as a form holds it: its fields, and the id of the stored row it shows (none for
 * a new one), which saving (stampRows) keeps. `level` as stored.
 */
export const instructionEntrySchema = z.object({ id: z.string().min(1).max(64).optional(), level: storedLevel, ...instructionFields });
export type InstructionEntry = z.output<typeof instructionEntrySchema>;

/**
 * An instruction as stored: a row with its own id and stamps (domain/common/row-stamps.ts).
 * `level` is null for one written before levels were kept; a record read from an older backup
 * has no `level` at all, which reads as null (restore on read).
 */
export const instructionSchema = baseRecordSchema.extend({ level: storedLevel, ...instructionFields });
export type Instruction = z.output<typeof instructionSchema>;

/** A new instruction typed into a form: the level is required. */
export const instructionInputSchema = z.object({
  level: z.enum(INSTRUCTION_LEVELS, { error: '请选择批示级别（县、市、省或全国）' }),
  ...instructionFields,
});
export type InstructionInput = z.output<typeof instructionInputSchema>;

export function instructionLevelLabel(level: InstructionLevel | null): string {
  return level ?? UNSTATED_LEVEL_LABEL;
}

const sameInstruction = (a: InstructionEntry, b: InstructionEntry) => a.leader === b.leader && a.date === b.date && a.text === b.text;

/**
 * A form saves the whole list of a record's instructions. An instruction without a level is
 * accepted only when the record already held it so (entered before levels were kept); any other
 * row must state its level. Errors are keyed `${path}.${i}.level` for the form's field.
 */
export function checkNewInstructionLevels(
  errors: FieldErrors,
  path: string,
  instructions: readonly InstructionEntry[],
  previous: readonly InstructionEntry[],
): void {
  const unstatedBefore = previous.filter((p) => p.level === null);
  instructions.forEach((ins, i) => {
    if (ins.level !== null) return;
    const k = unstatedBefore.findIndex((p) => sameInstruction(p, ins));
    if (k >= 0) unstatedBefore.splice(k, 1);
    else errors[`${path}.${i}.level`] ??= `请选择第${i + 1}条批示的级别（县、市、省或全国）`;
  });
}

/** Old instructions (no level) in the stored shape. */
export function withInstructionLevels<T extends { level?: InstructionLevel | null }>(instructions: readonly T[]): (T & { level: InstructionLevel | null })[] {
  return instructions.map((ins) => ({ ...ins, level: ins.level ?? null }));
}
