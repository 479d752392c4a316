// Puts the domain's Chinese validation messages beside the antd form fields they belong to, and
// brings the first of them into view.
import type { FormInstance } from 'antd';
import type { FieldErrors } from '../../domain/common/validation';

export function applyFieldErrors(form: FormInstance, errors: FieldErrors, prefix: (string | number)[] = []): string[] {
  // The last refusal's messages go first, so a field the user has since corrected shows none.
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0);
  if (stale.length > 0) form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
  const unplaced: string[] = [];
  const fields = Object.entries(errors).map(([path, message]) => {
    const name = [...prefix, ...path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
    if (path === '_') unplaced.push(message);
    return { name, errors: [message] };
  });
  const placed = fields.filter((f) => f.name.length > prefix.length && f.name[prefix.length] !== '_');
  form.setFields(placed);
  // The user is taken to the first red field, wherever in a long form it is.
  if (placed[0]) form.scrollToField(placed[0].name, { block: 'center', focus: true });
  return unplaced;
}
