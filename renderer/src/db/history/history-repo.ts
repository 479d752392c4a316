// Reading a record's history, newest first, for its page.
import type { LedgerDatabase } from '../database';
import type { HistoryEntry } from '../../domain/history/history-entry';

export async function listRecordHistory(db: LedgerDatabase, table: string, recordId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where('[table+recordId]').equals([table, recordId]).toArray();
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
