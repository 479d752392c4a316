// The sample's grass-roots work: a 联络站 in most townships, staffed by members who live
// there, with the "八个有" met over the first months; some activities organised by 界别 and 乡镇
// and linked to each year's 主题实践活动; "三个一" links with deeds; 文史资料 collected and
// published and members interviewed. Nothing is dated after `today`. Its own random source, so
// the records generated before it stay as they were.
import type { Activity } from '../activities/activity';
import type { Member } from '../members/member';
import type { Station, StationWork } from '../stations/station';
import { EIGHT_HAS } from '../stations/station';
import type { Campaign } from '../campaigns/campaign';
import { DEED_KINDS, type Deed, type Pairing } from '../pairings/pairing';
import type { CultureRecord } from '../culture/culture';
import { ACTIVITY_TYPES } from '../dictionaries/activity-types';
import { DEFAULT_SECTORS } from '../dictionaries/default-dictionaries';
import { SAMPLE_CULTURE_SERIES, SAMPLE_MATERIALS, SAMPLE_OUTLETS, SAMPLE_TOWNSHIPS } from './sample-places';
import type { Random } from './seeded-random';
import { newRow } from '../common/row-stamps';

const THEMES = ['委员履职进乡村', '助力脱贫攻坚 委员在行动', '聚焦乡村振兴 彰显委员担当', '委员履职为民 服务中心大局', '建言高质量发展'];
const VILLAGES = ['平安村', '红星村', '长乐村', '上寨村', '古井村', '德兴村', '石门村', '龙腾村', '新安村', '大湾村'];
const HOUSEHOLDS = '韦覃吴谢潘银罗梁莫蒙';
const DEED_TEXT: Record<(typeof DEED_KINDS)[number], string[]> = {
  出钱出力: ['捐助助学金', '帮助购买种苗', '慰问困难群众', '捐赠生产物资'],
  建言建策: ['为发展特色种植出主意', '提出产业发展建议', '协调技术培训'],
  办实事好事: ['修缮村道', '帮助联系务工岗位', '协调解决饮水问题'],
};

function stamp(date: string) {
  const at = `${date}T09:00:00.000Z`;
  return { createdAt: at, updatedAt: at, deletedAt: null };
}

/** A date of `year` on day `day` (0-based), or null when it would be after today. */
function dateIn(year: number, day: number, today: string): string | null {
  const d = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
  return d <= today ? d : null;
}

/** The same, but today when it would be later: what the sample must have whatever the day (its first year is never after today's). */
function dateByToday(year: number, day: number, today: string): string {
  return dateIn(year, day, today) ?? today;
}

export interface SampleGrassRoots {
  /** The activities, some now organised by a 界别 or a 乡镇 (the rest as given). */
  activities: Activity[];
  stations: Station[];
  campaigns: Campaign[];
  pairings: Pairing[];
  culture: CultureRecord[];
}

export function makeSampleGrassRoots(r: Random, firstYear: number, years: number, members: readonly Member[], given: readonly Activity[], today: string, makeId: () => string): SampleGrassRoots {
  // About a third of the activities other than meetings are organised by a 界别 or a 乡镇: the
  // campaign's own work. A 全体会议 or 常委会议 stays the committee's.
  const meetings = new Set<string>(ACTIVITY_TYPES.filter((t) => t.category === '会议').map((t) => t.name));
  // Each year's first such activity is one, so every year has its 主题实践活动 work.
  const firstOfYear = new Set<string>();
  const seenYears = new Set<number>();
  for (const a of given) {
    if (meetings.has(a.type) || seenYears.has(a.year)) continue;
    seenYears.add(a.year);
    firstOfYear.add(a.id);
  }
  const activities = given.map((a) => {
    if (meetings.has(a.type) || (!firstOfYear.has(a.id) && !r.chance(0.4))) return a;
    return r.chance(0.5) ? { ...a, organizerKind: '界别' as const, organizer: r.pick(DEFAULT_SECTORS) } : { ...a, organizerKind: '乡镇' as const, organizer: r.pick(SAMPLE_TOWNSHIPS) };
  });

  const stations: Station[] = [];
  for (const township of SAMPLE_TOWNSHIPS) {
    const established = dateByToday(firstYear, r.int(20, 80), today);
    if (r.chance(0.1)) continue;
    const local = members.filter((m) => m.township === township && m.status === '在任');
    const pool = local.length ? local : members;
    const staff = [...new Set([r.pick(pool).id, ...(r.chance(0.5) ? [r.pick(pool).id] : [])])];
    const checklist = EIGHT_HAS.filter(() => r.chance(0.9)).map((item) => ({ item, date: dateByToday(firstYear, r.int(80, 160), today) }));
    const work: StationWork[] = [];
    for (let y = 0; y < years; y++) {
      for (let k = r.int(1, 3); k > 0; k--) {
        const date = dateIn(firstYear + y, r.int(100, 360), today);
        if (date) work.push(newRow({ date, opinions: r.int(2, 15), problems: r.int(0, 6), note: '走访驻地群众收集意见' }, stamp(date).createdAt, makeId()));
      }
    }
    work.sort((a, b) => a.date.localeCompare(b.date));
    stations.push({ id: makeId(), ...stamp(established), township, establishedDate: established, head: `${r.pick([...HOUSEHOLDS])}${r.pick(['明', '华', '强', '勇', '芳'])}`, staffMemberIds: staff, checklist, work, note: '', isSample: true });
  }

  const campaigns: Campaign[] = [];
  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    const linked = activities.filter((a) => a.year === year && a.deletedAt === null && (a.organizerKind === '界别' || a.organizerKind === '乡镇')).map((a) => a.id);
    if (linked.length === 0) continue;
    campaigns.push({ id: makeId(), ...stamp(`${year}-01-15`), year, theme: THEMES[y % THEMES.length]!, activityIds: linked, note: '', isSample: true });
  }

  const pairings: Pairing[] = [];
  const links = Math.max(3, Math.round(members.length / 10));
  for (let i = 0; i < links; i++) {
    const start = dateByToday(firstYear, r.int(30, 120), today);
    const bySector = r.chance(0.15);
    const deeds: Deed[] = [];
    for (let y = 0; y < years; y++) {
      for (let k = r.int(1, 3); k > 0; k--) {
        const date = dateIn(firstYear + y, r.int(121, 360), today);
        if (!date) continue;
        const kind = r.pick(DEED_KINDS);
        deeds.push({ id: makeId(), ...stamp(date), date, kind, description: r.pick(DEED_TEXT[kind]), amountYuan: kind === '出钱出力' ? r.int(5, 200) * 100 : 0 });
      }
    }
    pairings.push({
      id: makeId(), ...stamp(start), linkKind: bySector ? '界别' : '委员', memberId: bySector ? null : r.pick(members).id, sector: bySector ? r.pick(DEFAULT_SECTORS) : '',
      village: r.pick(VILLAGES), households: [...new Set(Array.from({ length: r.int(1, 3) }, () => `${r.pick([...HOUSEHOLDS])}${r.pick(['大', '二', '三', '四', '五'])}`))],
      startDate: start, note: '', deeds, isSample: true,
    });
  }

  const culture: CultureRecord[] = [];
  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    for (let k = r.int(2, 5); k > 0; k--) {
      const date = dateIn(year, r.int(0, 360), today);
      if (date) culture.push({ id: makeId(), ...stamp(date), kind: '征集', date, year, title: r.pick(SAMPLE_MATERIALS), note: '', isSample: true, contributor: r.pick(members).name, characters: r.int(3, 40) * 1000, photos: r.int(0, 30) });
    }
    const published = dateIn(year, r.int(200, 340), today);
    if (published && r.chance(0.6)) culture.push({ id: makeId(), ...stamp(published), kind: '出版', date: published, year, title: SAMPLE_CULTURE_SERIES, note: '', isSample: true, volumeNumber: y + 1, characters: r.int(10, 30) * 10000, copies: r.int(5, 20) * 100 });
    for (let k = r.int(1, 4); k > 0; k--) {
      const date = dateIn(year, r.int(0, 360), today);
      if (date) culture.push({ id: makeId(), ...stamp(date), kind: '采访', date, year, title: '', note: '', isSample: true, memberId: r.pick(members).id, outlet: r.pick(SAMPLE_OUTLETS) });
    }
  }
  return { activities, stations, campaigns, pairings, culture };
}
