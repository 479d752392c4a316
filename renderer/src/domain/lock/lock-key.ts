// The optional password that opens the program on a shared PC. What is kept is a key derived
// from the password with PBKDF2-SHA-256 (WebCrypto) and a random salt — never the password — and
// checking a password derives again and compares. This guards the screens against a colleague
// at the same PC; it does not encrypt the ledger (see docs/ARCHITECTURE.md, 锁定).
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from '../common/base64';

/** OWASP's 2023 figure for PBKDF2-SHA-256; about a quarter of a second on an office PC. */
export const LOCK_ITERATIONS = 600_000;
export const IDLE_MINUTES_CHOICES = [0, 5, 10, 15, 30, 60] as const;
export const MIN_PASSWORD_LENGTH = 6;

export const lockRecordSchema = z.object({
  version: z.literal(1),
  salt: z.string().min(1),
  iterations: z.number().int().min(100_000).max(10_000_000),
  key: z.string().min(1),
  /** Lock after this many minutes without a key or mouse; 0: only at start. */
  idleMinutes: z.number().int().refine((n) => (IDLE_MINUTES_CHOICES as readonly number[]).includes(n)),
});
export type LockRecord = z.infer<typeof lockRecordSchema>;

async function deriveKey(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, 256);
  return new Uint8Array(bits);
}

/** Why a new password cannot be used, in Chinese; null when it can. */
export function passwordProblem(password: string, repeated: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.length > 128) return '密码不超过 128 位';
  if (password !== repeated) return '两次输入的密码不一致';
  return null;
}

export async function createLockRecord(password: string, idleMinutes: number, iterations = LOCK_ITERATIONS): Promise<LockRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(password, salt, iterations);
  return lockRecordSchema.parse({ version: 1, salt: bytesToBase64(salt), iterations, key: bytesToBase64(key), idleMinutes });
}

/** Compares every byte whatever the first difference, so timing says nothing about the key. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export async function passwordOpens(record: LockRecord, password: string): Promise<boolean> {
  const key = await deriveKey(password, base64ToBytes(record.salt), record.iterations);
  return sameBytes(key, base64ToBytes(record.key));
}

/**
 * What 忘记密码 asks before the ledger is cleared: the committee's full name as set up (spaces
 * ignored); a ledger not set up yet has no name, and 清空 is asked instead. One word anyone could
 * type is not enough: whoever clears the ledger must at least know whose ledger it is.
 */
export function wipeConfirmationMatches(typed: string, committeeName: string): boolean {
  const squeeze = (s: string) => s.replace(/\s+/gu, '');
  const expected = squeeze(committeeName) || '清空';
  return squeeze(typed) === expected;
}
