// For the merge's property tests: how far each simulated PC's clock is off, up to ten years either
// way — or a whole number of the simulation's one-minute steps, so that two PCs often stamp edits at
// the very same millisecond (each PC's own stamps are apart, ledger-clock.ts; two PCs' need not be).
import fc from 'fast-check';

const YEAR_MS = 365 * 24 * 3600 * 1000;
export const STEP_MS = 60_000;

export const clockOffsetsArb = (pcs: number): fc.Arbitrary<number[]> =>
  fc.array(
    fc.oneof(fc.integer({ min: -10 * YEAR_MS, max: 10 * YEAR_MS }), fc.integer({ min: -3, max: 3 }).map((steps) => steps * STEP_MS)),
    { minLength: pcs, maxLength: pcs },
  );
