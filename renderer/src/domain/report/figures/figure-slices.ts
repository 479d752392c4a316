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

/** A date counts for the scope when it falls in the year and not after `until`. */
export function inScopeDate(date: string, scope: FigureScope): boolean {
  return date.startsWith(`${scope.year}-`) && date <= scope.until;
}

/** The ledger's activity type name → code, made once per ledger. */
export function activityTypeCodes(ledger: Ledger): ReadonlyMap<string, string> {
  return memo(ledger, 'activityTypeCodes', () => codeByName(ledger.dictionary, 'activityType'));
}

export function activitySlice(ledger: Ledger, scope: FigureScope): ActivitySlice {
  return memo(ledger, `activities|${scopeKey(scope)}`, () => ({
    activities: ledger.activities
      .filter((a) => a.deletedAt === null && a.year === scope.year && a.startDate <= scope.until)
      // ISO dates sort as plain strings; localeCompare is many times slower on a big ledger.
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0)),
    categoryOf: activityCategoryMap(ledger.dictionary),
    codeOf: activityTypeCodes(ledger),
    memberById: memo(ledger, 'memberById', () => new Map(ledger.members.map((m) => [m.id, m]))),
  }));
}

// A record's reference is made once and shared by every figure that lists it: the catalogue lists
// some 4,000 attendance rows for one year of a big county, and building their labels again for
// each figure was most of the time a report took.
const refs = new WeakMap<object, FigureRecordRef>();
const dateTexts = new Map<string, string>();

function cachedRef(record: object, make: () => FigureRecordRef): FigureRecordRef {
  let ref = refs.get(record);
  if (!ref) refs.set(record, (ref = make()));
  return ref;
}

function dateText(iso: string): string {
  let text = dateTexts.get(iso);
  if (text === undefined) dateTexts.set(iso, (text = formatChineseDate(iso)));
  return text;
}

export function activityRef(a: Activity): FigureRecordRef {
  return cachedRef(a, () => ({ table: 'activities', id: a.id, label: `${dateText(a.startDate)} ${a.type}：${a.title}` }));
}

export function memberRef(m: Member): FigureRecordRef {
  return cachedRef(m, () => ({ table: 'members', id: m.id, label: `${m.name}（${m.sector || '未填界别'}）` }));
}

/** One attendance row, opened through its activity (ids repeat when one activity has several rows). */
export function attendanceRef(a: Activity, p: Attendance, memberById: ReadonlyMap<string, Member>): FigureRecordRef {
  return cachedRef(p, () => {
    const name = memberById.get(p.memberId)?.name ?? '（已删除的委员）';
    return { table: 'activities', id: a.id, label: `${dateText(a.startDate)} ${a.title}：${name}${p.status}` };
  });
}

export function presentRows(a: Activity): Attendance[] {
  return liveParticipants(a).filter((p) => p.status === '出席');
}
