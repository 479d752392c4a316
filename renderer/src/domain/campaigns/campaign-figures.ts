// Figures of the year's 委员履职主题实践活动 up to a date: the activities linked to the year's
// campaign, grouped by the 界别 or 乡镇 that organised them, how many kinds of activity they
// were (the report writes X余类), and the members who attended (出席) at least one.
import { liveParticipants, type Activity } from '../activities/activity';
import type { Campaign } from './campaign';
import { compareChinese } from '../common/chinese-order';

export interface CampaignGroup {
  name: string;
  activities: Activity[];
}

export interface CampaignFigures {
  campaign: Campaign | null;
  activities: Activity[];
  /** The distinct activity types among them. */
  kinds: string[];
  bySector: CampaignGroup[];
  byTownship: CampaignGroup[];
  /** Distinct members present at one or more, and their attendances (人次). */
  memberIds: string[];
  personTimes: number;
}


function groupBy(activities: readonly Activity[], kind: Activity['organizerKind']): CampaignGroup[] {
  const groups = new Map<string, Activity[]>();
  for (const a of activities) {
    if (a.organizerKind !== kind || !a.organizer) continue;
    const group = groups.get(a.organizer);
    if (group) group.push(a);
    else groups.set(a.organizer, [a]);
  }
  return [...groups].map(([name, list]) => ({ name, activities: list })).sort((x, y) => y.activities.length - x.activities.length || compareChinese(x.name, y.name));
}

export function computeCampaignFigures(campaigns: readonly Campaign[], activities: readonly Activity[], year: number, until = `${year}-12-31`): CampaignFigures {
  const campaign = campaigns.find((c) => c.deletedAt === null && c.year === year) ?? null;
  const linked = new Set(campaign?.activityIds ?? []);
  const list = activities
    .filter((a) => linked.has(a.id) && a.deletedAt === null && a.year === year && a.startDate <= until)
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const members = new Set<string>();
  let personTimes = 0;
  for (const a of list) {
    for (const p of liveParticipants(a)) {
      if (p.status !== '出席') continue;
      members.add(p.memberId);
      personTimes++;
    }
  }
  return {
    campaign,
    activities: list,
    kinds: [...new Set(list.map((a) => a.type))],
    bySector: groupBy(list, '界别'),
    byTownship: groupBy(list, '乡镇'),
    memberIds: [...members],
    personTimes,
  };
}
