import { describe, expect, it } from 'vitest';
import { emptyActivityFields, validateActivityInput } from './activity';
import { dictionariesFrom } from '../dictionaries/dictionary-kinds';
import { defaultDictionaryEntries } from '../dictionaries/default-dictionaries';
import { formatAttendanceRate, summarizeAttendance } from './attendance-summary';

const dicts = dictionariesFrom(defaultDictionaryEntries('2025-01-01T00:00:00.000Z'));
const members = new Set(['m1', 'm2', 'm3']);
const fields = (extra: Record<string, unknown> = {}) => ({ ...emptyActivityFields('2025-04-10'), title: '视察乡村振兴', type: '视察', ...extra });

describe('activity validation', () => {
  it('accepts a well-formed inspection', () => {
    const r = validateActivityInput({ fields: fields(), participants: [{ memberId: 'm1', status: '出席', reason: '' }] }, dicts, members);
    expect(r.ok).toBe(true);
  });
  it('refuses an end before the start, at the end date', () => {
    const r = validateActivityInput({ fields: fields({ endDate: '2025-04-09' }), participants: [] }, dicts, members);
    expect(r).toEqual({ ok: false, errors: { 'fields.endDate': '结束日期不能早于开始日期' } });
  });
  it('refuses a participant listed twice and names the row', () => {
    const p = { memberId: 'm2', status: '出席', reason: '' };
    const r = validateActivityInput({ fields: fields(), participants: [p, { memberId: 'm1', status: '出席', reason: '' }, p] }, dicts, members);
    expect(r).toEqual({ ok: false, errors: { 'participants.2.memberId': '第3位参加人员与第1位重复' } });
  });
  it('refuses an unknown activity type and an unknown member', () => {
    const r = validateActivityInput({ fields: fields({ type: '喝茶' }), participants: [{ memberId: 'zz', status: '出席', reason: '' }] }, dicts, members);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors['fields.type']).toBe('活动类型“喝茶”不在字典中，请先在设置中添加');
    expect(!r.ok && r.errors['participants.0.memberId']).toBe('第1位参加人员不在委员名单中');
  });
  it('refuses adopted suggestions exceeding those made, and negative counts', () => {
    const more = validateActivityInput({ fields: fields({ outcomes: { reports: [], suggestions: 2, sentTo: [], adopted: 3 } }), participants: [] }, dicts, members);
    expect(!more.ok && more.errors['fields.outcomes.adopted']).toBe('采纳条数不能多于建议条数');
    const negative = validateActivityInput({ fields: fields({ outcomes: { reports: [], suggestions: -1, sentTo: [], adopted: 0 } }), participants: [] }, dicts, members);
    expect(!negative.ok && negative.errors['fields.outcomes.suggestions']).toBe('建议条数不能为负数');
  });
  it('refuses an impossible date at its field', () => {
    const r = validateActivityInput({ fields: fields({ startDate: '2025-02-30' }), participants: [] }, dicts, members);
    expect(!r.ok && r.errors['fields.startDate']).toBe('请填写正确的开始日期，格式如 2025-03-05');
  });
});

describe('attendance summary', () => {
  it('counts 应到 and 实到 and ignores deleted rows', () => {
    const rows = [
      { status: '出席' as const, deletedAt: null }, { status: '出席' as const, deletedAt: null },
      { status: '请假' as const, deletedAt: null }, { status: '缺席' as const, deletedAt: null },
      { status: '出席' as const, deletedAt: '2025-01-01T00:00:00.000Z' },
    ];
    expect(summarizeAttendance(rows)).toEqual({ expected: 4, present: 2, excused: 1, absent: 1, rate: 0.5 });
    expect(summarizeAttendance([]).rate).toBeNull();
  });
  it('writes rates with up to one decimal', () => {
    expect(formatAttendanceRate({ present: 4, expected: 4 })).toBe('100%');
    expect(formatAttendanceRate({ present: 79, expected: 80 })).toBe('98.8%');
    expect(formatAttendanceRate({ present: 2, expected: 3 })).toBe('66.7%');
    expect(formatAttendanceRate({ present: 0, expected: 0 })).toBe('—');
  });
});
