// Attendance of the meetings with a roll (activity-types.ts meetingWithAttendance: 全体会议,
// 常委会议, 主席会议, 秘书长会议): 应到 (everyone on the list), 实到 (出席), 请假, 缺席 in 人次, and
// the attendance rate 实到 ÷ 应到 — no rate (—) when nobody was expected. The home screen shows
// these same figures. Their numbers of meetings are the activity figures activities.type.<code>.
import type { Attendance, AttendanceStatus } from '../../activities/activity';
import { listedOnRead, rateResult, recordCount } from '../figure-result';
import { type FigureDefinition, withSynonyms } from '../figure-types';
import { ACTIVITY_TYPES } from '../../dictionaries/activity-types';
import { activitySlice } from './figure-slices';

const GROUP = '会议';

function rows(code: string, statuses: readonly AttendanceStatus[]): FigureDefinition['count'] {
  return (ledger, scope) => {
    const s = activitySlice(ledger, scope);
    const meetings = s.ofCode(code);
    const counted = (r: Attendance) => statuses.includes(r.status);
    let times = 0;
    for (const a of meetings) for (const r of s.rowsOf(a)) if (counted(r)) times++;
    return listedOnRead(times, times, () => meetings.flatMap((a) => s.rowsOf(a).filter(counted).map((r) => s.rowRef(a, r))));
  };
}

export const MEETING_FIGURES: readonly FigureDefinition[] = withSynonyms(ACTIVITY_TYPES.filter((t) => t.meetingWithAttendance).flatMap(({ code, name: type }) => {
  const slug = code;
  const present = rows(code, ['出席']);
  const expected = rows(code, ['出席', '请假', '缺席']);
  return [
    { key: `meetings.${slug}.expected`, label: `${type}应到`, unit: '人次', group: GROUP, count: expected, synonyms: [`${type}应出席`, `${type}应到会`] },
    { key: `meetings.${slug}.present`, label: `${type}实到`, unit: '人次', group: GROUP, count: present, synonyms: [`${type}实际出席`, `${type}实到会`] },
    { key: `meetings.${slug}.excused`, label: `${type}请假`, unit: '人次', group: GROUP, count: rows(code, ['请假']) },
    { key: `meetings.${slug}.absent`, label: `${type}缺席`, unit: '人次', group: GROUP, count: rows(code, ['缺席']) },
    {
      key: `meetings.${slug}.rate`, label: `${type}出席率`, unit: '%', group: GROUP,
      count(ledger, scope) {
        const p = present(ledger, scope);
        const base = expected(ledger, scope).value;
        return rateResult({ part: p.value, whole: base }, recordCount(p), () => p.records, base === 0 ? { noBase: true } : {});
      },
    },
  ] satisfies FigureDefinition[];
}), {
  'meetings.plenary.expected': ['全体会议应到'],
  'meetings.plenary.present': ['全体会议实到'],
  'meetings.plenary.rate': ['全体会议出席率'],
  'meetings.standing.expected': ['常委会议应到', '常委会应到'],
  'meetings.standing.present': ['常委会议实到', '常委会实到'],
  'meetings.standing.rate': ['常委会议出席率', '常委会出席率'],
});
