// The ledger the running program uses: the repositories bound to the real IndexedDB database.
// Screens import `appLedger` and call its functions; tests build their own with openTestLedger.
import { openLedgerRepositories } from './ledger-repositories';
import { DEFAULT_DATABASE_NAME } from './database';
import { startLedgerClock } from './ledger-clock-repo';

export const appLedger = openLedgerRepositories(DEFAULT_DATABASE_NAME);

// The ledger's clock starts from the latest stamp this database has seen (db/ledger-clock-repo.ts).
void startLedgerClock(appLedger.db).catch(() => undefined);

// Activity types and 提案类别 this version added to its registry reach a ledger set up before it.
void appLedger.dictionary.addMissingRegistryEntries().catch(() => undefined);
