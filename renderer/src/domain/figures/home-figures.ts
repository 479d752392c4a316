// The home screen's first figures for one year: activities by type, meetings held, members
// taking part (人次: one per 出席 row), and 应到 / 实到 / attendance rate of the plenary (全体会议)
// and standing committee (常委会议) meetings. Deleted records and rows of deleted activities
// never count.
import type { Activity, Attendance } from '../activities/activity';
import { summarizeAttendance, type AttendanceSummary } from '../activities/attendance-summary';
import type { ActivityCategory } from '../dictionaries/dictionary-kinds';

export interface HomeFigures {
  year: number;
  activityCount: number;
  byType: { type: string; count: number }[];
  meetingsHeld: number;
  participationPersonTimes: number;
  plenary: AttendanceSummary & { meetings: number };
  standing: AttendanceSummary & { meetings: number };
}

export interface HomeFiguresInput {
  activities: readonly Activity[];
  attendance: readonly Attendance[];
  categoryOf: ReadonlyMap<string, ActivityCategory>;
}

function meetingSummary(type: string, activities: readonly Activity[], rowsByActivity: Map<string, Attendance[]>) {
  const meetings = activities.filter((a) => a.type === type);
  const rows = meetings.flatMap((a) => rowsByActivity.get(a.id) ?? []);
  return { ...summarizeAttendance(rows), meetings: meetings.length };
}

export function computeHomeFigures(input: HomeFiguresInput, year: number): HomeFigures {
  const activities = input.activities.filter((a) => a.year === year && a.deletedAt === null);
  const liveIds = new Set(activities.map((a) => a.id));
  const rowsByActivity = new Map<string, Attendance[]>();
  for (const row of input.attendance) {
    if (row.year !== year || row.deletedAt !== null || !liveIds.has(row.activityId)) continue;
    const list = rowsByActivity.get(row.activityId);
    if (list) list.push(row);
    else rowsByActivity.set(row.activityId, [row]);
  }
  const counts = new Map<string, number>();
  for (const a of activities) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  let participation = 0;
  for (const rows of rowsByActivity.values()) for (const r of rows) if (r.status === '出席') participation++;
  return {
    year,
    activityCount: activities.length,
    byType: [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type, 'zh')),
    meetingsHeld: activities.filter((a) => input.categoryOf.get(a.type) === '会议').length,
    participationPersonTimes: participation,
    plenary: meetingSummary('全体会议', activities, rowsByActivity),
    standing: meetingSummary('常委会议', activities, rowsByActivity),
  };
}
