// The ledger the running program uses: the repositories bound to the real IndexedDB database.
// Screens import `appLedger` and call its functions; tests build their own with openTestLedger.
import { openLedgerRepositories } from './ledger-repositories';
import { DEFAULT_DATABASE_NAME } from './database';

export const appLedger = openLedgerRepositories(DEFAULT_DATABASE_NAME);
