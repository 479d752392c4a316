// The city-level view: a city office imports the packages of several counties, and its
// figures and reports are made per committee or for all of them together. A committee's part of
// the ledger is the ledger cut to that committee's records — imported records by their source row
// (ledger/record-source.ts), every other record being this PC's own committee's — so that every
// figure of the catalogue counts a committee with no change to any figure.
import type { BaseRecord } from '../common/record';
import type { Ledger } from '../ledger/ledger';
import { sourceKey, type RecordSource } from '../ledger/record-source';
import { putRows, tableRows } from '../ledger/ledger-arrays';
import { RECORD_TABLES, rowsOf, type RecordTable } from './exchange-tables';
import { compareChinese } from '../common/chinese-order';

// Dictionary entries are names the records of every committee use (categories, 界别 …), and two
// counties' defaults are the same names: they belong to no one committee and are never cut.
const SHARED_TABLES: ReadonlySet<RecordTable> = new Set<RecordTable>(['dictionary']);

/** The tables whose records belong to one committee. */
export const COMMITTEE_TABLES: readonly RecordTable[] = RECORD_TABLES.filter((t) => !SHARED_TABLES.has(t));

/** A ledger built before the table existed (an old fixture) has no source rows: all its records are its own. */
function sourcesOf(ledger: Ledger): readonly RecordSource[] {
  return tableRows(ledger, 'recordSources');
}

function committeeLookup(ledger: Ledger, ownCommittee: string): (table: RecordTable, record: BaseRecord) => string {
  const sourceOf = new Map(sourcesOf(ledger).map((s) => [sourceKey(s.table, s.recordId), s.committee]));
  return (table, record) => sourceOf.get(sourceKey(table, record.id)) ?? ownCommittee;
}

// The figure modules cache their year slices on the ledger object (report/figures/figure-slices.ts),
// so the same cut of the same ledger is handed out again rather than made afresh at every keystroke.
const cuts = new WeakMap<Ledger, Map<string, Ledger>>();

/**
 * `ledger` with only the records of `committee` (records with no source row are `ownCommittee`'s),
 * settings and dictionary whole. Attendance and reply rows live inside their activity or
 * proposal, so they go with it. The ledger given is not changed.
 */
export function ledgerOfCommittee(ledger: Ledger, committee: string, ownCommittee: string): Ledger {
  const key = `${committee}\u0000${ownCommittee}`;
  let held = cuts.get(ledger);
  if (!held) cuts.set(ledger, (held = new Map<string, Ledger>()));
  const cached = held.get(key);
  if (cached) return cached;
  const committeeOf = committeeLookup(ledger, ownCommittee);
  const result: Ledger = { ...ledger, recordSources: sourcesOf(ledger).filter((s) => s.committee === committee) };
  const cutTable = <T extends RecordTable>(table: T) => putRows(result, table, rowsOf(ledger, table).filter((r) => committeeOf(table, r) === committee));
  COMMITTEE_TABLES.forEach(cutTable);
  held.set(key, result);
  return result;
}

export interface CommitteeCount {
  committee: string;
  /** This PC's own committee (设置 → 政协全称): its records were typed here. */
  own: boolean;
  /** Live records per table, only tables with any. */
  counts: Partial<Record<RecordTable, number>>;
  total: number;
}

/**
 * The committees that have live records in the ledger, with how many of each kind: this PC's own
 * first, then the others by name. Deleted records (in the recycle bin) are not counted.
 */
export function committeeCounts(ledger: Ledger, ownCommittee: string): CommitteeCount[] {
  const committeeOf = committeeLookup(ledger, ownCommittee);
  const byCommittee = new Map<string, CommitteeCount>();
  for (const table of COMMITTEE_TABLES) {
    for (const r of rowsOf(ledger, table)) {
      if (r.deletedAt !== null) continue;
      const committee = committeeOf(table, r);
      let entry = byCommittee.get(committee);
      if (!entry) byCommittee.set(committee, (entry = { committee, own: committee === ownCommittee, counts: {}, total: 0 }));
      entry.counts[table] = (entry.counts[table] ?? 0) + 1;
      entry.total++;
    }
  }
  return [...byCommittee.values()].sort((a, b) => Number(b.own) - Number(a.own) || compareChinese(a.committee, b.committee));
}
