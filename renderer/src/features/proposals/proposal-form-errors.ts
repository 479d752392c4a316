// Refusals on the proposal forms: the domain's messages go beside their fields (list errors on the
// list's field), a changed field loses its stale message, and a new attempt starts clean.
import type { FormInstance, FormProps } from 'antd';
import type { FieldErrors } from '../../domain/common/validation';
import { applyFieldErrors } from '../shared/form-errors';
import { collapseListErrors } from './proposal-options';

type ChangedFields = Parameters<NonNullable<FormProps['onFieldsChange']>>[0];

/** Returns the messages that belong to no field. */
export function showProposalErrors(form: FormInstance, errors: FieldErrors): string[] {
  return applyFieldErrors(form, collapseListErrors(errors));
}

export function clearAllErrors(form: FormInstance): void {
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0);
  form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
}

export function clearChangedErrors(form: FormInstance, changed: ChangedFields): void {
  const stale = changed.filter((f) => (f.errors?.length ?? 0) > 0).map((f) => ({ name: f.name as (string | number)[], errors: [] as string[] }));
  if (stale.length > 0) form.setFields(stale);
}
