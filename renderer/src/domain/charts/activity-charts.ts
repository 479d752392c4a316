// What the home screen's charts show, counted from the ledger: a year's activities by month and
// by type, and members' participation by 界别. Pure; features/charts/ draws them with echarts.
import { liveParticipants, type Activity } from '../activities/activity';
import type { Member } from '../members/member';
import { compareByStroke } from '../common/stroke-order';
import { dictionariesFrom, type DictionaryEntry } from '../dictionaries/dictionary-kinds';
import { codeByName, nameByCode } from '../dictionaries/dictionary-codes';
import { ACTIVITY_TYPES } from '../dictionaries/activity-types';

export interface NamedCount {
  name: string;
  count: number;
}

function liveInYear(activities: readonly Activity[], year: number): Activity[] {
  return activities.filter((a) => a.year === year && a.deletedAt === null);
}

/** Twelve counts, January first, by the month an activity starts in. */
export function activitiesByMonth(activities: readonly Activity[], year: number): number[] {
  const months = Array<number>(12).fill(0);
  for (const a of liveInYear(activities, year)) months[Number(a.startDate.slice(5, 7)) - 1]!++;
  return months;
}

/**
 * The year's activities by type — the one count of them the home screen's table, its chart and the
 * report's chart all show. Counted by code, as the catalogue counts activities.type.<code>: two
 * names of one code (a type renamed while another PC still used the old name) are one row, under
 * the name the dictionary gives the code now; a name no entry knows is a row of its own. In the
 * dictionary's order, then any type since taken out of it; types with none left out.
 */
export function activitiesByType(activities: readonly Activity[], year: number, dictionary: readonly DictionaryEntry[]): NamedCount[] {
  const codeOf = codeByName(dictionary, 'activityType');
  const nameOf = nameByCode(dictionary, 'activityType');
  const counts = new Map<string, number>();
  for (const a of liveInYear(activities, year)) {
    const code = codeOf.get(a.type);
    const name = (code !== undefined ? nameOf.get(code) : undefined) ?? a.type;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const typeOrder = dictionariesFrom(dictionary).activityType;
  const order = typeOrder.length ? typeOrder : ACTIVITY_TYPES.map((t) => t.name);
  const rank = (t: string) => {
    const i = order.indexOf(t);
    return i === -1 ? order.length : i;
  };
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => rank(a.name) - rank(b.name) || compareByStroke(a.name, b.name));
}

export interface SectorParticipation {
  sector: string;
  /** 出席 rows of the year's live activities by members of the 界别 (人次). */
  personTimes: number;
  /** Members of the 界别 who attended at least once. */
  membersTakingPart: number;
}

/**
 * By 界别 in the dictionary's order (a 界别 no longer in it after them, members without one as
 * 未填界别); only 界别 with members on an activity list appear. A member's 界别 is today's.
 */
export function participationBySector(activities: readonly Activity[], members: readonly Pick<Member, 'id' | 'sector'>[], year: number, sectorOrder: readonly string[]): SectorParticipation[] {
  const sectorOf = new Map(members.map((m) => [m.id, m.sector || '未填界别']));
  const times = new Map<string, number>();
  const people = new Map<string, Set<string>>();
  for (const a of liveInYear(activities, year)) {
    for (const p of liveParticipants(a)) {
      if (p.status !== '出席') continue;
      const sector = sectorOf.get(p.memberId);
      if (sector === undefined) continue;
      times.set(sector, (times.get(sector) ?? 0) + 1);
      if (!people.has(sector)) people.set(sector, new Set());
      people.get(sector)!.add(p.memberId);
    }
  }
  const rank = (s: string) => (s === '未填界别' ? Number.MAX_SAFE_INTEGER : sectorOrder.includes(s) ? sectorOrder.indexOf(s) : sectorOrder.length);
  return [...times]
    .map(([sector, personTimes]) => ({ sector, personTimes, membersTakingPart: people.get(sector)!.size }))
    .sort((a, b) => rank(a.sector) - rank(b.sector) || compareByStroke(a.sector, b.sector));
}
