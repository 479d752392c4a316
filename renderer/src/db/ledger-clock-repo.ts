// Sets the ledger's clock (domain/common/ledger-clock.ts) going from what this database has seen:
// the newest history entry (every change made here, and those taken in with packages and backups)
// and every package written or taken in (the exchange log: a package is stamped no earlier than
// its newest record). Read from existing stores, so the clock needs no store of its own.
import type { LedgerDatabase } from './database';
import { observeStamp } from '../domain/common/ledger-clock';

export async function startLedgerClock(db: LedgerDatabase): Promise<void> {
  const [newest, log] = await db.transaction('r', [db.history, db.exchangeLog], () => Promise.all([db.history.orderBy('at').last(), db.exchangeLog.toArray()]));
  observeStamp(newest?.at);
  for (const e of log) {
    observeStamp(e.packageCreatedAt);
    observeStamp(e.at);
  }
}
