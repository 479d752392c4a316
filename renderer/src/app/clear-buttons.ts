// antd draws a clear button (×) inside every filled list, date and clearable input. Each is a
// real <button>, so Tab stops on it — an invisible stop, read out as "Clear" in English — and
// Enter there wipes the value (it wiped a typed 出生年月). The mouse keeps them; the keyboard
// clears a field by deleting its text. Marking them just before Tab moves focus keeps them out of
// the Tab order on every screen without wrapping each of antd's inputs.

const CLEAR_BUTTONS = '.ant-select-clear, .ant-picker-clear, .ant-input-clear-icon, .ant-input-number-clear-icon';

export function markClearButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLElement>(CLEAR_BUTTONS)) {
    if (button.tabIndex !== -1) button.tabIndex = -1;
    if (button.getAttribute('aria-label') !== '清除') button.setAttribute('aria-label', '清除');
  }
}

/** Installed once at start: runs on Tab (before focus moves) and whenever focus enters a field. */
export function keepClearButtonsOutOfTabOrder(doc: Document): void {
  doc.addEventListener('keydown', (e) => { if (e.key === 'Tab') markClearButtons(doc); }, true);
  doc.addEventListener('focusin', () => markClearButtons(doc), true);
}
