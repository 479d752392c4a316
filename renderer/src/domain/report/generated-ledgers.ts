// For the report's property tests: small random ledgers made from the domain's own record types by
// the sample generator (so every record is one the program can hold), then made partial the way
// offices' ledgers are — whole areas the office does not keep here emptied, and a share of the
// records of each table deleted (soft, as the program deletes). The report year is the last
// generated one, counted up to a 截至 date that cuts it short or not.
import fc from 'fast-check';
import type { Ledger } from '../ledger/ledger';
import { putRows, tableRows } from '../ledger/ledger-arrays';
import { BIN_TABLES, COUNTED_TABLES, type BinTable, type LedgerTableName } from '../ledger/ledger-tables';
import { generateLedger } from '../sample/generate-ledger';
import { seededRandom } from '../sample/seeded-random';
import { yearScope, type FigureScope } from './figure-catalogue';

/** What every office's ledger holds: its dictionaries, members and activities (and the files on them). */
const KEPT_BY_EVERY_OFFICE: readonly LedgerTableName[] = ['dictionary', 'members', 'activities', 'attachments'];

/** Tables an office may not keep at all (every table of records but those): the report must still be consistent without them. */
export const OPTIONAL_TABLES = COUNTED_TABLES.filter((t) => !KEPT_BY_EVERY_OFFICE.includes(t));

/**
 * Tables a record of which may be deleted (soft) before the report is written: the recycle bin's,
 * but for dictionary entries (the office's settings, not records a report counts) and attachments
 * (counted by none).
 */
const DELETABLE_TABLES = BIN_TABLES.filter((t) => t !== 'dictionary' && t !== 'attachments');

export interface GeneratedLedger {
  ledger: Ledger;
  scope: FigureScope;
}

const shape = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 2 }),
  firstYear: fc.constantFrom(2019, 2024),
  years: fc.integer({ min: 1, max: 2 }),
  members: fc.integer({ min: 1, max: 30 }),
  activitiesPerYear: fc.integer({ min: 0, max: 40 }),
  participantsPerActivity: fc.integer({ min: 0, max: 10 }),
  proposalsPerYear: fc.integer({ min: 0, max: 30 }),
  opinionsPerYear: fc.integer({ min: 0, max: 15 }),
  emptied: fc.subarray([...OPTIONAL_TABLES]),
  /** Each record is deleted with this chance. */
  deleteShare: fc.constantFrom(0, 0, 0.1, 0.3),
  until: fc.constantFrom('06-30', '11-30', '12-31'),
});

export function makeGeneratedLedger(s: typeof shape extends fc.Arbitrary<infer T> ? T : never): GeneratedLedger {
  let n = 0;
  const base = generateLedger({ ...s }, () => `g${s.seed}-${n++}`);
  const r = seededRandom(s.seed + 97);
  const ledger: Ledger = { ...base };
  const deleteShare = <T extends BinTable>(table: T) => {
    putRows(ledger, table, tableRows(ledger, table).map((row) => (s.deleteShare > 0 && r.chance(s.deleteShare) ? { ...row, deletedAt: row.updatedAt } : row)));
  };
  DELETABLE_TABLES.forEach(deleteShare);
  for (const table of s.emptied) putRows(ledger, table, []);
  const year = s.firstYear + s.years - 1;
  return { ledger, scope: yearScope(year, `${year}-${s.until}`) };
}

/** A small partial ledger and the scope of its report year. */
export const generatedLedgerArb: fc.Arbitrary<GeneratedLedger> = shape.map(makeGeneratedLedger);
