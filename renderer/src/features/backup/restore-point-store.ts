// Which restore point this PC's ledger has (db/restore-point-repo.ts): it lives in a database of
// its own, which useLiveQuery does not watch, so whoever changes it says so here and every card
// showing it reads it again.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { appLedger } from '../../db/app-ledger';
import type { RestorePointSummary } from '../../db/restore-point-repo';

let version = 0;
const listeners = new Set<() => void>();

export function restorePointChanged(): void {
  version++;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current point (null when there is none), or undefined while it is being read. */
export function useRestorePoint(): RestorePointSummary | null | undefined {
  const seen = useSyncExternalStore(subscribe, () => version);
  const [point, setPoint] = useState<{ seen: number; value: RestorePointSummary | null } | null>(null);
  useEffect(() => {
    let current = true;
    appLedger.restorePoint.readRestorePoint().then(
      (value) => current && setPoint({ seen, value }),
      () => current && setPoint({ seen, value: null }),
    );
    return () => {
      current = false;
    };
  }, [seen]);
  return point?.seen === seen ? point.value : undefined;
}
