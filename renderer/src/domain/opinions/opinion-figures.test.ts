// The 社情民意 figures on a small ledger whose answers are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { computeOpinionFigures, opinionFigureLines } from './opinion-figures';
import { opinionFixture as o } from './opinion-test-support';
import { newRow } from '../common/row-stamps';

// 2025's ledger, by hand:
//  a  received 2024-12-20, compiled 2025年第1期 (01-10), adopted 县 2025-01-20 and 市 2025-02-15,
//     批示 市 2025-02-20 — collected in 2024, everything else in 2025.
//  b  received 2025-01-05, 第1期 (01-10), adopted 全国 单篇采用 2025-04-01, 批示 全国 2025-05-01 and 省 2025-05-02.
//  c  received 2025-02-01, 第2期 (02-10), adopted 省 2025-03-01 and 全国 转送采用 2025-06-30.
//  d  received 2025-07-01, 第3期 (07-15), adopted 县 2025-07-20; deleted → counts nowhere.
//  e  received 2025-08-01, in no issue, adopted 县 2025-12-31, 批示 县 2026-01-05 (next year).
//  f  received 2025-11-30, 2026年第1期 (2026-01-08).
const ledger = [
  o('a', { receivedDate: '2024-12-20', issue: { year: 2025, number: 1, date: '2025-01-10' },
    adoptions: [{ level: '县', nationalMode: null, date: '2025-01-20', note: '' }, { level: '市', nationalMode: null, date: '2025-02-15', note: '' }],
    instructions: [newRow({ level: '市', leader: '副市长', date: '2025-02-20', text: '' }, '2025-02-20T08:00:00.000Z')] }),
  o('b', { receivedDate: '2025-01-05', issue: { year: 2025, number: 1, date: '2025-01-10' },
    adoptions: [{ level: '全国', nationalMode: '单篇采用', date: '2025-04-01', note: '' }],
    instructions: [newRow({ level: '全国', leader: '国务院领导同志', date: '2025-05-01', text: '' }, '2025-05-01T08:00:00.000Z'), newRow({ level: '省', leader: '副省长', date: '2025-05-02', text: '' }, '2025-05-02T08:00:00.000Z')] }),
  o('c', { receivedDate: '2025-02-01', issue: { year: 2025, number: 2, date: '2025-02-10' },
    adoptions: [{ level: '省', nationalMode: null, date: '2025-03-01', note: '' }, { level: '全国', nationalMode: '转送采用', date: '2025-06-30', note: '' }] }),
  o('d', { receivedDate: '2025-07-01', deletedAt: '2025-08-01T00:00:00.000Z', issue: { year: 2025, number: 3, date: '2025-07-15' },
    adoptions: [{ level: '县', nationalMode: null, date: '2025-07-20', note: '' }] }),
  o('e', { receivedDate: '2025-08-01', adoptions: [{ level: '县', nationalMode: null, date: '2025-12-31', note: '' }],
    instructions: [newRow({ level: '县', leader: '县长', date: '2026-01-05', text: '' }, '2026-01-05T08:00:00.000Z')] }),
  o('f', { receivedDate: '2025-11-30', issue: { year: 2026, number: 1, date: '2026-01-08' } }),
];

describe('computeOpinionFigures', () => {
  it('counts the whole of 2025', () => {
    const f = computeOpinionFigures(ledger, 2025);
    expect(f.collected).toBe(4); // b, c, e, f (a is 2024's, d deleted)
    expect(f.issuesCompiled).toBe(2); // 第1期 (a, b), 第2期 (c); 第3期 held only d
    expect(f.itemsCompiled).toBe(3);
    expect(f.adoptedByLevel).toEqual({ 县: 2, 市: 1, 省: 1, 全国: 2 }); // 县 a, e; 市 a; 省 c; 全国 b, c
    expect(f.nationalByMode).toEqual({ 单篇采用: 1, 转送采用: 1 });
    expect(f.adoptedItems).toBe(4); // a, b, c, e
    expect(f.instructionsByLevel).toEqual({ 县: 0, 市: 1, 省: 1, 全国: 1, unstated: 0, total: 3 });
  });

  it('counts 2025 up to the end of March', () => {
    const f = computeOpinionFigures(ledger, 2025, '2025-03-31');
    expect(f.collected).toBe(2); // b, c
    expect(f.issuesCompiled).toBe(2);
    expect(f.adoptedByLevel).toEqual({ 县: 1, 市: 1, 省: 1, 全国: 0 });
    expect(f.nationalByMode).toEqual({ 单篇采用: 0, 转送采用: 0 });
    expect(f.adoptedItems).toBe(2); // a, c
    expect(f.instructionsByLevel.total).toBe(1);
  });

  it('counts what happened in 2024 and 2026 in those years', () => {
    expect(computeOpinionFigures(ledger, 2024).collected).toBe(1);
    expect(computeOpinionFigures(ledger, 2024).issuesCompiled).toBe(0);
    const next = computeOpinionFigures(ledger, 2026);
    expect(next.collected).toBe(0);
    expect(next.issuesCompiled).toBe(1);
    expect(next.instructionsByLevel).toEqual({ 县: 1, 市: 0, 省: 0, 全国: 0, unstated: 0, total: 1 });
  });

  it('labels every figure in Chinese, with its unit', () => {
    const lines = new Map(opinionFigureLines(computeOpinionFigures(ledger, 2025)).map((l) => [l.label, `${l.value}${l.unit}`]));
    expect(lines.get('收集社情民意信息')).toBe('4条');
    expect(lines.get('编发社情民意信息')).toBe('2期');
    expect(lines.get('被全国政协采用')).toBe('2条');
    expect(lines.get('被全国政协单篇采用')).toBe('1条');
    expect(lines.get('被全国政协转送采用')).toBe('1条');
    expect(lines.get('被县政协采用')).toBe('2条');
    expect(lines.get('获市级领导批示')).toBe('1次');
    expect(lines.get('获全国领导批示')).toBe('1次');
    expect(lines.get('获领导批示')).toBe('3次');
  });
});
