// The keyboard rules every form follows: Enter in a single-line text or number field submits, as
// in any desktop dialog. Lists, dates and multi-line text keep Enter for themselves (it picks an
// option, confirms a typed date, starts a new line), and Enter that ends an IME composition
// (typing 王明 in pinyin) only commits the characters.
import type { KeyboardEvent } from 'react';

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']);

/** A plain single-line field where Enter means "done": not a list, a date or a checkbox. */
export function isSingleLineField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLInputElement)) return false;
  if (NOT_TEXT.has(target.type) || target.readOnly || target.disabled) return false;
  if (target.getAttribute('role') === 'combobox') return false;
  return target.closest('.ant-picker') === null;
}

/** onKeyDown for a form's container: Enter in a single-line field runs `submit`. */
export function submitOnEnter(submit: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || !isSingleLineField(e.target)) return;
    // React passes key events up through portals: Enter in a dialog opened from this form (the
    // roll picker) belongs to that dialog, not to this form.
    if (!e.currentTarget.contains(e.target as Node)) return;
    e.preventDefault();
    submit();
  };
}

/** The first field of a form, to focus when its dialog opens (not the ✕ in the corner). */
export function firstField(container: HTMLElement | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled])') ?? null;
}
