// For tests of grass-roots figures (stations, campaigns, pairings, culture): members,
// activities and stations with sensible defaults, so a test states only what it is about.
import type { Activity, Attendance } from '../activities/activity';
import { emptyActivityFields } from '../activities/activity';
import { emptyMemberFields, type Member } from '../members/member';
import type { Station } from './station';

const STAMP = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null };

export function testMember(id: string, patch: Partial<Member> = {}): Member {
  return { ...emptyMemberFields(9), id, ...STAMP, name: `委员${id}`, ...patch };
}

/** An activity; `present` lists members who attended (出席), `absent` those who did not. */
export function testActivity(id: string, patch: Partial<Activity> & { present?: string[]; absent?: string[] } = {}): Activity {
  const { present = [], absent = [], ...rest } = patch;
  const startDate = rest.startDate ?? '2025-03-01';
  const row = (memberId: string, status: Attendance['status']): Attendance => ({ id: `${id}-${memberId}`, ...STAMP, memberId, status, reason: '' });
  const participants = [...present.map((m) => row(m, '出席')), ...absent.map((m) => row(m, '缺席'))];
  return {
    ...emptyActivityFields(startDate), id, ...STAMP, title: `活动${id}`, type: '视察', year: Number(startDate.slice(0, 4)),
    participants, memberIds: participants.map((p) => p.memberId),
    ...rest,
  };
}

export function testStation(id: string, patch: Partial<Station> = {}): Station {
  return {
    id, ...STAMP, township: '东门镇', establishedDate: '2025-02-01', head: '', staffMemberIds: ['m1'], checklist: [], work: [], note: '', isSample: false,
    ...patch,
  };
}
