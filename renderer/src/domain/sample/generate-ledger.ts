// A fictional county's ledger: the benchmark's "ten years of a big county" and, smaller, the
// 示例数据 a newcomer can load at first run. Every record it makes is marked isSample so the
// sample can be shown as such and removed in one step.
import type { Ledger } from '../ledger/ledger';
import { isStandingCommitteeRole, type Member } from '../members/member';
import { withDerivedFields, type Activity, type Attendance, type AttendanceStatus } from '../activities/activity';
import type { MEMBER_ROLES } from '../members/member';
import { defaultDictionaryEntries, DEFAULT_COMMITTEES, DEFAULT_SECTORS, DEFAULT_PARTIES } from '../dictionaries/default-dictionaries';
import { SAMPLE_PLACES, SAMPLE_TOWNSHIPS, SAMPLE_WORKPLACES } from './sample-places';
import { seededRandom, type Random } from './seeded-random';
import type { CommitteeSettings, SettingsRecord } from '../settings/committee-settings';
import type { Proposal } from '../proposals/proposal';
import { makeSampleProposals } from './generate-proposals';
import { makeSampleOpinions } from './generate-opinions';
import type { Opinion } from '../opinions/opinion';
import { makeSamplePlans, makeSampleYearNotes } from './generate-plans';
import { makeSampleSupervision } from './generate-evaluations';
import { ACTIVITY_TYPES, activityTypeByCode } from '../dictionaries/activity-types';
import { activityCategoryMap } from '../dictionaries/dictionary-kinds';
import { makeSampleGrassRoots } from './generate-grassroots';

export interface SampleSize {
  firstYear: number;
  years: number;
  members: number;
  activitiesPerYear: number;
  participantsPerActivity: number;
  /** Proposals a year, 90% at that year's plenary session (九届一次会议 the first year …); none when left out. */
  proposalsPerYear?: number;
  /** 社情民意信息 a year (plus those converted from 不予立案 proposals); none when left out. */
  opinionsPerYear?: number;
  seed?: number;
  /**
   * The generating PC's date (ISO): nothing is dated after it, and in its year two plan items
   * come up in the next weeks. Left out, nothing is held back — a ledger of years long past — so
   * a fixed size gives the same ledger whatever the clock says.
   */
  today?: string;
  /**
   * The level of the office the sample is loaded into (a ledger set up already keeps its own
   * committee): the sample's notes speak of its 政府 (会同市政府督查室). Left out, the sample's own 县.
   */
  level?: CommitteeSettings['level'];
}

/** The sample a user loads: this year's ledger of a small county, `today` the PC's date. */
export function smallSampleSize(today: string): SampleSize {
  return { firstYear: Number(today.slice(0, 4)), years: 1, members: 80, activitiesPerYear: 40, participantsPerActivity: 16, proposalsPerYear: 40, opinionsPerYear: 60, today };
}
export const SAMPLE_SIZE_BIG_COUNTY: SampleSize = { firstYear: 2016, years: 10, members: 500, activitiesPerYear: 300, participantsPerActivity: 15, proposalsPerYear: 400, opinionsPerYear: 150 };

export const SAMPLE_COMMITTEE_NAME = '示例县政协（示例数据）';
const TERM_YEARS = 5;
const FIRST_TERM = 9;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文辉建国红梅兰凤玉春海波宁志宏德福永生荣庆林峰云飞燕雪琳晓东';
const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '壮族', '瑶族', '苗族', '侗族'];
const TOPICS = ['乡村振兴', '营商环境', '教育均衡发展', '医疗卫生服务', '生态环境保护', '文化旅游融合', '农村饮水安全', '民生实事'];

function personName(r: Random): string {
  const given = r.chance(0.3) ? r.pick([...GIVEN]) : r.pick([...GIVEN]) + r.pick([...GIVEN]);
  return r.pick([...SURNAMES]) + given;
}

function isoAt(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return d.toISOString().slice(0, 10);
}

function stamp(date: string) {
  const at = `${date}T09:00:00.000Z`;
  return { createdAt: at, updatedAt: at, deletedAt: null };
}

function makeMembers(r: Random, size: SampleSize, idOf: () => string, term: number): Member[] {
  return Array.from({ length: size.members }, (_, i) => {
    const role = i === 0 ? '主席' : i < 4 ? '副主席' : i === 4 ? '秘书长' : i < size.members * 0.25 ? '常委' : '委员';
    return {
      id: idOf(), ...stamp(`${size.firstYear}-01-05`),
      name: personName(r), gender: r.chance(0.35) ? '女' : '男', ethnicity: r.pick(ETHNICITIES),
      birthMonth: `${r.int(1958, 1990)}-${String(r.int(1, 12)).padStart(2, '0')}`,
      sector: r.pick(DEFAULT_SECTORS), party: r.pick(DEFAULT_PARTIES), township: r.pick(SAMPLE_TOWNSHIPS),
      workplace: r.pick(SAMPLE_WORKPLACES), role: role satisfies (typeof MEMBER_ROLES)[number], term,
      committees: r.chance(0.6) ? [r.pick(DEFAULT_COMMITTEES)] : [], phone: `138${String(r.int(10000000, 99999999))}`,
      status: '在任', statusDate: '', note: '', isSample: true,
    } satisfies Member;
  });
}

/** Who is called, and how each answered: mostly 出席, some 请假, a few 缺席. */
function attendanceOf(r: Random, called: readonly Member[], date: string, idOf: () => string): Attendance[] {
  return called.map((member) => {
    const roll = r.next();
    const status: AttendanceStatus = roll < 0.9 ? '出席' : roll < 0.98 ? '请假' : '缺席';
    return { id: idOf(), ...stamp(date), memberId: member.id, status, reason: status === '请假' ? '因公出差' : '' };
  });
}

function someMembers(r: Random, size: SampleSize, members: readonly Member[]): Member[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(size.participantsPerActivity, members.length)) chosen.add(r.int(0, members.length - 1));
  return [...chosen].map((index) => members[index]!);
}

/** The day of `year` (0-based) that the year's records may reach: today in today's year, else the year's end. */
function lastDayOf(year: number, today: string): number {
  const end = Date.UTC(year, 11, 31);
  const until = Math.min(end, Date.parse(`${today}T00:00:00Z`));
  return Math.max(0, Math.floor((until - Date.UTC(year, 0, 1)) / 86_400_000));
}

// Kinds drawn for the rest of the year: the plenary and the 常委会议 are placed, not drawn.
const DRAWN_TYPES = ACTIVITY_TYPES.filter((t) => t.code !== 'plenary' && t.code !== 'standing');

interface YearPlan {
  year: number;
  /** The plenary session's date (the settings' session date). */
  sessionDate: string;
  lastDay: number;
}

/**
 * One activity of the year, the i-th: a committee's year as it is held — its plenary session
 * first (three days, every member called), then four to six 常委会议 spread through the year
 * (the 常委会组成人员 called), a 现场办公, the rest of other kinds; none dated after today.
 */
type PlacedKind = 'plenary' | 'standing' | 'onSiteOffice';

function makeActivity(r: Random, plan: YearPlan, kind: PlacedKind | 'other', members: readonly Member[], size: SampleSize, idOf: () => string): Activity {
  const { code, name: type } = kind === 'other' ? r.pick(DRAWN_TYPES) : activityTypeByCode(kind)!;
  const { year, lastDay } = plan;
  const sessionDay = Math.min(lastDay, lastDayOf(year, plan.sessionDate));
  const startDate = kind === 'plenary' ? isoAt(year, sessionDay) : isoAt(year, r.int(Math.min(sessionDay + 1, lastDay), lastDay));
  const endDate = kind === 'plenary' ? isoAt(year, Math.min(lastDay, sessionDay + 2)) : startDate;
  const called = kind === 'plenary' ? members : kind === 'standing' ? members.filter((m) => isStandingCommitteeRole(m.role)) : someMembers(r, size, members);
  const title = kind === 'plenary' || kind === 'standing' ? `${year}年${type}` : `关于${r.pick(TOPICS)}的${type}`;
  const topic = r.pick(TOPICS);
  const suggestions = ['research', 'inspection', 'topicConsultation', 'consultationForum'].includes(code) ? r.int(3, 12) : 0;
  return withDerivedFields({
    id: idOf(), ...stamp(startDate), title, type, startDate, endDate,
    location: r.pick(SAMPLE_PLACES), organizerKind: '专委会', organizer: r.pick(DEFAULT_COMMITTEES), leaders: '', topic, summary: '',
    outcomes: {
      reports: code === 'research' ? [{ kind: '调研报告', title: `关于${topic}的调研报告` }] : code === 'inspection' ? [{ kind: '视察报告', title: `关于${topic}的视察报告` }] : [],
      suggestions, sentTo: suggestions ? ['县委', '县政府'] : [], adopted: Math.floor(suggestions / 2),
    },
    instructions: [], followUp: suggestions ? '跟踪中' : '无需跟踪', isSample: true,
    participants: attendanceOf(r, called, startDate, idOf),
  });
}

export function generateLedger(size: SampleSize, makeId: () => string = () => globalThis.crypto.randomUUID()): Ledger {
  const r = seededRandom(size.seed ?? 20251130);
  const today = size.today ?? '9999-12-31';
  const createdAt = `${size.firstYear}-01-01T08:00:00.000Z`;
  // An autonomous county is a 县: 县政府; a 区 or a county-level 市 its own.
  const government = `${size.level ?? '县'}政府`;
  // A term is five years: each year's plenary is its term's session 一 … 五 (九届一次 … 九届五次,
  // then 十届一次 …); the roll and the settings are the current term's.
  const termOf = (y: number) => FIRST_TERM + Math.floor(y / TERM_YEARS);
  const sittings = Array.from({ length: size.years }, (_, y) => ({ term: termOf(y), number: (y % TERM_YEARS) + 1, date: `${size.firstYear + y}-01-10` }));
  const currentTerm = termOf(size.years - 1);
  const members = makeMembers(r, size, makeId, currentTerm);
  const activities: Activity[] = [];
  for (let y = 0; y < size.years; y++) {
    const year = size.firstYear + y;
    const plan: YearPlan = { year, sessionDate: sittings[y]!.date, lastDay: lastDayOf(year, today) };
    // Four to six, but never most of a tiny test ledger's year.
    const standing = Math.min(r.int(4, 6), Math.floor((size.activitiesPerYear - 1) / 2));
    for (let i = 0; i < size.activitiesPerYear; i++) {
      // A 现场办公 each year too: reports of supervision work speak of it.
      const kind = i === 0 ? 'plenary' : i <= standing ? 'standing' : i === standing + 1 ? 'onSiteOffice' : 'other';
      activities.push(makeActivity(r, plan, kind, members, size, makeId));
    }
  }
  // A random source of their own, so adding proposals left the members and activities as they were.
  const pr = seededRandom((size.seed ?? 20251130) + 1);
  const proposals: Proposal[] = [];
  for (let y = 0; y < size.years && size.proposalsPerYear; y++) {
    proposals.push(...makeSampleProposals(pr, size.firstYear + y, sittings[y]!.number, size.proposalsPerYear, members, makeId, sittings[y]!.term, today));
  }
  // Again a random source of their own, so the members, activities and proposals stay as they were.
  const or = seededRandom((size.seed ?? 20251130) + 2);
  const opinions: Opinion[] = [];
  for (let y = 0; y < size.years && size.opinionsPerYear; y++) {
    opinions.push(...makeSampleOpinions(or, size.firstYear + y, size.opinionsPerYear, members, proposals, today, makeId));
  }
  // The year's plan and "1234" steps, from a source of their own; nothing dated after today.
  const plr = seededRandom((size.seed ?? 20251130) + 41);
  const dictionary = defaultDictionaryEntries(createdAt, SAMPLE_TOWNSHIPS);
  const plans = Array.from({ length: size.years }, (_, y) =>
    makeSamplePlans(plr, size.firstYear + y, activities, activityCategoryMap(dictionary), today, makeId, government)).flat();
  const yearNotes = Array.from({ length: size.years }, (_, y) => makeSampleYearNotes(size.firstYear + y, createdAt, government));
  // 民主评议 and 民主监督员, from a source of their own; nothing dated after today.
  const supervision = makeSampleSupervision(seededRandom((size.seed ?? 20251130) + 43), size.firstYear, size.years, members, today, makeId);
  // 联络站, 主题实践活动, 结对帮扶 and 文史资料: some activities become 界别 / 乡镇 ones.
  const grassRoots = makeSampleGrassRoots(seededRandom((size.seed ?? 20251130) + 47), size.firstYear, size.years, members, activities, today, makeId);
  const settings: SettingsRecord = {
    id: 'committee',
    committee: {
      name: SAMPLE_COMMITTEE_NAME, shortName: '示例县政协', level: '县', term: currentTerm, operator: '示例操作员',
      sessions: sittings.filter((s) => s.term === currentTerm).map(({ number, date }) => ({ number, date })),
    },
    sampleLoaded: true,
    updatedAt: createdAt,
  };
  return { settings, dictionary, members, activities: grassRoots.activities, proposals, attachments: [], opinions, history: [], plans, yearNotes, ...supervision, stations: grassRoots.stations, campaigns: grassRoots.campaigns, pairings: grassRoots.pairings, culture: grassRoots.culture, recordSources: [] };
}
