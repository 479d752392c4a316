// The station's input rules and its figures, on a ledger whose answers are worked out by hand.
import { describe, expect, it } from 'vitest';
import { EIGHT_HAS, checklistCompletedOn } from './station';
import { validateStationInput, checklistFormValue } from './station-inputs';
import { computeStationFigures, staffRangeText } from './station-figures';
import { testActivity, testMember, testStation } from './test-records';
import { newRow } from '../common/row-stamps';

const all8 = (date: string) => EIGHT_HAS.map((item) => ({ item, date }));
const ctx = { townships: ['东门镇', '四把镇', '黄金镇', '龙岸镇'], memberIds: new Set(['m1', 'm2', 'm3']), today: '2025-06-30' };
const input = (patch: Record<string, unknown> = {}) => ({
  township: '东门镇', establishedDate: '2025-02-01', head: '韦站长', staffMemberIds: ['m1'],
  checklist: { ...checklistFormValue([]), 有标牌: '2025-02-01' }, work: [], note: '', ...patch,
});

describe('validateStationInput', () => {
  it('keeps the items met, each with its date, in the checklist order', () => {
    const v = validateStationInput(input({ checklist: { ...checklistFormValue([]), 有档案柜: '2025-03-01', 有标牌: '2025-02-01' } }), ctx);
    expect(v.ok && v.value.checklist).toEqual([{ item: '有标牌', date: '2025-02-01' }, { item: '有档案柜', date: '2025-03-01' }]);
  });

  it('refuses a checklist date after today at that item', () => {
    const v = validateStationInput(input({ checklist: { ...checklistFormValue([]), 有办公室: '2025-07-01' } }), ctx);
    expect(v).toEqual({ ok: false, errors: { 'checklist.有办公室': '“有办公室”的日期不能晚于今天' } });
  });

  it('refuses a checklist date that is no date, naming the item, and a checklist missing an item', () => {
    const v = validateStationInput(input({ checklist: { ...checklistFormValue([]), 有档案柜: '3月1日' } }), ctx);
    expect(v).toEqual({ ok: false, errors: { 'checklist.有档案柜': '请填写正确的“有档案柜”日期' } });
    const { 有标牌: _dropped, ...seven } = checklistFormValue([]);
    expect(validateStationInput(input({ checklist: seven }), ctx).ok).toBe(false);
  });

  it('refuses a staff member who is not a member of the committee, and more than two', () => {
    const v = validateStationInput(input({ staffMemberIds: ['m1', 'x9'] }), ctx);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.errors['staffMemberIds.1']).toContain('不是本会政协委员');
    expect(!v.ok && v.errors.staffMemberIds).toContain('第2名工作人员');
    const three = validateStationInput(input({ staffMemberIds: ['m1', 'm2', 'm3'] }), ctx);
    expect(!three.ok && three.errors.staffMemberIds).toBe('工作人员为1至2名');
    const none = validateStationInput(input({ staffMemberIds: [] }), ctx);
    expect(!none.ok && none.errors.staffMemberIds).toBe('请选择1至2名工作人员');
  });

  it('refuses a township outside the dictionary, a future founding date and negative counts', () => {
    const v = validateStationInput(input({ township: '火星镇', establishedDate: '2026-01-01', work: [{ date: '2025-03-01', opinions: -1, problems: 0, note: '' }] }), ctx);
    expect(!v.ok && v.errors['work.0.opinions']).toBe('收集意见条数不能为负数');
    const w = validateStationInput(input({ township: '火星镇', establishedDate: '2026-01-01' }), ctx);
    expect(!w.ok && w.errors).toEqual({ township: '乡镇“火星镇”不在字典中，请先在设置中添加', establishedDate: '成立日期不能晚于今天' });
  });
});

describe('computeStationFigures', () => {
  // By hand, for 2025:
  //  s1 东门镇 est. 2025-02-01, staff m1 m2, all eight by 2025-03-01; work 2025-04-01 5 opinions 2 problems, 2024-12-01 9/9 (last year).
  //  s2 四把镇 est. 2025-05-01, staff m3, seven items (no 有工作经费); work 2025-08-01 3/1.
  //  s3 黄金镇 est. 2025-09-01, staff m4 m5, all eight on 2025-09-01.
  //  s4 龙岸镇 deleted → nowhere.
  //  Members: a 东门镇, b 东门镇 (left 2025-04-30), c 四把镇, d 黄金镇, e 龙岸镇, f deleted in 东门镇.
  //  Activities organised by 乡镇: x 东门镇 2025-03-10, y 四把镇 2025-06-01, z 黄金镇 2025-10-01,
  //  w 龙岸镇 2025-03-01 (no station), v 东门镇 2024-05-01 (last year), u 东门镇 deleted; t by 界别 东门镇.
  const stations = [
    testStation('s1', { township: '东门镇', establishedDate: '2025-02-01', staffMemberIds: ['m1', 'm2'], checklist: all8('2025-03-01'),
      work: [newRow({ date: '2024-12-01', opinions: 9, problems: 9, note: '' }, '2024-12-01T08:00:00.000Z'), newRow({ date: '2025-04-01', opinions: 5, problems: 2, note: '' }, '2025-04-01T08:00:00.000Z')] }),
    testStation('s2', { township: '四把镇', establishedDate: '2025-05-01', staffMemberIds: ['m3'], checklist: all8('2025-05-01').filter((c) => c.item !== '有工作经费'),
      work: [newRow({ date: '2025-08-01', opinions: 3, problems: 1, note: '' }, '2025-08-01T08:00:00.000Z')] }),
    testStation('s3', { township: '黄金镇', establishedDate: '2025-09-01', staffMemberIds: ['m4', 'm5'], checklist: all8('2025-09-01') }),
    testStation('s4', { township: '龙岸镇', establishedDate: '2025-01-01', deletedAt: '2025-02-01T00:00:00.000Z', checklist: all8('2025-01-01') }),
  ];
  const members = [
    testMember('a', { township: '东门镇' }), testMember('b', { township: '东门镇', status: '调离', statusDate: '2025-04-30' }),
    testMember('c', { township: '四把镇' }), testMember('d', { township: '黄金镇' }), testMember('e', { township: '龙岸镇' }),
    testMember('f', { township: '东门镇', deletedAt: '2025-01-02T00:00:00.000Z' }),
  ];
  const activities = [
    testActivity('x', { startDate: '2025-03-10', organizerKind: '乡镇', organizer: '东门镇' }),
    testActivity('y', { startDate: '2025-06-01', organizerKind: '乡镇', organizer: '四把镇' }),
    testActivity('z', { startDate: '2025-10-01', organizerKind: '乡镇', organizer: '黄金镇' }),
    testActivity('w', { startDate: '2025-03-01', organizerKind: '乡镇', organizer: '龙岸镇' }),
    testActivity('v', { startDate: '2024-05-01', organizerKind: '乡镇', organizer: '东门镇' }),
    testActivity('u', { startDate: '2025-03-11', organizerKind: '乡镇', organizer: '东门镇', deletedAt: '2025-04-01T00:00:00.000Z' }),
    testActivity('t', { startDate: '2025-03-12', organizerKind: '界别', organizer: '东门镇' }),
  ];
  const input = { stations, members, activities, townships: ['东门镇', '四把镇', '黄金镇', '龙岸镇', '天河镇'] };

  it('counts the whole of 2025', () => {
    const f = computeStationFigures(input, 2025);
    expect(f.townships).toBe(5);
    expect(f.built.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(f.complete.map((s) => s.id)).toEqual(['s1', 's3']);
    expect([f.staffMin, f.staffMax]).toEqual([1, 2]);
    // In the office's range style, as the documents write it: 1至2名 unless the office chose another.
    expect(staffRangeText(f)).toBe('1至2名');
    expect(staffRangeText(f, { rangeStyle: '—', rateDecimals: 1 })).toBe('1—2名');
    expect(f.residents.map((m) => m.id)).toEqual(['a', 'c', 'd']); // b left in April, e has no station, f deleted
    expect(f.activities.map((a) => a.id)).toEqual(['x', 'y', 'z']);
    expect([f.opinionsCollected, f.problemsSolved]).toEqual([8, 3]);
  });

  it('counts 2025 up to the end of April: only 东门镇 is built, and b still serves', () => {
    const f = computeStationFigures(input, 2025, '2025-04-29');
    expect(f.built.map((s) => s.id)).toEqual(['s1']);
    expect(f.complete.map((s) => s.id)).toEqual(['s1']);
    expect(staffRangeText(f)).toBe('2名');
    expect(f.residents.map((m) => m.id)).toEqual(['a', 'b']);
    expect(f.activities.map((a) => a.id)).toEqual(['x']);
    expect([f.opinionsCollected, f.problemsSolved]).toEqual([5, 2]);
  });

  it('counts nothing built before the first station, and a checklist complete only from its last date', () => {
    const f = computeStationFigures(input, 2025, '2025-01-31');
    expect([f.built.length, f.complete.length, f.staffMin, f.staffMax, f.residents.length]).toEqual([0, 0, 0, 0, 0]);
    expect(computeStationFigures(input, 2025, '2025-02-28').complete).toEqual([]);
    expect(checklistCompletedOn(stations[0]!)).toBe('2025-03-01');
    expect(checklistCompletedOn(stations[1]!)).toBeNull();
  });
});
