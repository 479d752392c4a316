// The whole ledger out of and into the database. Replacing clears every table and writes the
// new ledger in one transaction: if anything fails, IndexedDB rolls back to the old ledger.
import type { LedgerDatabase } from './database';
import type { Ledger } from '../domain/ledger/ledger';
import { putScoreRulesRecord, readScoreRulesRecord } from './score-rules-repo';
import { markQuiet } from './history/history-middleware';
import { observeStamp } from '../domain/common/ledger-clock';
import { latestStamp } from '../domain/backup/record-stamps';

export async function readWholeLedger(db: LedgerDatabase): Promise<Ledger> {
  return db.transaction('r', db.ledgerTables, async () => {
    const [settings, scoreRules, dictionary, members, activities, proposals, attachments, opinions, history] = await Promise.all([
      db.settings.get('committee'),
      readScoreRulesRecord(db),
      db.dictionary.toArray(),
      db.members.toArray(),
      db.activities.toArray(),
      db.proposals.toArray(),
      db.attachments.toArray(),
      db.opinions.toArray(),
      db.history.toArray(),
    ]);
    const [plans, yearNotes] = await Promise.all([db.plans.toArray(), db.yearNotes.toArray()]);
    const [stations, campaigns, pairings, culture] = await Promise.all([db.stations.toArray(), db.campaigns.toArray(), db.pairings.toArray(), db.culture.toArray()]);
    const [evaluations, supervisors, supervisionLetters] = await Promise.all([db.evaluations.toArray(), db.supervisors.toArray(), db.supervisionLetters.toArray()]);
    const recordSources = await db.recordSources.toArray();
    // Only when the office has its own rules, so a ledger without them reads back unchanged.
    return { settings: settings ?? null, ...(scoreRules ? { scoreRules } : {}), dictionary, members, activities, proposals, attachments, opinions, history, plans, yearNotes, stations, campaigns, pairings, culture, evaluations, supervisors, supervisionLetters, recordSources };
  });
}

export async function replaceWholeLedger(db: LedgerDatabase, ledger: Ledger): Promise<void> {
  await db.transaction('rw', db.ledgerTables, async (tx) => {
    // A restore is one event, not a change to each record: the history comes from the backup.
    markQuiet(tx.idbtrans);
    await Promise.all(db.ledgerTables.map((t) => t.clear()));
    if (ledger.settings) await db.settings.put(ledger.settings);
    if (ledger.scoreRules) await putScoreRulesRecord(db, ledger.scoreRules);
    await db.dictionary.bulkAdd(ledger.dictionary);
    await db.members.bulkAdd(ledger.members);
    await db.activities.bulkAdd(ledger.activities);
    await db.proposals.bulkAdd(ledger.proposals);
    await db.attachments.bulkAdd(ledger.attachments);
    await db.opinions.bulkAdd(ledger.opinions);
    await db.history.bulkAdd(ledger.history);
    await db.plans.bulkAdd(ledger.plans);
    await db.yearNotes.bulkAdd(ledger.yearNotes);
    await db.stations.bulkAdd(ledger.stations);
    await db.campaigns.bulkAdd(ledger.campaigns);
    await db.pairings.bulkAdd(ledger.pairings);
    await db.culture.bulkAdd(ledger.culture);
    await db.evaluations.bulkAdd(ledger.evaluations);
    await db.supervisors.bulkAdd(ledger.supervisors);
    await db.supervisionLetters.bulkAdd(ledger.supervisionLetters);
    await db.recordSources.bulkAdd(ledger.recordSources);
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
