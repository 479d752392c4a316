// The whole ledger as plain data: what a backup holds, what the statistics read, and what the
// sample generator produces. Its tables are those of the registry (ledger-tables.ts), each an
// array of rows in the order the database keeps them; the settings table's two rows stand apart.
import type { SettingsRecord } from '../settings/committee-settings';
import type { ScoreRulesRecord } from '../scores/score-rules';
import { COUNTED_TABLES, type CountedTable, type LedgerRows, type LedgerTableName } from './ledger-tables';

/** Every table but settings, as arrays of rows. */
export type LedgerArrays = { [T in Exclude<LedgerTableName, 'settings'>]: LedgerRows[T][] };

export interface Ledger extends LedgerArrays {
  /** The committee's settings row (null before first-run setup). */
  settings: SettingsRecord | null;
  /** The office's 履职积分 rules, a second row of the settings table; absent while the defaults hold. */
  scoreRules?: ScoreRulesRecord | null;
}

/** Live records of each counted table, and the attendance rows of live activities. */
export type LedgerCounts = Record<CountedTable, number> & { attendance: number };

export function countLedger(ledger: Ledger): LedgerCounts {
  const live = (rows: readonly { deletedAt: string | null }[]) => rows.filter((r) => r.deletedAt === null).length;
  const attendance = ledger.activities.filter((a) => a.deletedAt === null).reduce((n, a) => n + a.memberIds.length, 0);
  // Filled for every counted table just below.
  const counts = { attendance } as LedgerCounts;
  for (const table of COUNTED_TABLES) counts[table] = live(ledger[table]);
  return counts;
}
