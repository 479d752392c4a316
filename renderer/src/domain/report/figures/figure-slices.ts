// The records a scope counts, cut once per ledger and scope and shared by every figure module:
// the catalogue has some hundred figures, and filtering ten years of activities for each one
// would make the report slow on a big county's ledger. A WeakMap keyed on the ledger object
// forgets the slices when the ledger is dropped.
import type { Ledger } from '../../ledger/ledger';
import { liveParticipants, type Activity, type Attendance } from '../../activities/activity';
import { activityCategoryMap, type ActivityCategory } from '../../dictionaries/dictionary-kinds';
import { codeByName } from '../../dictionaries/dictionary-codes';
import type { Member } from '../../members/member';
import { formatChineseDate } from '../../common/dates';
import type { FigureRecordRef } from '../figure-result';
import type { FigureScope } from '../figure-types';

export interface ActivitySlice {
  /** Live activities of the year that started on or before `until`, by date. */
  activities: Activity[];
  categoryOf: ReadonlyMap<string, ActivityCategory>;
  /** An activity's type name → its code (dictionary-codes.ts): figures count types by code. */
  codeOf: ReadonlyMap<string, string>;
  memberById: ReadonlyMap<string, Member>;
  /** The activities of one type (by code) or one category, in the same order; grouped once. */
  ofCode(code: string): readonly Activity[];
  ofCategory(category: ActivityCategory): readonly Activity[];
  /** An activity's live attendance rows, picked once per slice. */
  rowsOf(activity: Activity): readonly Attendance[];
  /** Its 出席 rows (人次). */
  presentOf(activity: Activity): readonly Attendance[];
  /** The reference of one of its attendance rows, for a figure's records (made when they are read). */
  rowRef(activity: Activity, row: Attendance): FigureRecordRef;
}

const cache = new WeakMap<Ledger, Map<string, unknown>>();

/** Memoizes `make` for this ledger object and key: the figure modules' shared work. */
export function memo<T>(ledger: Ledger, key: string, make: () => T): T {
  let forLedger = cache.get(ledger);
  if (!forLedger) cache.set(ledger, (forLedger = new Map<string, unknown>()));
  if (!forLedger.has(key)) forLedger.set(key, make());
  return forLedger.get(key) as T;
}

export const scopeKey = (scope: FigureScope) => `${scope.year}|${scope.until}|${scope.sessionKey ?? ''}`;

// The year's prefix (2025-), kept for the last year asked: inScopeDate runs for every row of the
// hot loops, and building the prefix each time cost a string per row.
let prefixYear = Number.NaN;
let prefix = '';

/** A date counts for the scope when it falls in the year and not after `until`. */
export function inScopeDate(date: string, scope: FigureScope): boolean {
  if (scope.year !== prefixYear) [prefixYear, prefix] = [scope.year, `${scope.year}-`];
  return date.startsWith(prefix) && date <= scope.until;
}

/** The ledger's activity type name → code, made once per ledger. */
export function activityTypeCodes(ledger: Ledger): ReadonlyMap<string, string> {
  return memo(ledger, 'activityTypeCodes', () => codeByName(ledger.dictionary, 'activityType'));
}

/** The ledger's activity type name → category, made once per ledger (the activity and plan figures both ask). */
export function activityCategoriesOf(ledger: Ledger): ReadonlyMap<string, ActivityCategory> {
  return memo(ledger, 'activityCategoryOf', () => activityCategoryMap(ledger.dictionary));
}

/** The ledger's members by id, made once per ledger and shared by every module that names members. */
export function membersById(ledger: Ledger): ReadonlyMap<string, Member> {
  return memo(ledger, 'memberById', () => {
    const byId = new Map<string, Member>();
    for (const m of ledger.members) byId.set(m.id, m);
    return byId;
  });
}

function groupBy<K>(activities: readonly Activity[], keyOf: (a: Activity) => K | undefined): Map<K, Activity[]> {
  const groups = new Map<K, Activity[]>();
  for (const a of activities) {
    const key = keyOf(a);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  return groups;
}

export function activitySlice(ledger: Ledger, scope: FigureScope): ActivitySlice {
  return memo(ledger, `activities|${scopeKey(scope)}`, () => {
    const activities = ledger.activities
      .filter((a) => a.deletedAt === null && a.year === scope.year && a.startDate <= scope.until)
      // ISO dates sort as plain strings; localeCompare is many times slower on a big ledger.
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    const categoryOf = activityCategoriesOf(ledger);
    const codeOf = activityTypeCodes(ledger);
    const memberById = membersById(ledger);
    // Some forty figures pick activities by type or category, and the attendance figures (人次,
    // 应到, 实到 …) go over the same rows again and again: grouped and picked once here rather
    // than filtered per figure, which was most of a report's counting.
    let byCode: Map<string, Activity[]> | undefined;
    let byCategory: Map<ActivityCategory, Activity[]> | undefined;
    const rows = new Map<Activity, Attendance[]>();
    const present = new Map<Activity, Attendance[]>();
    const rowsOf = (a: Activity) => {
      let list = rows.get(a);
      if (!list) rows.set(a, (list = liveParticipants(a)));
      return list;
    };
    return {
      activities, categoryOf, codeOf, memberById, rowsOf,
      ofCode: (code) => (byCode ??= groupBy(activities, (a) => codeOf.get(a.type))).get(code) ?? [],
      ofCategory: (category) => (byCategory ??= groupBy(activities, (a) => categoryOf.get(a.type))).get(category) ?? [],
      presentOf(a) {
        let list = present.get(a);
        // Straight from the activity's rows when its live rows were not picked yet: one list, not two.
        if (!list) present.set(a, (list = rows.has(a) ? rows.get(a)!.filter((r) => r.status === '出席') : a.participants.filter((r) => r.deletedAt === null && r.status === '出席')));
        return list;
      },
      rowRef: (a, row) => attendanceRef(a, row, memberById),
    };
  });
}

// A record's reference is made once and shared by every figure that lists it, and so is the
// Chinese text of a date: a report lists the same activities, members and dates many times over.
const refs = new WeakMap<object, FigureRecordRef>();
const dateTexts = new Map<string, string>();

/** The record's reference, made by `make` the first time any figure lists it. */
export function sharedRef(record: object, make: () => FigureRecordRef): FigureRecordRef {
  let ref = refs.get(record);
  if (!ref) refs.set(record, (ref = make()));
  return ref;
}

/** 2025年3月5日, formatted once per date (formatChineseDate checks and splits the date each time). */
export function dateText(iso: string): string {
  let text = dateTexts.get(iso);
  if (text === undefined) dateTexts.set(iso, (text = formatChineseDate(iso)));
  return text;
}

export function activityRef(a: Activity): FigureRecordRef {
  return sharedRef(a, () => ({ table: 'activities', id: a.id, label: `${dateText(a.startDate)} ${a.type}：${a.title}` }));
}

export function memberRef(m: Member): FigureRecordRef {
  return sharedRef(m, () => ({ table: 'members', id: m.id, label: `${m.name}（${m.sector || '未填界别'}）` }));
}

/**
 * One attendance row, opened through its activity (ids repeat when one activity has several rows).
 * Made when a figure's records are read, not cached per row: a year holds thousands of rows, and
 * a WeakMap entry per row cost more than the label it saved.
 */
function attendanceRef(a: Activity, p: Attendance, memberById: ReadonlyMap<string, Member>): FigureRecordRef {
  const name = memberById.get(p.memberId)?.name ?? '（已删除的委员）';
  return { table: 'activities', id: a.id, label: `${dateText(a.startDate)} ${a.title}：${name}${p.status}` };
}

