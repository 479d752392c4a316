// Rates as reports, screens and the command line print them, rounded in one place. A rate is kept
// as what it divides (a Ratio: 办复 22 of 立案 24), never as an already rounded percentage, and is
// rounded once to the decimals asked for: 22/24 is 91.7% with one decimal and 91.67% with two.
// (Rounding 91.6666… to 91.7 first and then padding a zero printed 91.70%.) The division is done
// on integers, so a half is always rounded up (1/8 → 12.5%, 1/80 → 1.3% with one decimal) rather
// than up or down as the nearest binary fraction happens to fall.

/** A rate as a fraction: part of whole; its percentage is part ÷ whole × 100. */
export interface Ratio {
  part: number;
  whole: number;
}

/** Decimals kept of a part or whole that is not a whole number (a mean of shares typed as 88.75): beyond any share's. */
const MAX_INPUT_DECIMALS = 6;

/** The number times 10^k as an integer, for the least k ≤ MAX_INPUT_DECIMALS where it is one (up to binary noise: 0.1 + 0.2). */
function scaledInteger(n: number, k: number): bigint {
  return BigInt(Math.round(n * 10 ** k));
}

function inputDecimals(n: number): number {
  for (let k = 0; k < MAX_INPUT_DECIMALS; k++) {
    const scaled = n * 10 ** k;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return k;
  }
  return MAX_INPUT_DECIMALS;
}

/**
 * part ÷ whole × 100 rounded once, half up, to `decimals` places, as its digits ("91.67", "100.0",
 * "12.5"); null when the whole is 0 (no rate). A rate is never negative.
 */
export function percentDigits(ratio: Ratio, decimals: number): string | null {
  const { part, whole } = ratio;
  if (!(whole > 0) || !Number.isFinite(part) || part < 0) return null;
  const k = Math.max(inputDecimals(part), inputDecimals(whole));
  const p = scaledInteger(part, k);
  const w = scaledInteger(whole, k);
  if (w === 0n) return null;
  // round(p·100·10^d / w) half up = floor((2·p·100·10^d + w) / (2·w)), all in integers.
  const n = p * 100n * 10n ** BigInt(decimals);
  const q = (2n * n + w) / (2n * w);
  if (decimals === 0) return q.toString();
  const digits = q.toString().padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** The same as a number (91.67): what a rate figure's value holds with one decimal. 0 when there is no rate. */
export function roundedPercent(ratio: Ratio, decimals: number): number {
  const digits = percentDigits(ratio, decimals);
  return digits === null ? 0 : Number(digits);
}

/**
 * A rate as printed: "91.67%". In running text trailing zeros go (100%, 57.1%); a table column
 * (`keepZeros`) keeps them so the column reads evenly (79.0%). No rate prints —.
 */
export function percentText(ratio: Ratio, decimals: number, keepZeros = false): string {
  const digits = percentDigits(ratio, decimals);
  if (digits === null) return '—';
  return `${keepZeros ? digits : String(Number(digits))}%`;
}

/** A percentage that is already a number (a share typed as 88.75) as a ratio of 100, to be printed through the same rounding. */
export const ofHundred = (percentage: number): Ratio => ({ part: percentage, whole: 100 });
