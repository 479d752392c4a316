// Puts the domain's Chinese validation messages beside the antd form fields they belong to.
import type { FormInstance } from 'antd';
import type { FieldErrors } from '../../domain/common/validation';

export function applyFieldErrors(form: FormInstance, errors: FieldErrors, prefix: (string | number)[] = []): string[] {
  const unplaced: string[] = [];
  const fields = Object.entries(errors).map(([path, message]) => {
    const name = [...prefix, ...path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
    if (path === '_') unplaced.push(message);
    return { name, errors: [message] };
  });
  form.setFields(fields.filter((f) => f.name.length > prefix.length && f.name[prefix.length] !== '_'));
  return unplaced;
}
