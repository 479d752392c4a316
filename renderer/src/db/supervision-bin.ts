// The 民主监督 records and the recycle bin: the 监督员 appointments that keep a member in the
// bin. recycle-bin.ts calls this.
import type { LedgerDatabase } from './database';

/** Appointments (live or in the bin) naming the member, as a phrase for the bin's message; '' when none. */
export async function memberUseInSupervision(db: LedgerDatabase, memberId: string): Promise<string> {
  const n = await db.supervisors.where('memberId').equals(memberId).count();
  return n ? `${n}条监督员聘任记录` : '';
}
