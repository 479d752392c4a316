// Fills a form from what is stored, once, and again only when what is stored really changes.
// A live query hands back a fresh object every time it re-runs (after any write to the table it
// reads, by this screen or another), and filling the form on each of those would overwrite what
// the user has chosen since — a 界别 picked a moment before would silently go back.
import { useEffect, useRef } from 'react';
import type { FormInstance } from 'antd';

export function useFormFill<T extends object>(form: FormInstance<T>, values: T | null | undefined): void {
  const filled = useRef<string | null>(null);
  // Compared as text: dayjs values write themselves as ISO dates, everything else is plain data.
  const key = values ? JSON.stringify(values) : null;
  useEffect(() => {
    if (!values || key === filled.current) return;
    filled.current = key;
    form.setFieldsValue(values);
  });
}
