// Attendance of the plenary (全体会议) and standing committee (常委会议) meetings: 应到 (everyone
// on the list), 实到 (出席), 请假, 缺席 in 人次, and the attendance rate 实到 ÷ 应到, counted the
// way the home screen counts them (attendance-summary.ts). Their numbers of meetings are the
// activity figures activities.type.plenary / activities.type.standing.
import { liveParticipants, type AttendanceStatus } from '../../activities/activity';
import type { FigureDefinition } from '../figure-catalogue';
import { rateValue } from '../report-text';
import { activitySlice, attendanceRef } from './figure-slices';

const GROUP = '会议';

const MEETINGS = [
  ['全体会议', 'plenary'],
  ['常委会议', 'standing'],
] as const;

function rows(type: string, statuses: readonly AttendanceStatus[]): FigureDefinition['count'] {
  return (ledger, scope) => {
    const s = activitySlice(ledger, scope);
    const records = s.activities
      .filter((a) => a.type === type)
      .flatMap((a) => liveParticipants(a).filter((p) => statuses.includes(p.status)).map((p) => attendanceRef(a, p, s.memberById)));
    return { value: records.length, records };
  };
}

export const MEETING_FIGURES: readonly FigureDefinition[] = MEETINGS.flatMap(([type, slug]) => {
  const present = rows(type, ['出席']);
  const expected = rows(type, ['出席', '请假', '缺席']);
  return [
    { key: `meetings.${slug}.expected`, label: `${type}应到`, unit: '人次', group: GROUP, count: expected },
    { key: `meetings.${slug}.present`, label: `${type}实到`, unit: '人次', group: GROUP, count: present },
    { key: `meetings.${slug}.excused`, label: `${type}请假`, unit: '人次', group: GROUP, count: rows(type, ['请假']) },
    { key: `meetings.${slug}.absent`, label: `${type}缺席`, unit: '人次', group: GROUP, count: rows(type, ['缺席']) },
    {
      key: `meetings.${slug}.rate`, label: `${type}出席率`, unit: '%', group: GROUP,
      count(ledger, scope) {
        const p = present(ledger, scope);
        return { value: rateValue(p.value, expected(ledger, scope).value), records: p.records };
      },
    },
  ] satisfies FigureDefinition[];
});
