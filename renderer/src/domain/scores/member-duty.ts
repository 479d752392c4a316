// A member's 履职档案 for one year, counted from the ledger: meetings attended / excused / absent,
// other activities, proposals, 社情民意, and the points each scoring rule gives, the total and
// the grade. Pure: the same answer in the app, the .xlsx/.docx exports and a test.
import { liveParticipants, type Activity, type AttendanceStatus } from '../activities/activity';
import type { ActivityCategory } from '../dictionaries/dictionary-kinds';
import type { Member } from '../members/member';
import { isRegistered, type Proposal } from '../proposals/proposal';
import type { Opinion } from '../opinions/opinion';
import { gradeOf, type ScoreRule, type ScoreRules, type ScoreSource } from './score-rules';

/** What scoring needs of a 社情民意信息: who submitted it, the year, the levels that adopted it. */
export type OpinionForScoring = Pick<Opinion, 'memberIds' | 'year' | 'deletedAt' | 'adoptions'>;

/** Adopted by any level (县, 市, 省 or 全国政协). */
const isAdopted = (o: OpinionForScoring) => o.adoptions.length > 0;

export interface DutyInput {
  activities: readonly Activity[];
  proposals: readonly Proposal[];
  categoryOf: ReadonlyMap<string, ActivityCategory>;
  /** Activity type name → code: rules name types by code (dictionary-codes.ts codeByName). */
  codeOf: ReadonlyMap<string, string>;
  /**
   * The year's 社情民意信息, or null where they are not available (a ledger read without them):
   * the counts then read 未记录 and the rules that count them give 0 points, not a made-up count.
   */
  opinions: readonly OpinionForScoring[] | null;
  /**
   * Which areas the ledger holds any record of in the year, for anyone (recordedAreas): a first
   * year's ledger, or one an office keeps only partly, has none of an area it does not keep yet,
   * and a member's 0 there means "not recorded", not "did nothing".
   */
  recorded: RecordedAreas;
}

/** The areas the 履职积分 rules count, by their sources' kind. */
export type ScoreArea = ScoreSource['kind'];
export type RecordedAreas = Readonly<Record<ScoreArea, boolean>>;

/** How the 履职档案 and the screens name an area the ledger does not record. */
export const SCORE_AREA_NAMES: Readonly<Record<ScoreArea, string>> = { attendance: '会议和履职活动', proposal: '提案', opinion: '社情民意信息' };

/**
 * Whether the ledger holds any live record of each area in the year up to `until` (ISO,
 * inclusive), whoever it names. `opinions` null: a ledger read without them.
 */
export function recordedAreas(
  year: number,
  until: string,
  records: { activities: readonly Pick<Activity, 'year' | 'startDate' | 'deletedAt'>[]; proposals: readonly Pick<Proposal, 'year' | 'receivedDate' | 'deletedAt'>[]; opinions: readonly Pick<Opinion, 'year' | 'receivedDate' | 'deletedAt'>[] | null },
): RecordedAreas {
  const inYear = (r: { year: number; deletedAt: string | null }, date: string) => r.year === year && r.deletedAt === null && date <= until;
  return {
    attendance: records.activities.some((a) => inYear(a, a.startDate)),
    proposal: records.proposals.some((p) => inYear(p, p.receivedDate)),
    opinion: records.opinions?.some((o) => inYear(o, o.receivedDate)) ?? false,
  };
}

export interface ScoreLine {
  ruleId: string;
  category: string;
  item: string;
  unit: ScoreRule['unit'];
  points: number;
  count: number;
  /** count × points, before the cap. */
  raw: number;
  /** What the rule gives: raw, held within ±cap. */
  score: number;
  capped: boolean;
}

export interface MemberDuty {
  memberId: string;
  year: number;
  /** Attendance rows of 会议 category activities. */
  meetings: { attended: number; excused: number; absent: number };
  /** Other (non-会议) activities the member attended (出席). */
  activities: number;
  proposals: { lead: number; coSigned: number; registered: number; key: number };
  /** null while the ledger holds no 社情民意 of the year (or was read without them). */
  opinions: { submitted: number; adopted: number } | null;
  /** Areas a rule with points counts that the ledger holds no record of in the year (see DutyInput.recorded). */
  unrecorded: ScoreArea[];
  /**
   * 发言 (speeches): the ledger has no field for them yet — an attendance row holds only the
   * status and a reason — so they are not counted, and screens say 未记录.
   */
  speeches: null;
  lines: ScoreLine[];
  /** The sum of the lines, held within 0 … 满分. */
  total: number;
  /** null when `unrecorded` is not empty: a grade over areas the ledger does not keep would judge the ledger, not the member. */
  grade: string | null;
}

interface Attended {
  activity: Activity;
  status: AttendanceStatus;
}

/** Whole days from start to end, both counted, as half-days: a two-day plenary is four. */
export function halfDaysOf(activity: Pick<Activity, 'startDate' | 'endDate'>): number {
  const days = Math.round((Date.parse(activity.endDate) - Date.parse(activity.startDate)) / 86_400_000) + 1;
  return Math.max(1, days) * 2;
}

type TypeBook = Pick<DutyInput, 'categoryOf' | 'codeOf'>;

function matchesActivity(source: Extract<ScoreSource, { kind: 'attendance' }>, activity: Activity, book: TypeBook): boolean {
  const code = book.codeOf.get(activity.type);
  if (code !== undefined && source.excludeTypes.includes(code)) return false;
  const category = book.categoryOf.get(activity.type);
  const any = source.activityTypes.length === 0 && source.activityCategories.length === 0;
  return any || (code !== undefined && source.activityTypes.includes(code)) || (category !== undefined && source.activityCategories.includes(category));
}

interface MemberRecords {
  attended: Attended[];
  lead: Proposal[];
  coSigned: Proposal[];
  opinions: OpinionForScoring[] | null;
}

function countFor(rule: ScoreRule, records: MemberRecords, book: TypeBook): number {
  const { source } = rule;
  if (source.kind === 'attendance') {
    const rows = records.attended.filter((r) => r.status === source.status && matchesActivity(source, r.activity, book));
    return rule.unit === '半天' ? rows.reduce((n, r) => n + halfDaysOf(r.activity), 0) : rows.length;
  }
  if (source.kind === 'proposal') {
    const mine = source.role === 'lead' ? records.lead : records.coSigned;
    if (source.only === 'submitted') return mine.length;
    const registered = mine.filter(isRegistered);
    return source.only === 'registered' ? registered.length : registered.filter((p) => p.keyProposal !== null).length;
  }
  if (records.opinions === null) return 0;
  return source.only === 'adopted' ? records.opinions.filter(isAdopted).length : records.opinions.length;
}

export function scoreLine(rule: ScoreRule, count: number): ScoreLine {
  const raw = count * rule.points;
  const score = rule.cap === null ? raw : Math.max(-rule.cap, Math.min(rule.cap, raw));
  return { ruleId: rule.id, category: rule.category, item: rule.item, unit: rule.unit, points: rule.points, count, raw, score, capped: score !== raw };
}

/** Each member's records of the year, gathered in one pass over the ledger. */
function recordsByMember(input: DutyInput, year: number): (memberId: string) => MemberRecords {
  const byMember = new Map<string, MemberRecords>();
  const of = (id: string) => {
    let r = byMember.get(id);
    if (!r) byMember.set(id, (r = { attended: [], lead: [], coSigned: [], opinions: input.opinions === null || !input.recorded.opinion ? null : [] }));
    return r;
  };
  for (const a of input.activities) {
    if (a.year !== year || a.deletedAt !== null) continue;
    for (const p of liveParticipants(a)) of(p.memberId).attended.push({ activity: a, status: p.status });
  }
  for (const p of input.proposals) {
    // A 集体 proposal has no member proposers to credit.
    if (p.year !== year || p.deletedAt !== null || p.proposerKind === '集体') continue;
    if (p.leadMemberId !== null) of(p.leadMemberId).lead.push(p);
    for (const id of new Set(p.coSignerIds)) if (id !== p.leadMemberId) of(id).coSigned.push(p);
  }
  for (const o of input.opinions ?? []) {
    if (o.year !== year || o.deletedAt !== null) continue;
    for (const id of new Set(o.memberIds)) of(id).opinions?.push(o);
  }
  return of;
}

function dutyOf(memberId: string, year: number, records: MemberRecords, input: DutyInput, rules: ScoreRules): MemberDuty {
  const isMeeting = (r: Attended) => input.categoryOf.get(r.activity.type) === '会议';
  const meetings = records.attended.filter(isMeeting);
  const lines = rules.rules.map((rule) => scoreLine(rule, countFor(rule, records, input)));
  const sum = lines.reduce((n, l) => n + l.score, 0);
  const total = Math.max(0, Math.min(rules.fullMarks, sum));
  const all = [...records.lead, ...records.coSigned];
  const kept = (area: ScoreArea) => input.recorded[area] && (area !== 'opinion' || input.opinions !== null);
  const unrecorded = (['attendance', 'proposal', 'opinion'] as const).filter((area) => !kept(area) && rules.rules.some((r) => r.source.kind === area && r.points !== 0));
  return {
    memberId,
    year,
    meetings: {
      attended: meetings.filter((r) => r.status === '出席').length,
      excused: meetings.filter((r) => r.status === '请假').length,
      absent: meetings.filter((r) => r.status === '缺席').length,
    },
    activities: records.attended.filter((r) => !isMeeting(r) && r.status === '出席').length,
    proposals: {
      lead: records.lead.length,
      coSigned: records.coSigned.length,
      registered: all.filter(isRegistered).length,
      key: all.filter((p) => isRegistered(p) && p.keyProposal !== null).length,
    },
    opinions: records.opinions === null ? null : { submitted: records.opinions.length, adopted: records.opinions.filter(isAdopted).length },
    speeches: null,
    unrecorded,
    lines,
    total,
    grade: unrecorded.length > 0 ? null : gradeOf(total, rules),
  };
}

/** The 履职档案 of each given member for the year, in the order given. */
export function computeMemberDuties(memberIds: readonly string[], input: DutyInput, rules: ScoreRules, year: number): MemberDuty[] {
  const records = recordsByMember(input, year);
  return memberIds.map((id) => dutyOf(id, year, records(id), input, rules));
}

/**
 * The members a year's table lists: live records still serving in that year (在任, or left
 * during or after it).
 */
export function membersServingIn<M extends Pick<Member, 'deletedAt' | 'status' | 'statusDate'>>(members: readonly M[], year: number): M[] {
  return members.filter((m) => m.deletedAt === null && (m.status === '在任' || m.statusDate === '' || Number(m.statusDate.slice(0, 4)) >= year));
}
