// The ledger clock (hybrid logical): every stamp a PC writes is after every stamp it has seen,
// its own included, whatever its wall clock reads.
import { describe, expect, it } from 'vitest';
import { LedgerClock } from './ledger-clock';

const T = Date.parse('2026-01-05T08:00:00.000Z');

describe('the ledger clock', () => {
  it('reads the PC clock while it runs ahead of everything seen', () => {
    const clock = new LedgerClock();
    expect(clock.stamp(T)).toBe('2026-01-05T08:00:00.000Z');
    expect(clock.stamp(T + 5000)).toBe('2026-01-05T08:00:05.000Z');
  });

  it('stamps two changes made in one millisecond apart, in the order made', () => {
    const clock = new LedgerClock();
    const [first, second, third] = [clock.stamp(T), clock.stamp(T), clock.stamp(T)];
    expect([first, second, third]).toEqual(['2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.001Z', '2026-01-05T08:00:00.002Z']);
  });

  it('stamps after its own last stamp when the PC clock is set back', () => {
    const clock = new LedgerClock();
    const before = clock.stamp(Date.parse('2099-01-01T00:00:00.000Z'));
    // Someone notices the year and sets the clock right: the next edit is still the later version.
    expect(Date.parse(clock.stamp(T))).toBeGreaterThan(Date.parse(before));
  });

  it('stamps after a later stamp seen from another PC, then follows its own clock once that catches up', () => {
    const clock = new LedgerClock();
    clock.observe('2026-01-05T09:00:00.000Z');
    expect(clock.stamp(T)).toBe('2026-01-05T09:00:00.001Z');
    expect(clock.stamp(T + 2 * 3600_000)).toBe('2026-01-05T10:00:00.000Z');
  });
});
