// Before a new save attempt, the messages of the last refusal are taken off the form's fields.
import type { FormInstance } from 'antd';

export function clearFieldErrors(form: FormInstance): void {
  form.setFields(form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => ({ name: f.name, errors: [] })));
}
