// 应到 / 实到 of a meeting: everyone on the participant list is expected (应到); those marked
// 出席 came (实到). Leave (请假) and absence (缺席) are counted apart because unexcused absence
// has consequences for a member.
import type { Attendance } from './activity';
import { percentText } from '../common/percent';

export interface AttendanceSummary {
  expected: number;
  present: number;
  excused: number;
  absent: number;
  /** present ÷ expected, 0..1; null when nobody was expected. */
  rate: number | null;
}

export function summarizeAttendance(rows: readonly Pick<Attendance, 'status' | 'deletedAt'>[]): AttendanceSummary {
  let present = 0;
  let excused = 0;
  let absent = 0;
  for (const r of rows) {
    if (r.deletedAt !== null) continue;
    if (r.status === '出席') present++;
    else if (r.status === '请假') excused++;
    else absent++;
  }
  const expected = present + excused + absent;
  return { expected, present, excused, absent, rate: expected === 0 ? null : present / expected };
}

/** The 出席率 as reports write it: up to one decimal, no trailing zero (98.8%, 100%); — when nobody was expected. */
export function formatAttendanceRate(s: Pick<AttendanceSummary, 'present' | 'expected'>): string {
  return percentText({ part: s.present, whole: s.expected }, 1);
}
