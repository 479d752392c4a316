// The whole ledger out of and into the database, table by table as the registry lists them
// (domain/ledger/ledger-tables.ts). Replacing clears every table and writes the new ledger in one
// transaction: if anything fails, IndexedDB rolls back to the old ledger.
import type { LedgerDatabase } from './database';
import type { Ledger, LedgerArrays } from '../domain/ledger/ledger';
import type { LedgerRows } from '../domain/ledger/ledger-tables';
import { ARRAY_TABLES, isWholeArrays, putRows, type ArrayTable } from '../domain/ledger/ledger-arrays';
import { putScoreRulesRecord, readScoreRulesRecord } from './score-rules-repo';
import { getSettings, putSettings } from './settings-repo';
import { markQuiet } from './history/history-middleware';
import { observeStamp } from '../domain/common/ledger-clock';
import { latestStamp } from '../domain/backup/record-stamps';

async function readInto<T extends ArrayTable>(db: LedgerDatabase, into: Partial<LedgerArrays>, table: T): Promise<void> {
  putRows(into, table, await db.table<LedgerRows[T]>(table).toArray());
}

export async function readWholeLedger(db: LedgerDatabase): Promise<Ledger> {
  return db.transaction('r', db.ledgerTables, async () => {
    const [settings, scoreRules] = await Promise.all([getSettings(db), readScoreRulesRecord(db)]);
    const arrays: Partial<LedgerArrays> = {};
    await Promise.all(ARRAY_TABLES.map((t) => readInto(db, arrays, t)));
    if (!isWholeArrays(arrays)) throw new Error('readWholeLedger: a table was not read');
    // Only when the office has its own rules, so a ledger without them reads back unchanged.
    return { settings: settings ?? null, ...(scoreRules ? { scoreRules } : {}), ...arrays };
  });
}

export async function replaceWholeLedger(db: LedgerDatabase, ledger: Ledger): Promise<void> {
  await db.transaction('rw', db.ledgerTables, async (tx) => {
    // A restore is one event, not a change to each record: the history comes from the backup.
    markQuiet(tx.idbtrans);
    await Promise.all(db.ledgerTables.map((t) => t.clear()));
    if (ledger.settings) await putSettings(db, ledger.settings);
    if (ledger.scoreRules) await putScoreRulesRecord(db, ledger.scoreRules);
    for (const table of ARRAY_TABLES) await db.table(table).bulkAdd(ledger[table]);
  });
  // From now on this PC stamps after everything the restored ledger holds (domain/common/ledger-clock.ts).
  const latest = latestStamp(ledger);
  if (Number.isFinite(latest)) observeStamp(new Date(latest).toISOString());
}

/** Wipes everything (used by tests and by 清空台账 after a backup). */
export async function wipeLedger(db: LedgerDatabase): Promise<void> {
  await db.transaction('rw', db.ledgerTables, async (tx) => {
    markQuiet(tx.idbtrans);
    await Promise.all(db.ledgerTables.map((t) => t.clear()));
  });
}
