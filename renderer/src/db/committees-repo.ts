// The committees a city ledger holds records of (the city view): read for the committee
// selector on 首页 and 报告 (names only, from keys and an index, cheap at every change) and for
// 数据交换 → 各政协记录 (live records of each kind, which reads the records themselves).
import { Dexie } from 'dexie';
import type { LedgerDatabase } from './database';
import type { BaseRecord } from '../domain/common/record';
import type { LedgerArrays } from '../domain/ledger/ledger';
import type { LedgerRows } from '../domain/ledger/ledger-tables';
import { ledgerOfTables, putRows } from '../domain/ledger/ledger-arrays';
import type { RecordSource } from '../domain/ledger/record-source';
import { COMMITTEE_TABLES, committeeCounts, type CommitteeCount } from '../domain/exchange/committee-ledger';
import type { RecordTable } from '../domain/exchange/exchange-tables';
import { getSettings } from './settings-repo';
import { compareChinese } from '../domain/common/chinese-order';

async function ownCommittee(db: LedgerDatabase): Promise<string> {
  return (await getSettings(db))?.committee.name ?? '';
}

const sourcesOfTable = (db: LedgerDatabase, table: string) =>
  db.recordSources.where('[table+recordId]').between([table, Dexie.minKey], [table, Dexie.maxKey]);

/**
 * The committees with records here: every committee named by a source row, and this PC's own
 * when some record has no source row (it was typed here). This PC's own comes first.
 */
export async function listLedgerCommittees(db: LedgerDatabase): Promise<string[]> {
  return db.transaction('r', [db.settings, db.recordSources, ...COMMITTEE_TABLES.map((t) => db.table(t))], async () => {
    const [own, imported] = await Promise.all([ownCommittee(db), db.recordSources.orderBy('committee').uniqueKeys()]);
    let ownHasRecords = false;
    // Keys only: a record with no source row was typed here.
    for (const table of COMMITTEE_TABLES) {
      const [ids, sourced] = await Promise.all([db.table(table).toCollection().primaryKeys(), sourcesOfTable(db, table).primaryKeys()]);
      const sourcedIds = new Set(sourced.map((key) => key[1]));
      if (ids.some((id) => !sourcedIds.has(id as string))) {
        ownHasRecords = true;
        break;
      }
    }
    const others = (imported as string[]).filter((c) => c !== own).sort((a, b) => compareChinese(a, b));
    return ownHasRecords || imported.includes(own) ? [own, ...others] : others;
  });
}

/** Each committee's live records per kind, this PC's own first. Attachments are left out: their bytes are heavy, and a file goes with its record. */
export async function loadCommitteeCounts(db: LedgerDatabase): Promise<CommitteeCount[]> {
  const tables = COMMITTEE_TABLES.filter((t) => t !== 'attachments');
  return db.transaction('r', [db.settings, db.recordSources, ...tables.map((t) => db.table(t))], async () => {
    const arrays: Partial<LedgerArrays> = { recordSources: await db.recordSources.toArray() };
    const readTable = async <T extends RecordTable>(table: T) => putRows(arrays, table, await db.table<LedgerRows[T]>(table).toArray());
    await Promise.all(tables.map(readTable));
    return committeeCounts(ledgerOfTables(arrays), await ownCommittee(db));
  });
}

/** Which of `rows` (of `table`) are `committee`'s: by their source row, or this PC's own without one. */
export async function rowsOfCommittee<T extends BaseRecord>(db: LedgerDatabase, table: string, rows: readonly T[], committee: string): Promise<T[]> {
  const [own, sources] = await Promise.all([ownCommittee(db), sourcesOfTable(db, table).toArray()]);
  const sourceOf = new Map(sources.map((s: RecordSource) => [s.recordId, s.committee]));
  return rows.filter((r) => (sourceOf.get(r.id) ?? own) === committee);
}
