// The last net for a failure no screen caught (a button's handler that threw after an await):
// the user is told in Chinese rather than the click silently doing nothing. Editors catch their
// own save failures (features/shared/use-save.ts); this is for what slips past.
import { useEffect } from 'react';
import { App } from 'antd';
import { failureMessage } from '../features/shared/save-failure';

export function UnhandledErrors() {
  const { message } = App.useApp();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      message.error({ content: failureMessage(event.reason, '完成操作'), duration: 10 });
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [message]);
  return null;
}
