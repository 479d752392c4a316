// The home screen's first figures for one year: activities by type, meetings held, members
// taking part (人次: one per 出席 row), and 应到 / 实到 / attendance rate of the plenary (全体会议)
// and standing committee (常委会议) meetings. Deleted activities and participants taken off a
// list never count.
import { liveParticipants, type Activity } from '../activities/activity';
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
  categoryOf: ReadonlyMap<string, ActivityCategory>;
}

function meetingSummary(type: string, activities: readonly Activity[]) {
  const meetings = activities.filter((a) => a.type === type);
  return { ...summarizeAttendance(meetings.flatMap((a) => a.participants)), meetings: meetings.length };
}

export function computeHomeFigures(input: HomeFiguresInput, year: number): HomeFigures {
  const activities = input.activities.filter((a) => a.year === year && a.deletedAt === null);
  const counts = new Map<string, number>();
  for (const a of activities) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  let participation = 0;
  for (const a of activities) for (const p of liveParticipants(a)) if (p.status === '出席') participation++;
  return {
    year,
    activityCount: activities.length,
    byType: [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type, 'zh')),
    meetingsHeld: activities.filter((a) => input.categoryOf.get(a.type) === '会议').length,
    participationPersonTimes: participation,
    plenary: meetingSummary('全体会议', activities),
    standing: meetingSummary('常委会议', activities),
  };
}
