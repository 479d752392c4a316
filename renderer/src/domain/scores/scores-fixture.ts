// A ledger small enough to score by hand (member-duty.test.ts works every answer out), shared
// by the scoring, table and export tests.
import { emptyActivityFields, withDerivedFields, type Activity, type AttendanceStatus } from '../activities/activity';
import { activityCategoryMap } from '../dictionaries/dictionary-kinds';
import { codeByName } from '../dictionaries/dictionary-codes';
import { defaultDictionaryEntries } from '../dictionaries/default-dictionaries';
import { emptyMemberFields, type Member } from '../members/member';
import { step, submitted } from '../proposals/proposal-fixtures';
import type { Proposal } from '../proposals/proposal';
import type { DutyInput, OpinionForScoring } from './member-duty';

const at = '2025-01-01T00:00:00.000Z';

export function member(id: string, name: string, sector: string, extra: Partial<Member> = {}): Member {
  return { ...emptyMemberFields(9), id, createdAt: at, updatedAt: at, deletedAt: null, name, sector, ...extra };
}

type Row = [memberId: string, status: AttendanceStatus, removed?: boolean];

export function activity(id: string, type: string, start: string, end: string, rows: Row[], deleted = false): Activity {
  const participants = rows.map(([memberId, status, removed], i) => ({ id: `${id}-r${i}`, createdAt: at, updatedAt: at, deletedAt: removed ? at : null, memberId, status, reason: '' }));
  return withDerivedFields({ ...emptyActivityFields(start), endDate: end, id, createdAt: at, updatedAt: at, deletedAt: deleted ? at : null, title: `${type}${id}`, type, participants });
}

// 张三 (a), 李四 (b), 王五 (c).
export const MEMBERS = [member('a', '张三', '教育'), member('b', '李四', '中共'), member('c', '王五', '教育')];

export const ACTIVITIES: Activity[] = [
  // Three days: six half-days.
  activity('plenary', '全体会议', '2025-01-08', '2025-01-10', [['a', '出席'], ['b', '请假'], ['c', '缺席']]),
  activity('standing', '常委会议', '2025-03-01', '2025-03-01', [['a', '出席'], ['b', '出席']]),
  activity('chair', '主席会议', '2025-04-01', '2025-04-01', [['a', '缺席']]),
  activity('inspect', '视察', '2025-05-10', '2025-05-10', [['a', '出席'], ['c', '出席']]),
  // b was taken off the list: not counted.
  activity('research', '调研', '2025-06-01', '2025-06-02', [['a', '出席'], ['b', '出席', true]]),
  activity('consult', '专题协商会', '2025-07-01', '2025-07-01', [['b', '出席']]),
  activity('gone', '视察', '2025-08-01', '2025-08-01', [['a', '出席']], true),
  activity('last-year', '常委会议', '2024-12-01', '2024-12-01', [['a', '出席']]),
];

const key = { key: true, leaders: ['王书记'], activityIds: [] };
const registered = (id: string, n: number, lead: string, co: string[]) => step(submitted(id, n, { proposerKind: co.length ? '联名' : '个人', leadMemberId: lead, coSignerIds: co }), 'accept', { note: '' });

export const PROPOSALS: Proposal[] = [
  step(registered('p1', 1, 'a', ['b', 'c']), 'key', key),
  step(submitted('p2', 2, { leadMemberId: 'a' }), 'reject', { reason: '内容空泛、没有具体建议', rejectedAs: '社情民意信息', note: '' }),
  registered('p3', 3, 'b', ['a']),
  submitted('p4', 4, { proposerKind: '集体', leadMemberId: null, collectiveKind: '党派', collectiveName: '民盟县委' }),
  { ...registered('p5', 5, 'a', []), deletedAt: at },
  // Counts for 2024, not 2025.
  { ...registered('p6', 6, 'a', []), receivedDate: '2024-12-20', year: 2024 },
];

const adopted = [{ level: '市' as const, nationalMode: null, date: '2025-05-01', note: '' }];
export const OPINIONS: OpinionForScoring[] = [
  { memberIds: ['a'], year: 2025, adoptions: adopted, deletedAt: null },
  { memberIds: ['a'], year: 2025, adoptions: [], deletedAt: null },
  { memberIds: ['a'], year: 2025, adoptions: adopted, deletedAt: at },
  { memberIds: ['b'], year: 2024, adoptions: adopted, deletedAt: null },
];

export const DUTY_INPUT: DutyInput = {
  activities: ACTIVITIES,
  proposals: PROPOSALS,
  categoryOf: activityCategoryMap(defaultDictionaryEntries('2025-01-01T00:00:00.000Z')),
  codeOf: codeByName(defaultDictionaryEntries('2025-01-01T00:00:00.000Z'), 'activityType'),
  opinions: OPINIONS,
  recorded: { attendance: true, proposal: true, opinion: true },
};
