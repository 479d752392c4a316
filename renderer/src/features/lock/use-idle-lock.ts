// Locks the program after the chosen minutes without a key press, click, scroll or mouse move.
import { useEffect } from 'react';
import { useLockStore } from './lock-store';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleLock(): void {
  const idleMinutes = useLockStore((s) => s.record?.idleMinutes ?? 0);
  const locked = useLockStore((s) => s.locked);
  const lock = useLockStore((s) => s.lock);
  useEffect(() => {
    if (idleMinutes === 0 || locked) return undefined;
    let timer = setTimeout(lock, idleMinutes * 60_000);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, idleMinutes * 60_000);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart);
    };
  }, [idleMinutes, locked, lock]);
}
