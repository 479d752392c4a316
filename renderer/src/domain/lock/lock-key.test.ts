import { describe, expect, it } from 'vitest';
import { createLockRecord, lockRecordSchema, passwordOpens, passwordProblem, wipeConfirmationMatches } from './lock-key';

// Fewer rounds than the program uses, so the test is quick; the derivation is the same.
const ROUNDS = 100_000;

describe('the program lock', () => {
  it('keeps a derived key and salt, never the password, and opens only with the same password', async () => {
    const record = await createLockRecord('政协2025办公室', 10, ROUNDS);
    expect(JSON.stringify(record)).not.toContain('政协2025办公室');
    expect(lockRecordSchema.parse(record)).toEqual(record);
    expect(await passwordOpens(record, '政协2025办公室')).toBe(true);
    expect(await passwordOpens(record, '政协2025办公室 ')).toBe(false);
    expect(await passwordOpens(record, '')).toBe(false);
  });

  it('salts every record, so the same password gives different keys', async () => {
    const a = await createLockRecord('123456', 0, ROUNDS);
    const b = await createLockRecord('123456', 0, ROUNDS);
    expect(a.salt).not.toBe(b.salt);
    expect(a.key).not.toBe(b.key);
  });

  it('refuses short, overlong and mistyped passwords with a Chinese reason', () => {
    expect(passwordProblem('12345', '12345')).toBe('密码至少 6 位');
    expect(passwordProblem('x'.repeat(129), 'x'.repeat(129))).toBe('密码不超过 128 位');
    expect(passwordProblem('123456', '123457')).toBe('两次输入的密码不一致');
    expect(passwordProblem('123456', '123456')).toBeNull();
  });

  it('reads back only a well-formed record (idle minutes from the fixed choices)', () => {
    expect(lockRecordSchema.safeParse({ version: 1, salt: 'a', iterations: 600_000, key: 'b', idleMinutes: 7 }).success).toBe(false);
    expect(lockRecordSchema.safeParse({ version: 1, salt: 'a', iterations: 1000, key: 'b', idleMinutes: 5 }).success).toBe(false);
  });
});

describe('the wipe confirmation', () => {
  it('asks for the committee’s full name, not a word anyone could type', () => {
    expect(wipeConfirmationMatches('罗城仫佬族自治县政协', '罗城仫佬族自治县政协')).toBe(true);
    expect(wipeConfirmationMatches(' 罗城仫佬族自治县 政协 ', '罗城仫佬族自治县政协')).toBe(true);
    expect(wipeConfirmationMatches('清空', '罗城仫佬族自治县政协')).toBe(false);
    expect(wipeConfirmationMatches('罗城县政协', '罗城仫佬族自治县政协')).toBe(false);
    expect(wipeConfirmationMatches('', '罗城仫佬族自治县政协')).toBe(false);
    expect(wipeConfirmationMatches('清空', '')).toBe(true);
  });
});
