// Seconds left of a wait that starts when the component using it mounts (the lock's wipe button
// appears once the committee's name is typed; typing something else unmounts it and the wait
// starts over). Counted from the clock, not from ticks, so a busy page does not stretch it.
import { useEffect, useState } from 'react';

export function useCountdown(seconds: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}
