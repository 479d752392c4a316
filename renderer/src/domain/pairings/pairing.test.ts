// The pairing and deed input rules and the "三个一" figures on a ledger worked out by hand.
import { describe, expect, it } from 'vitest';
import { type Deed, type Pairing, yuanToWan } from './pairing';
import { checkDeed, validatePairingInput } from './pairing-inputs';
import { computePairingFigures } from './pairing-figures';
import { testMember } from '../stations/test-records';

const STAMP = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null };
const deed = (id: string, date: string, kind: Deed['kind'], amountYuan = 0, deletedAt: string | null = null): Deed => ({ id, ...STAMP, deletedAt, date, kind, description: id, amountYuan });
const pairing = (id: string, patch: Partial<Pairing>): Pairing => ({
  id, ...STAMP, linkKind: '委员', memberId: 'm1', sector: '', village: '平安村', households: [], startDate: '2025-01-01', note: '', deeds: [], isSample: false, ...patch,
});

describe('the money of a deed', () => {
  const p = { startDate: '2025-01-01' };
  const input = (amountYuan: unknown) => ({ date: '2025-03-01', kind: '出钱出力', description: '捐助', amountYuan });
  it('accepts 元 typed as a number or as digits, to the fen, and none as 0', () => {
    expect(checkDeed(p, input('1200.50'), '2025-06-30')).toMatchObject({ ok: true, value: { amountYuan: 1200.5 } });
    expect(checkDeed(p, input(800), '2025-06-30')).toMatchObject({ ok: true, value: { amountYuan: 800 } });
    expect(checkDeed(p, input(''), '2025-06-30')).toMatchObject({ ok: true, value: { amountYuan: 0 } });
  });
  it('refuses money that is negative, not a number, or finer than a fen, at the field', () => {
    expect(checkDeed(p, input('-50'), '2025-06-30')).toEqual({ ok: false, errors: { amountYuan: '金额不能为负数' } });
    expect(checkDeed(p, input('一万'), '2025-06-30')).toEqual({ ok: false, errors: { amountYuan: '金额应为数字（单位：元）' } });
    expect(checkDeed(p, input(1.005), '2025-06-30')).toEqual({ ok: false, errors: { amountYuan: '金额最多保留两位小数（到分）' } });
  });
  it('refuses a deed before the link began or after today', () => {
    expect(checkDeed({ startDate: '2025-04-01' }, input(0), '2025-06-30')).toEqual({ ok: false, errors: { date: '日期不能早于结对日期' } });
    expect(checkDeed(p, { ...input(0), date: '2025-07-01' }, '2025-06-30')).toEqual({ ok: false, errors: { date: '日期不能晚于今天' } });
  });
});

describe('validatePairingInput', () => {
  const ctx = { sectors: ['科技', '教育'], memberIds: new Set(['m1']) };
  const base = { linkKind: '委员', memberId: 'm1', sector: '科技', village: '平安村', households: ['韦大'], startDate: '2025-01-01', note: '' };
  it('keeps only the side of the link chosen', () => {
    expect(validatePairingInput(base, ctx)).toMatchObject({ ok: true, value: { memberId: 'm1', sector: '' } });
    expect(validatePairingInput({ ...base, linkKind: '界别' }, ctx)).toMatchObject({ ok: true, value: { memberId: null, sector: '科技' } });
  });
  it('refuses a member not on the roll, a sector not in the dictionary, a household twice', () => {
    expect(validatePairingInput({ ...base, memberId: 'x' }, ctx)).toEqual({ ok: false, errors: { memberId: '结对委员不在委员名单中' } });
    expect(validatePairingInput({ ...base, linkKind: '界别', sector: '天文' }, ctx)).toEqual({ ok: false, errors: { sector: '界别“天文”不在字典中，请先在设置中添加' } });
    expect(validatePairingInput({ ...base, households: ['韦大', '韦大'] }, ctx)).toEqual({ ok: false, errors: { 'households.1': '第2户与前面的重复' } });
  });
});

describe('computePairingFigures', () => {
  // By hand, 2025:
  //  p1 m1 (科技) → 平安村, households 韦大 韦二; deeds 03-01 出钱出力 5000.50, 04-01 建言建策, 2024-12-01 出钱出力 9999 (last year)
  //  p2 m2 (教育) → 平安村, households 韦二 (same household as p1's) 覃三; deeds 06-01 办实事好事 1200, a deleted deed 06-02 出钱出力 100000
  //  p3 界别 科技 → 红星村, household 吴四; deed 09-01 出钱出力 3800.25
  //  p4 m3 (教育) → 长乐村, starts 2025-10-01, household 莫五; deed 11-01 建言建策
  //  p5 deleted → nowhere
  // Whole year: 界别 科技 教育 (2), members m1 m2 m3 (3), villages 平安 红星 长乐 (3), households 韦大 韦二 覃三 吴四 莫五 (5),
  // deeds 出钱出力 2, 建言建策 2, 办实事好事 1; money 5000.50 + 1200 + 3800.25 = 10000.75 元 = 1.00 万元.
  const members = [testMember('m1', { sector: '科技' }), testMember('m2', { sector: '教育' }), testMember('m3', { sector: '教育' })];
  const pairings = [
    pairing('p1', { memberId: 'm1', households: ['韦大', '韦二'], deeds: [deed('d1', '2025-03-01', '出钱出力', 5000.5), deed('d2', '2025-04-01', '建言建策'), deed('d0', '2024-12-01', '出钱出力', 9999)] }),
    pairing('p2', { memberId: 'm2', households: ['韦二', '覃三'], deeds: [deed('d3', '2025-06-01', '办实事好事', 1200), deed('dx', '2025-06-02', '出钱出力', 100000, '2025-06-03T00:00:00.000Z')] }),
    pairing('p3', { linkKind: '界别', memberId: null, sector: '科技', village: '红星村', households: ['吴四'], deeds: [deed('d4', '2025-09-01', '出钱出力', 3800.25)] }),
    pairing('p4', { memberId: 'm3', village: '长乐村', households: ['莫五'], startDate: '2025-10-01', deeds: [deed('d5', '2025-11-01', '建言建策')] }),
    pairing('p5', { memberId: 'm9', village: '幸福村', households: ['某'], deletedAt: '2025-02-01T00:00:00.000Z', deeds: [deed('d6', '2025-03-01', '出钱出力', 5)] }),
  ];

  it('counts the whole of 2025', () => {
    const f = computePairingFigures(pairings, members, 2025);
    expect(f.sectors.sort()).toEqual(['教育', '科技'].sort());
    expect(f.memberIds).toEqual(['m1', 'm2', 'm3']);
    expect(f.villages).toEqual(['平安村', '红星村', '长乐村']);
    expect(f.households).toBe(5);
    expect(f.deedsByKind).toEqual({ 出钱出力: 2, 建言建策: 2, 办实事好事: 1 });
    expect(f.deeds.length).toBe(5);
    expect(f.moneyYuan).toBe(10000.75);
    expect(f.moneyWan).toBe(1);
  });

  it('counts up to the end of June: p4 not yet linked, September deeds not yet done', () => {
    const f = computePairingFigures(pairings, members, 2025, '2025-06-30');
    expect([f.sectors.length, f.memberIds.length, f.villages.length, f.households]).toEqual([2, 2, 2, 4]);
    expect(f.deedsByKind).toEqual({ 出钱出力: 1, 建言建策: 1, 办实事好事: 1 });
    expect(f.moneyWan).toBe(0.62); // 6200.50 元
  });

  it('writes 万元 with two decimals', () => {
    expect([yuanToWan(12345.67), yuanToWan(50), yuanToWan(0)]).toEqual([1.23, 0.01, 0]);
  });
});
