// For the city-level view's tests (domain, database, command line and browser): the ledgers of two
// counties and the city office's own records, and the city ledger they make once the counties'
// packages are imported. County A is the report fixture, whose every figure is worked out by hand
// (report-fixtures.ts HAND_FIGURES); county B and the city's own records are small enough to count
// here, beside the numbers.
import type { Activity, AttendanceStatus } from '../activities/activity';
import { emptyActivityFields, withDerivedFields } from '../activities/activity';
import { defaultDictionaryEntries } from '../dictionaries/default-dictionaries';
import type { Ledger } from '../ledger/ledger';
import type { Member } from '../members/member';
import { reportFixtureLedger } from '../report/report-fixtures';
import { COMMITTEE_TABLES } from './committee-ledger';
import { emptyRecords, rowsOf, type RecordTable } from './exchange-tables';
import type { LedgerRows } from '../ledger/ledger-tables';
import { putRows } from '../ledger/ledger-arrays';

export const CITY_COMMITTEE = '河池市政协';
export const COUNTY_A = '天峨县政协';
export const COUNTY_B = '环江毛南族自治县政协';

const stamp = (day: string, deleted = false) => ({ createdAt: `${day}T09:00:00.000Z`, updatedAt: `${day}T09:00:00.000Z`, deletedAt: deleted ? `${day}T10:00:00.000Z` : null });

function member(id: string, name: string, gender: '男' | '女'): Member {
  return {
    id, ...stamp('2024-12-01'), name, gender, ethnicity: '汉族', birthMonth: '', sector: '中共', party: '中共党员', township: '城关镇',
    workplace: '', role: '委员', term: 9, committees: [], phone: '', status: '在任', statusDate: '', note: '', isSample: false,
  };
}

function activity(id: string, type: string, date: string, rows: [string, AttendanceStatus][], deleted = false): Activity {
  return withDerivedFields({
    id, ...stamp(date, deleted), ...emptyActivityFields(date), title: `${type}活动${id}`, type,
    participants: rows.map(([memberId, status]) => ({ id: `${id}-${memberId}`, ...stamp(date), memberId, status, reason: status === '请假' ? '因公出差' : '' })),
  });
}

function settingsOf(name: string): Ledger['settings'] {
  return {
    id: 'committee', committee: { name, shortName: name.replace(/政协$/, ''), level: '县', term: 9, sessions: [{ number: 2, date: '2025-01-10' }], operator: '韦小宝' },
    sampleLoaded: false, updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

/** County A: the report fixture (its figures are HAND_FIGURES up to 2025-11-30). */
export function countyALedger(): Ledger {
  return { ...reportFixtureLedger(), settings: settingsOf(COUNTY_A) };
}

/**
 * County B: two members (b-m2 a woman) and, in 2025, a 视察 both attended and a 调研 one attended
 * and one missed on leave, plus a deleted 视察 that must not count.
 */
export function countyBLedger(): Ledger {
  return {
    ...emptyRecords(),
    settings: settingsOf(COUNTY_B),
    dictionary: defaultDictionaryEntries('2024-12-01T00:00:00.000Z'),
    members: [member('b-m1', '谭一', '男'), member('b-m2', '覃二', '女')],
    activities: [
      activity('b-a1', '视察', '2025-04-02', [['b-m1', '出席'], ['b-m2', '出席']]),
      activity('b-a2', '调研', '2025-08-01', [['b-m1', '出席'], ['b-m2', '请假']]),
      activity('b-a3', '视察', '2025-05-01', [['b-m1', '出席']], true),
    ],
  };
}

/** The city office's own typed records: one member who attended one 视察. */
function cityOwnRecords(): Pick<Ledger, 'members' | 'activities'> {
  return { members: [member('c-m1', '韦三', '男')], activities: [activity('c-a1', '视察', '2025-06-01', [['c-m1', '出席']])] };
}

/** Hand-counted figures for 2025 up to 2025-11-30: county A's are report-fixtures.ts HAND_FIGURES. */
export const COUNTY_B_FIGURES = { 'activities.total': 2, 'activities.personTimes': 3, 'members.total': 2, 'members.women': 1 } as const;
export const CITY_OWN_FIGURES = { 'activities.total': 1, 'activities.personTimes': 1, 'members.total': 1, 'members.women': 0 } as const;

/**
 * The city ledger as importing both counties' packages leaves it: every record of both, each
 * county's with a source row naming it, and the city's own records without one. The dictionary is
 * county A's (county B's default names are the same ones: an import does not take them twice).
 */
export function cityLedger(): Ledger {
  const a = countyALedger();
  const b = countyBLedger();
  const own = cityOwnRecords();
  const recordSources: Ledger['recordSources'] = [];
  const city: Ledger = { ...a, settings: settingsOf(CITY_COMMITTEE), history: [], recordSources };
  const joinTable = <T extends RecordTable>(table: T, ownRows: readonly LedgerRows[T][]) => {
    putRows(city, table, [...rowsOf(a, table), ...rowsOf(b, table), ...ownRows]);
    for (const [county, ledger] of [[COUNTY_A, a], [COUNTY_B, b]] as const) {
      for (const r of rowsOf(ledger, table)) recordSources.push({ table, recordId: r.id, committee: county });
    }
  };
  for (const table of COMMITTEE_TABLES) {
    if (table === 'members' || table === 'activities') joinTable(table, own[table]);
    else joinTable(table, []);
  }
  return city;
}
