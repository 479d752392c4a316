// 文史资料 input rules and figures on records worked out by hand.
import { describe, expect, it } from 'vitest';
import { validateCultureInput, type CultureRecord } from './culture';
import { charactersToWan, computeCultureFigures } from './culture-figures';

const STAMP = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null };
const base = (id: string, date: string) => ({ id, ...STAMP, date, year: Number(date.slice(0, 4)), title: id, note: '', isSample: false });
const material = (id: string, date: string, characters: number, photos: number): CultureRecord => ({ ...base(id, date), kind: '征集', contributor: '', characters, photos });
const volume = (id: string, date: string, characters: number, copies: number): CultureRecord => ({ ...base(id, date), kind: '出版', volumeNumber: 1, characters, copies });
const interview = (id: string, date: string, memberId: string, outlet: string): CultureRecord => ({ ...base(id, date), kind: '采访', memberId, outlet });

describe('validateCultureInput', () => {
  const today = '2025-06-30';
  it('refuses negative or non-numeric counts at the field, a future date, and a member not on the roll', () => {
    const m = { kind: '征集', date: '2025-03-01', note: '', title: '罗城往事', contributor: '韦某', characters: 12000, photos: 3 };
    expect(validateCultureInput(m, new Set(), today).ok).toBe(true);
    expect(validateCultureInput({ ...m, photos: -1 }, new Set(), today)).toEqual({ ok: false, errors: { photos: '图片不能为负数' } });
    expect(validateCultureInput({ ...m, characters: 'many' }, new Set(), today)).toEqual({ ok: false, errors: { characters: '字数应为数字（单位：字）' } });
    expect(validateCultureInput({ ...m, date: '2025-07-01' }, new Set(), today)).toEqual({ ok: false, errors: { date: '日期不能晚于今天' } });
    const i = { kind: '采访', date: '2025-03-01', note: '', title: '', memberId: 'x', outlet: '罗城电视台' };
    expect(validateCultureInput(i, new Set(['m1']), today)).toEqual({ ok: false, errors: { memberId: '该委员不在委员名单中' } });
  });
});

describe('computeCultureFigures', () => {
  // By hand, 2025: materials a (03-01, 12,000 字, 10 张), b (08-01, 23,456 字, 5 张), c (2024, ignored), d deleted;
  // volumes v1 (05-01, 150,000 字, 2,000 册), v2 (10-01, 80,000 字, 1,000 册);
  // interviews i1 m1 《罗城信息》 04-01, i2 m1 罗城电视台 09-01, i3 m2 罗城电视台 11-01.
  // Whole year: collected 35,456 字 = 3.55 万字, 15 张; 2 volumes, 23 万字, 3,000 册; 3 interviews, 2 members, 2 outlets.
  const records: CultureRecord[] = [
    material('a', '2025-03-01', 12000, 10), material('b', '2025-08-01', 23456, 5), material('c', '2024-03-01', 99999, 99),
    { ...material('d', '2025-03-02', 5000, 5), deletedAt: '2025-04-01T00:00:00.000Z' },
    volume('v1', '2025-05-01', 150000, 2000), volume('v2', '2025-10-01', 80000, 1000),
    interview('i1', '2025-04-01', 'm1', '《罗城信息》'), interview('i2', '2025-09-01', 'm1', '罗城电视台'), interview('i3', '2025-11-01', 'm2', '罗城电视台'),
  ];

  it('counts the whole of 2025', () => {
    const f = computeCultureFigures(records, 2025);
    expect([f.collectedWan, f.photos, f.volumes.length, f.publishedWan, f.copies]).toEqual([3.55, 15, 2, 23, 3000]);
    expect([f.interviews.length, f.memberIds.length, f.outlets.length]).toEqual([3, 2, 2]);
  });

  it('counts up to the end of June', () => {
    const f = computeCultureFigures(records, 2025, '2025-06-30');
    expect([f.collectedWan, f.photos, f.volumes.length, f.publishedWan, f.copies]).toEqual([1.2, 10, 1, 15, 2000]);
    expect([f.interviews.length, f.memberIds.length, f.outlets]).toEqual([1, 1, ['《罗城信息》']]);
  });

  it('writes 万字 with two decimals', () => {
    expect([charactersToWan(35456), charactersToWan(50), charactersToWan(0)]).toEqual([3.55, 0.01, 0]);
  });
});
