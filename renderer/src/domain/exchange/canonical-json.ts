// A record written as text the same way on every PC: keys sorted, bytes as base64. Two PCs that
// hold the same record produce the same string, which is what breaks a tie between two edits
// stamped at the same millisecond (see merge-records.ts) and tells "unchanged" from "edited".
import { bytesToBase64 } from '../common/base64';

function canonicalValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) };
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonicalValue(v)]));
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}
