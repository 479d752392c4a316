import { describe, expect, it } from 'vitest';
import { calledMembers, markByName } from './called-members';
import { callRuleFor, callRuleLabel, withCallRule, type MeetingCalls } from './meeting-calls';
import { emptyMemberFields, type Member } from '../members/member';
import type { ParticipantInput } from './activity';
import { nameMatches, nameSpelledOut } from '../members/name-match';

const m = (id: string, name: string, role: Member['role'], extra: Partial<Member> = {}): Member => ({
  ...emptyMemberFields(9), id, name, role, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null, ...extra,
});

const roll = [
  m('a', '王明', '主席'), m('b', '李华', '副主席', { sector: '教育界' }), m('c', '张强', '秘书长'), m('d', '赵敏', '常委'),
  m('e', '王敏', '委员', { sector: '农业界' }), m('f', '刘洋', '委员', { status: '调离', statusDate: '2025-06-01', sector: '教育界' }),
  m('g', '陈静', '常委', { status: '去世', statusDate: '2025-02-01' }), m('h', '孙丽', '委员', { deletedAt: '2025-03-01T00:00:00.000Z', sector: '农业界' }),
];
const ids = (ms: Member[] | null) => ms?.map((x) => x.id);

/** Whom a meeting of this type code calls on the date, under the office's settings (none: the defaults). */
const called = (code: string | undefined, date: string, calls?: MeetingCalls) => ids(calledMembers(callRuleFor(code, calls), roll, date));

describe('who a meeting calls by default (as before the setting existed)', () => {
  it('a 全体会议 calls every member serving on its date (left after it counts, left before or deleted does not)', () => {
    expect(called('plenary', '2025-03-05')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(called('plenary', '2025-01-20')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(called('plenary', '2025-07-01')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a 常委会议 calls the 常委会组成人员, a 主席会议 the 主席、副主席、秘书长, other types no fixed list', () => {
    expect(called('standing', '2025-03-05')).toEqual(['a', 'b', 'c', 'd']);
    expect(called('chairs', '2025-03-05')).toEqual(['a', 'b', 'c']);
    for (const code of ['inspection', 'secretaries', 'custom-x', undefined]) expect(called(code, '2025-03-05')).toBeUndefined();
    // Settings that set other types leave these three as they were.
    const others = withCallRule(undefined, 'inspection', { kind: 'all' });
    expect(called('standing', '2025-03-05', others)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('who a meeting calls, as the office sets it per type', () => {
  it('changing a type’s setting changes who is filled', () => {
    let calls = withCallRule(undefined, 'standing', { kind: 'chairs' });
    expect(called('standing', '2025-03-05', calls)).toEqual(['a', 'b', 'c']);
    calls = withCallRule(calls, 'plenary', { kind: 'none' });
    expect(called('plenary', '2025-03-05', calls)).toBeUndefined();
    // 指定界别: the members of those 界别 serving on the date (f left on 2025-06-01).
    calls = withCallRule(calls, 'custom-x', { kind: 'sectors', sectors: ['教育界', '农业界'] });
    expect(called('custom-x', '2025-03-05', calls)).toEqual(['b', 'e', 'f']);
    expect(called('custom-x', '2025-07-01', calls)).toEqual(['b', 'e']);
    expect(called('inspection', '2025-03-05', calls)).toBeUndefined();
  });

  it('stores only what differs from the default, so a type set back to it follows the default again', () => {
    const calls = withCallRule(withCallRule(undefined, 'plenary', { kind: 'standing' }), 'inspection', { kind: 'all' });
    expect(calls).toEqual({ plenary: { kind: 'standing' }, inspection: { kind: 'all' } });
    expect(withCallRule(calls, 'plenary', { kind: 'all' })).toEqual({ inspection: { kind: 'all' } });
    expect(withCallRule(calls, 'inspection', { kind: 'none' })).toEqual({ plenary: { kind: 'standing' } });
    expect(callRuleLabel({ kind: 'sectors', sectors: ['教育界', '农业界'] })).toBe('指定界别的委员（教育界、农业界）');
  });
});

describe('marking 请假 and 缺席 by name or pinyin initials', () => {
  const names = new Map(roll.map((x) => [x.id, x.name]));
  const nameOf = (id: string) => names.get(id) ?? '';
  // Pinyin keys written by hand for these names (the screen gets them from pinyin-pro).
  const spelled: Record<string, string[]> = { 王明: ['wm', 'wangming'], 李华: ['lh', 'lihua'], 王敏: ['wm', 'wangmin'], 赵敏: ['zm', 'zhaomin'] };
  const matches = (name: string, q: string) => nameMatches(name, q, (n) => spelled[n] ?? []);
  const rows: ParticipantInput[] = ['a', 'b', 'd', 'e'].map((memberId) => ({ memberId, status: '出席', reason: '' }));

  it('marks the one person the initials or characters name', () => {
    const r = markByName(rows, 'lh', '请假', nameOf, matches);
    expect(r.ok && r.name).toBe('李华');
    expect(r.ok && r.rows.map((x) => x.status)).toEqual(['出席', '请假', '出席', '出席']);
    const s = markByName(rows, '赵敏', '缺席', nameOf, matches);
    expect(s.ok && s.rows.map((x) => x.status)).toEqual(['出席', '出席', '缺席', '出席']);
  });

  it('says when the query names several or nobody, and changes nothing', () => {
    expect(markByName(rows, 'wm', '请假', nameOf, matches)).toEqual({ ok: false, message: '“wm”对应2人（王明、王敏），请多输入几个字' });
    expect(markByName(rows, 'wangmi', '请假', nameOf, matches)).toEqual({ ok: false, message: '“wangmi”对应2人（王明、王敏），请多输入几个字' });
    const one = markByName(rows, 'wangming', '请假', nameOf, matches);
    expect(one.ok && one.name).toBe('王明');
    expect(markByName(rows, '张强', '请假', nameOf, matches)).toEqual({ ok: false, message: '参加人员中没有“张强”' });
    expect(markByName(rows, ' ', '请假', nameOf, matches)).toEqual({ ok: false, message: '请输入姓名或拼音首字母' });
  });

  it('of several matches, marks the one the query spells out whole (wm is 王明 beside 王明辉)', () => {
    const keys: Record<string, string[]> = { 王明: ['wm', 'wangming'], 王明辉: ['wmh', 'wangminghui'], 王敏: ['wm', 'wangmin'] };
    const names2 = new Map([['x', '王明'], ['y', '王明辉']]);
    const two: ParticipantInput[] = ['x', 'y'].map((memberId) => ({ memberId, status: '出席', reason: '' }));
    const keysOf = (n: string) => keys[n] ?? [];
    const spelledOut = (n: string, q: string) => nameSpelledOut(n, q, keysOf);
    const byKeys = (n: string, q: string) => nameMatches(n, q, keysOf);
    const r = markByName(two, 'wm', '请假', (id) => names2.get(id) ?? '', byKeys, spelledOut);
    expect(r.ok && r.name).toBe('王明');
    const c = markByName(two, '王明', '缺席', (id) => names2.get(id) ?? '', byKeys, spelledOut);
    expect(c.ok && c.name).toBe('王明');
    // Two spelled out whole (王明 and 王敏 are both wm) is still said.
    expect(markByName(rows, 'wm', '请假', nameOf, matches, (n, q) => nameSpelledOut(n, q, (x) => spelled[x] ?? [])).ok).toBe(false);
  });
});
