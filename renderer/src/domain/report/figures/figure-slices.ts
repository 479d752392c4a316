// The records a scope counts, cut once per ledger and scope and shared by every figure module:
// the catalogue has some hundred figures, and filtering ten years of activities for each one
// would make the report slow on a big county's ledger. A WeakMap keyed on the ledger object
// forgets the slices when the ledger is dropped.
import type { Ledger } from '../../ledger/ledger';
import { liveParticipants, type Activity, type Attendance } from '../../activities/activity';
import { activityCategoryMap, type ActivityCategory } from '../../dictionaries/dictionary-kinds';
import type { Member } from '../../members/member';
import { formatChineseDate } from '../../common/dates';
import type { FigureRecordRef, FigureScope } from '../figure-catalogue';

export interface ActivitySlice {
  /** Live activities of the year that started on or before `until`, by date. */
  activities: Activity[];
  categoryOf: ReadonlyMap<string, ActivityCategory>;
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

export function activitySlice(ledger: Ledger, scope: FigureScope): ActivitySlice {
  return memo(ledger, `activities|${scopeKey(scope)}`, () => ({
    activities: ledger.activities
      .filter((a) => a.deletedAt === null && a.year === scope.year && a.startDate <= scope.until)
      .sort((a, b) => a.startDate.localeCompare(b.startDate)),
    categoryOf: activityCategoryMap(ledger.dictionary),
    memberById: memo(ledger, 'memberById', () => new Map(ledger.members.map((m) => [m.id, m]))),
  }));
}

export function activityRef(a: Activity): FigureRecordRef {
  return { table: 'activities', id: a.id, label: `${formatChineseDate(a.startDate)} ${a.type}：${a.title}` };
}

export function memberRef(m: Member): FigureRecordRef {
  return { table: 'members', id: m.id, label: `${m.name}（${m.sector || '未填界别'}）` };
}

/** One attendance row, opened through its activity (ids repeat when one activity has several rows). */
export function attendanceRef(a: Activity, p: Attendance, memberById: ReadonlyMap<string, Member>): FigureRecordRef {
  const name = memberById.get(p.memberId)?.name ?? '（已删除的委员）';
  return { table: 'activities', id: a.id, label: `${formatChineseDate(a.startDate)} ${a.title}：${name}${p.status}` };
}

export function presentRows(a: Activity): Attendance[] {
  return liveParticipants(a).filter((p) => p.status === '出席');
}
