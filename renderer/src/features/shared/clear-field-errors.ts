// The messages of the last refusal come off the form's fields before a new save attempt, and off
// a field as soon as the user changes it (antd clears errors only for fields with rules, and the
// forms here have none: the domain validates on save).
import type { FormInstance, FormProps } from 'antd';

type ChangedFields = Parameters<NonNullable<FormProps['onFieldsChange']>>[0];

/** Takes every message off the form, or only those under one top-level name ('participants'). */
export function clearFieldErrors(form: FormInstance, under?: string): void {
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0 && (under === undefined || f.name[0] === under));
  form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
}

/** For Form's onFieldsChange: a changed field loses its stale message; a new start date also
 * takes away the end date's "earlier than start" message. */
export function clearChangedFieldErrors(form: FormInstance, changed: ChangedFields): void {
  const stale = changed.filter((f) => (f.errors?.length ?? 0) > 0).map((f) => ({ name: f.name as (string | number)[], errors: [] as string[] }));
  const startChanged = changed.some((f) => String(f.name) === 'fields,startDate');
  if (startChanged && form.getFieldError(['fields', 'endDate']).length > 0) stale.push({ name: ['fields', 'endDate'], errors: [] });
  if (stale.length > 0) form.setFields(stale);
}
