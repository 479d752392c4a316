// The top of the app: until the committee is set up, the first-run screen; then the shell.
// Asks once for persistent storage so the browser never evicts the ledger under disk pressure;
// once set up, the desktop program's automatic backups run (features/backup/AutomaticBackups).
import { useEffect } from 'react';
import { Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../db/app-ledger';
import { FirstRunSetup } from '../features/setup/FirstRunSetup';
import { AutomaticBackups } from '../features/backup/AutomaticBackups';
import { AppShell } from './AppShell';
import { getPlatform } from '../platform';

export function LedgerApp() {
  const settings = useLiveQuery(async () => (await appLedger.settings.getSettings()) ?? null, []);
  useEffect(() => {
    void getPlatform().requestPersistentStorage();
  }, []);
  if (settings === undefined) return <Spin size="large" fullscreen description="正在打开台账…" />;
  if (settings === null) return <FirstRunSetup />;
  return (
    <>
      <AutomaticBackups />
      <AppShell settings={settings} />
    </>
  );
}
