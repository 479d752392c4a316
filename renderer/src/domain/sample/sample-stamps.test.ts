// The sample is made on the day it is loaded, and no record of it may carry a stamp after that
// moment: an exchange package made from it would otherwise be refused by the program itself (a
// stamp later than the package's own creation). Every createdAt / updatedAt / deletedAt at any
// depth (records, attendance rows, replies, deeds) is checked, for this year's small sample.
import { describe, expect, it } from 'vitest';
import { generateLedger, smallSampleSize } from './generate-ledger';
import { toIsoDate } from '../common/dates';
import { makeSampleYearNotes } from './generate-plans';

function stampsOf(value: unknown, path: string, out: { path: string; at: string }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => stampsOf(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'createdAt' || key === 'updatedAt' || key === 'deletedAt') && typeof v === 'string') out.push({ path: `${path}.${key}`, at: v });
      else stampsOf(v, `${path}.${key}`, out);
    }
  }
}

describe('the sample’s stamps', () => {
  it('are none of them after the moment the sample is made', () => {
    const ledger = generateLedger(smallSampleSize(toIsoDate(new Date())));
    const now = new Date().toISOString();
    const stamps: { path: string; at: string }[] = [];
    stampsOf(ledger, 'ledger', stamps);
    expect(stamps.length).toBeGreaterThan(1000);
    expect(stamps.filter((s) => Date.parse(s.at) > Date.parse(now)).slice(0, 5)).toEqual([]);
  });

  it('date a year’s 存在问题 and 下步打算 20 December, or now when that is still to come', () => {
    expect(makeSampleYearNotes(2026, '2026-12-05T03:00:00.000Z')).toMatchObject({ createdAt: '2026-12-05T03:00:00.000Z', updatedAt: '2026-12-05T03:00:00.000Z' });
    expect(makeSampleYearNotes(2025, '2026-12-05T03:00:00.000Z')).toMatchObject({ createdAt: '2025-12-20T09:00:00.000Z', updatedAt: '2025-12-20T09:00:00.000Z' });
  });
});
