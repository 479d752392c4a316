// The clock the database stamps records with: the ledger's clock (domain/common/ledger-clock.ts,
// never behind a stamp already seen) at this PC's time. The db layer is where the time is read,
// so the domain's rules get it passed in.
import { clockStamp } from '../domain/common/ledger-clock';

/** The stamp of a change made now. */
export function nowIso(): string {
  return clockStamp(Date.now());
}
