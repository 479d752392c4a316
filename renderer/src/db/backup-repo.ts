// The whole ledger out of and into the database. Replacing clears every table and writes the
// new ledger in one transaction: if anything fails, IndexedDB rolls back to the old ledger.
import type { LedgerDatabase } from './database';
import type { Ledger } from '../domain/ledger/ledger';

export async function readWholeLedger(db: LedgerDatabase): Promise<Ledger> {
  return db.transaction('r', db.ledgerTables, async () => {
    const [settings, dictionary, members, activities, proposals, attachments] = await Promise.all([
      db.settings.get('committee'),
      db.dictionary.toArray(),
      db.members.toArray(),
      db.activities.toArray(),
      db.proposals.toArray(),
      db.attachments.toArray(),
    ]);
    return { settings: settings ?? null, dictionary, members, activities, proposals, attachments };
  });
}

export async function replaceWholeLedger(db: LedgerDatabase, ledger: Ledger): Promise<void> {
  await db.transaction('rw', db.ledgerTables, async () => {
    await Promise.all(db.ledgerTables.map((t) => t.clear()));
    if (ledger.settings) await db.settings.put(ledger.settings);
    await db.dictionary.bulkAdd(ledger.dictionary);
    await db.members.bulkAdd(ledger.members);
    await db.activities.bulkAdd(ledger.activities);
    await db.proposals.bulkAdd(ledger.proposals);
    await db.attachments.bulkAdd(ledger.attachments);
  });
}

/** Wipes everything (used by tests and by 清空台账 after a backup). */
export async function wipeLedger(db: LedgerDatabase): Promise<void> {
  await db.transaction('rw', db.ledgerTables, async () => {
    await Promise.all(db.ledgerTables.map((t) => t.clear()));
  });
}
