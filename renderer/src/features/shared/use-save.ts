// The one way an editor writes to the ledger: while it runs the save button is disabled, and if
// the write throws (disk full, database closed…) the user is told so in Chinese and the form keeps
// what was typed — nothing is lost silently, and no editor has its own try/finally to get wrong.
import { useCallback, useState } from 'react';
import { App } from 'antd';
import { failureMessage, saveFailureMessage } from './save-failure';

export interface SaveRunner {
  /** True while a save runs: disable the save button meanwhile. */
  saving: boolean;
  /** Runs the save; returns its result, or undefined when it threw (the user has been told). */
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}

/**
 * `action` names what is being done in the message ("保存", "删除"…); `fromForm` false for a
 * button that writes without a form (a deletion, a step marked done), so the message does not
 * speak of a form.
 */
export function useSave(action = '保存', fromForm = true): SaveRunner {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setSaving(true);
    try {
      return await work();
    } catch (error) {
      console.error(error);
      message.error({ content: fromForm ? saveFailureMessage(error, action) : failureMessage(error, action), duration: 10 });
      return undefined;
    } finally {
      setSaving(false);
    }
  }, [message, action, fromForm]);
  return { saving, run };
}
