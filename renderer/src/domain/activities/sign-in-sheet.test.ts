import { describe, expect, it } from 'vitest';
import { buildSignInSheet, signInPeople } from './sign-in-sheet';
import { emptyActivityFields, type Activity, type Attendance } from './activity';
import { emptyMemberFields, type Member } from '../members/member';

const STAMP = '2025-01-01T00:00:00.000Z';
const m = (id: string, name: string, sector: string, workplace = '', extra: Partial<Member> = {}): Member => ({
  ...emptyMemberFields(9), id, name, sector, workplace, createdAt: STAMP, updatedAt: STAMP, deletedAt: null, ...extra,
});
const row = (memberId: string, status: Attendance['status'] = '出席', deletedAt: string | null = null): Attendance => ({
  id: `p-${memberId}`, memberId, status, reason: '', createdAt: STAMP, updatedAt: STAMP, deletedAt,
});
const activity = (participants: Attendance[], extra: Partial<Activity> = {}): Activity => ({
  ...emptyActivityFields('2025-03-05'), id: 'act', title: '九届政协第四次全体会议', type: '全体会议', location: '县政协三楼会议室',
  year: 2025, participants, memberIds: participants.map((p) => p.memberId), createdAt: STAMP, updatedAt: STAMP, deletedAt: null, ...extra,
});

// Given in no order. By hand, 按姓氏笔画为序: 丁 (2 strokes), 王 (4), 李 张 陈 (7 each: 李 starts
// with 横; 张 and 陈 both with 折, then 张's 横 before 陈's 竖), 黄 (11). Among the 王: one-character
// given names first — 丽 (7 strokes), 明 (8), 敏 (11) — then 建国.
const ROLL = [
  m('h', '黄敏', '经济界', '县工商联副主席'), m('w1', '王明', '教育界'), m('l', '李华', '农业界', '县农业农村局局长'),
  m('d', '丁一', '中共'), m('c', '陈静', '医药卫生界'), m('z', '张强', '科技界'), m('w2', '王敏', '文艺界'),
  m('w3', '王建国', '特邀'), m('w4', '王丽', '妇联'),
];
const BY_HAND = ['丁一', '王丽', '王明', '王敏', '王建国', '李华', '张强', '陈静', '黄敏'];

describe('签到表', () => {
  it('lists the participants in surname stroke order under 序号, 姓名, 界别, 工作单位及职务 and an empty 签名', () => {
    const a = activity(ROLL.map((p) => row(p.id)));
    const { from, people } = signInPeople(a, ROLL, null);
    expect(from).toBe('participants');
    const sheet = buildSignInSheet(a, people);
    expect(sheet.title).toBe('九届政协第四次全体会议签到表');
    expect(sheet.when).toBe('时间：2025年3月5日　地点：县政协三楼会议室');
    expect(sheet.columns.map((c) => c.header)).toEqual(['序号', '姓名', '界别', '工作单位及职务', '签名']);
    expect(sheet.rows.map((r) => r[1])).toEqual(BY_HAND);
    expect(sheet.rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(sheet.rows[5]).toEqual(['6', '李华', '农业界', '县农业农村局局长', '']);
    expect(sheet.rows[1]).toEqual(['2', '王丽', '妇联', '', '']);
  });

  it('leaves 工作单位及职务 out when nobody listed has one, and the place when none is recorded', () => {
    const people = ROLL.filter((p) => !p.workplace);
    const sheet = buildSignInSheet(activity([], { location: '', endDate: '2025-03-07' }), people);
    expect(sheet.columns.map((c) => c.header)).toEqual(['序号', '姓名', '界别', '签名']);
    expect(sheet.when).toBe('时间：2025年3月5日至2025年3月7日');
    expect(sheet.rows[0]).toEqual(['1', '丁一', '中共', '']);
  });

  it('keeps 请假 and 缺席 on the sheet and leaves out rows taken off the list and members deleted since', () => {
    const roll = ROLL.map((p) => (p.id === 'z' ? { ...p, deletedAt: '2025-04-01T00:00:00.000Z' } : p));
    const a = activity([row('h', '请假'), row('d', '缺席'), row('c', '出席', '2025-03-01T00:00:00.000Z'), row('z'), row('gone')]);
    expect(signInPeople(a, roll, null).people.map((p) => p.name)).toEqual(['黄敏', '丁一']);
  });

  it('with no participants yet, lists whom the type calls, or says there is nobody', () => {
    const empty = activity([row('d', '出席', '2025-03-01T00:00:00.000Z')]);
    const called = ROLL.slice(0, 3);
    expect(signInPeople(empty, ROLL, called)).toEqual({ from: 'called', people: called });
    expect(signInPeople(empty, ROLL, null)).toEqual({ from: 'nobody', people: [] });
    expect(signInPeople(empty, ROLL, [])).toEqual({ from: 'nobody', people: [] });
  });
});
