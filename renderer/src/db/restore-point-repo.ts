// The restore point: before a restore replaces the ledger, and before the lock screen's 忘记密码
// wipes it, the ledger as it was is kept in a database of its own beside the ledger's
// (`<name>-restore-point`, one row), so 撤销恢复 can put it back. Only one is kept: the next
// restore or wipe replaces it. A ledger with no records is never kept, so restoring into the
// empty ledger a wipe left does not throw away the wiped ledger's point. A separate database keeps
// the ledger's schema (and its migration tests) as they are; the ledger is stored as the rows
// themselves, so putting it back needs no parsing and cannot be refused by a reader's rules.
import Dexie, { type Table } from 'dexie';
import type { LedgerDatabase } from './database';
import { LATEST_SCHEMA_VERSION } from './schema-versions';
import { readWholeLedger, replaceWholeLedger, wipeLedger } from './backup-repo';
import { countLedger, type Ledger, type LedgerCounts } from '../domain/ledger/ledger';
import { ledgerHoldsRecords } from '../domain/ledger/holds-records';

export type RestorePointReason = 'restore' | 'wipe';

export interface RestorePointSummary {
  reason: RestorePointReason;
  /** ISO time the ledger was set aside. */
  keptAt: string;
  committee: string;
  counts: LedgerCounts;
  /** The schema the rows were read at; a point left by an older program is not put back. */
  schemaVersion: number;
}

interface RestorePointRow extends RestorePointSummary {
  id: 'latest';
  ledger: Ledger;
}

class RestorePointDatabase extends Dexie {
  points!: Table<RestorePointRow, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ points: 'id' });
  }
}

const opened = new Map<string, RestorePointDatabase>();
function pointsOf(db: LedgerDatabase): Table<RestorePointRow, string> {
  const name = `${db.name}-restore-point`;
  let points = opened.get(name);
  if (!points) {
    points = new RestorePointDatabase(name);
    opened.set(name, points);
  }
  return points.points;
}

/** Keeps the ledger as it is now (unless it holds nothing), replacing any earlier point. */
export async function keepRestorePoint(db: LedgerDatabase, reason: RestorePointReason, now: Date = new Date()): Promise<boolean> {
  const ledger = await readWholeLedger(db);
  if (!ledgerHoldsRecords(ledger)) return false;
  await pointsOf(db).put({
    id: 'latest', reason, keptAt: now.toISOString(), committee: ledger.settings?.committee.name ?? '',
    counts: countLedger(ledger), schemaVersion: LATEST_SCHEMA_VERSION, ledger,
  });
  return true;
}

/** What the point holds, without reading the ledger itself into memory twice. */
export async function readRestorePoint(db: LedgerDatabase): Promise<RestorePointSummary | null> {
  const row = await pointsOf(db).get('latest');
  if (!row) return null;
  const { id: _id, ledger: _ledger, ...summary } = row;
  return summary;
}

/** A restore that can be undone: the ledger it replaces is kept first. */
export async function restoreKeepingPoint(db: LedgerDatabase, ledger: Ledger): Promise<void> {
  await keepRestorePoint(db, 'restore');
  await replaceWholeLedger(db, ledger);
}

/** 忘记密码: the ledger is kept before it is wiped, so a wipe by mistake can be undone. */
export async function wipeKeepingPoint(db: LedgerDatabase): Promise<void> {
  await keepRestorePoint(db, 'wipe');
  await wipeLedger(db);
}

export type UndoOutcome = { ok: true } | { ok: false; message: string };

/** 撤销恢复: the kept ledger back in place (in one transaction), and the point let go. */
export async function putBackRestorePoint(db: LedgerDatabase): Promise<UndoOutcome> {
  const row = await pointsOf(db).get('latest');
  if (!row) return { ok: false, message: '没有可以撤销的恢复：保留的台账已经不在了。' };
  if (row.schemaVersion !== LATEST_SCHEMA_VERSION) {
    return { ok: false, message: '保留的台账是旧版本程序留下的，不能直接放回；请从备份文件恢复。' };
  }
  await replaceWholeLedger(db, row.ledger);
  await pointsOf(db).delete('latest');
  return { ok: true };
}

export async function discardRestorePoint(db: LedgerDatabase): Promise<void> {
  await pointsOf(db).delete('latest');
}
