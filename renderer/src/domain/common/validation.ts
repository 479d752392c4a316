// One shape for every validation failure the UI shows: a Chinese message per field, keyed by
// the field's path (`participants.3.memberId`), so a form can put it beside the right input.
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    errors[key] ??= issue.message;
  }
  return errors;
}

export function validateWith<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrorsOf(result.error) };
}

/** Adds an error for a dictionary field whose value the office's dictionary does not hold. */
export function checkInDictionary(errors: FieldErrors, field: string, label: string, value: string, allowed: readonly string[]): void {
  if (value && !allowed.includes(value) && !errors[field]) errors[field] = `${label}“${value}”不在字典中，请先在设置中添加`;
}
