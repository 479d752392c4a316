// The years the ledger holds records for, for the year switcher: a year with only proposals or
// only 社情民意 (an office that keeps the 提案委员会's books first) is as much a year of the ledger
// as one with activities. Read from the three `year` indexes' keys, never the records.
import type { LedgerDatabase } from './database';

/** Every year that holds an activity, a proposal or a 社情民意 item (deleted ones too), newest first. */
export async function listLedgerYears(db: LedgerDatabase): Promise<number[]> {
  const lists = await Promise.all([db.activities, db.proposals, db.opinions].map((t) => t.orderBy('year').uniqueKeys()));
  return [...new Set(lists.flat() as number[])].sort((a, b) => b - a);
}
