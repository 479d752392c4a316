// The top of the app: until the committee is set up, the first-run screen; then the shell.
// Asks once for persistent storage so the browser never evicts the ledger under disk pressure;
// once set up, the desktop program's automatic backups run (features/backup/AutomaticBackups).
import { lazy, Suspense, useEffect, useState } from 'react';
import { Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../db/app-ledger';
import { AutomaticBackups } from '../features/backup/AutomaticBackups';
import { useLockStore } from '../features/lock/lock-store';
import { useIdleLock } from '../features/lock/use-idle-lock';
import { AppShell } from './AppShell';
import { getPlatform } from '../platform';

// Seen once (the first run) or only when locked: loaded when needed, so the screens a set-up
// ledger opens on do not wait for their forms.
const FirstRunSetup = lazy(() => import('../features/setup/FirstRunSetup').then((m) => ({ default: m.FirstRunSetup })));
const LockScreen = lazy(() => import('../features/lock/LockScreen').then((m) => ({ default: m.LockScreen })));
const OPENING_SHOWN_AFTER_MS = 400;
const opening = <Spin size="large" fullscreen description="正在打开台账…" />;

/** Whether something has been `waiting` for `ms` (no timer, and no second render, once it is not). */
function useLongWait(waiting: boolean, ms: number): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => setLong(true), ms);
    return () => clearTimeout(timer);
  }, [waiting, ms]);
  return long;
}

export function LedgerApp() {
  const settings = useLiveQuery(async () => (await appLedger.settings.getSettings()) ?? null, []);
  // The ledger usually opens in a blink: the 正在打开台账… spinner is drawn only when it does not,
  // so the first screen's time is not spent drawing a spinner nobody would see.
  const slow = useLongWait(settings === undefined, OPENING_SHOWN_AFTER_MS);
  const locked = useLockStore((s) => s.locked);
  useIdleLock();
  useEffect(() => {
    void getPlatform().requestPersistentStorage();
  }, []);
  if (settings === undefined) return slow ? opening : null;
  if (settings === null) return <Suspense fallback={opening}>{locked ? <LockScreen /> : <FirstRunSetup />}</Suspense>;
  // Locking hides the screens but keeps them mounted, so a form left open keeps what was typed;
  // `inert` and `visibility: hidden` keep it from being seen, focused or read out meanwhile.
  return (
    <>
      <AutomaticBackups />
      <div inert={locked} style={locked ? { visibility: 'hidden', height: 0, overflow: 'hidden' } : undefined}>
        <AppShell settings={settings} />
      </div>
      {locked && <Suspense fallback={opening}><LockScreen /></Suspense>}
    </>
  );
}
