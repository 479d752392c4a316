// The recycle bin: every soft-deleted record of the tables the registry puts in the bin
// (domain/ledger/ledger-tables.ts `inBin`), each named as db/bin-rows.ts says.
// Restoring an activity brings back the attachments deleted with it (same deletedAt stamp); purging removes a record and what hangs on it for good.
import type { LedgerDatabase } from './database';
import { nowIso } from './clock';
import { Dexie, type Table } from 'dexie';
import type { BaseRecord } from '../domain/common/record';
import { BIN_TABLES, type BinTable, type LedgerRows } from '../domain/ledger/ledger-tables';
import { sessionLabelOf } from '../domain/proposals/proposal';
import { unlinkPurgedActivity } from './grassroots-bin';
import { BIN_ROWS, type BinContext } from './bin-rows';
import { memberReferences } from './member-references';
import { memberPurgeRefusal } from '../domain/members/member-uses';

/** A bin item's kind is its table; its Chinese name is the table's (tableLabel). */
export type BinKind = BinTable;

export interface BinItem {
  kind: BinKind;
  id: string;
  title: string;
  detail: string;
  deletedAt: string;
}

function binTables(db: LedgerDatabase): Table[] {
  return BIN_TABLES.map((t) => db.table(t));
}

/** The deleted records of one table as bin lines; the deletedAt index holds exactly the deleted ones. */
async function binItemsOf<T extends BinTable>(db: LedgerDatabase, table: T, ctx: BinContext): Promise<BinItem[]> {
  const rows = await db.table<LedgerRows[T], string>(table).where('deletedAt').above('').toArray();
  const describe: (row: LedgerRows[T], ctx: BinContext) => { title: string; detail: string } | null = BIN_ROWS[table];
  return rows.flatMap((row) => {
    const line = describe(row, ctx);
    return line && row.deletedAt ? [{ kind: table, id: row.id, ...line, deletedAt: row.deletedAt }] : [];
  });
}

export async function listRecycleBin(db: LedgerDatabase): Promise<BinItem[]> {
  const [deletedActivities, members] = await Promise.all([db.activities.where('deletedAt').above('').toArray(), db.members.toArray()]);
  const ctx: BinContext = {
    deletedActivities: new Map(deletedActivities.map((a) => [a.id, a.deletedAt])),
    memberNames: new Map(members.map((m) => [m.id, m.name])),
  };
  const items = (await Promise.all(BIN_TABLES.map((t) => binItemsOf(db, t, ctx)))).flat();
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export async function restoreFromBin(db: LedgerDatabase, kind: BinKind, id: string): Promise<void> {
  const at = nowIso();
  const live = { deletedAt: null, updatedAt: at };
  await db.transaction('rw', binTables(db), async () => {
    if (kind !== 'activities') {
      await db.table<BaseRecord, string>(kind).update(id, live);
      return;
    }
    // An activity brings back the attachments deleted with it (the same deletedAt stamp).
    const activity = await db.activities.get(id);
    if (!activity?.deletedAt) return;
    const stamp = activity.deletedAt;
    await db.activities.update(id, live);
    await db.attachments.where('ownerId').equals(id).filter((r) => r.deletedAt === stamp).modify(live);
  });
}

export type PurgeResult = { ok: true } | { ok: false; message: string };

/**
 * Why a deleted record cannot be removed for good, or null. A member still named on an activity
 * or a proposal, or a proposal others were merged into, stays in the bin: removing it would
 * leave those records pointing at nothing (and a backup of them would no longer restore).
 */
async function purgeBlocker(db: LedgerDatabase, kind: BinKind, id: string): Promise<string | null> {
  if (kind === 'members') {
    const refusal = memberPurgeRefusal(await memberReferences(db, id));
    if (refusal) return refusal;
  }
  if (kind === 'proposals') {
    const joined = await db.proposals.filter((o) => o.mergedIntoId === id).count();
    if (joined > 0) return `有${joined}件提案并入了这件提案，彻底删除后它们将无处可并，因此保留在回收站`;
    const converted = await db.opinions.filter((o) => o.sourceProposalId === id).count();
    if (converted > 0) return `有${converted}条社情民意信息由这件提案转来，彻底删除后它们将缺少来源，因此保留在回收站`;
    // The next 案号 is one more than the highest held, deleted ones included: purging the holder
    // of the highest would hand its 案号 to the next proposal, and a 案号 is never reused.
    const self = await db.proposals.get(id);
    if (self) {
      const highest = await db.proposals.where('[sessionKey+number]').between([self.sessionKey, Dexie.minKey], [self.sessionKey, Dexie.maxKey]).last();
      if (highest?.id === id) return `第${self.number}号是${sessionLabelOf(self)}目前最大的案号，彻底删除后这个案号会被下一件新提案重复使用，因此保留在回收站`;
    }
  }
  return null;
}

/** Removes a deleted record for good; the caller has asked the user to confirm. */
export async function purgeFromBin(db: LedgerDatabase, kind: BinKind, id: string): Promise<PurgeResult> {
  return db.transaction('rw', [...binTables(db), db.recordSources], async (): Promise<PurgeResult> => {
    const blocker = await purgeBlocker(db, kind, id);
    if (blocker) return { ok: false, message: blocker };
    const table = db.table<BaseRecord, string>(kind);
    const record = await table.get(id);
    if (!record?.deletedAt) return { ok: true };
    if (kind === 'activities') await db.attachments.where('ownerId').equals(id).delete();
    if (kind === 'activities') await unlinkPurgedActivity(db, id);
    // A planned item it fulfilled stays, not done; the steps recorded for it alone (an unplanned item) go with it.
    if (kind === 'activities') {
      await db.plans.where('activityId').equals(id).filter((p) => p.unplanned).delete();
      await db.plans.where('activityId').equals(id).modify({ activityId: null });
    }
    // A purged proposal's files (its scanned text, each reply's letter) go with it: none may point at nothing.
    if (kind === 'proposals') {
      const replyIds = (await db.proposals.get(id))?.replies.map((r) => r.id) ?? [];
      await db.attachments.where('ownerId').anyOf([id, ...replyIds]).delete();
    }
    // Which county it came from (a city ledger) goes with it.
    await db.recordSources.delete([kind, id]);
    await table.delete(id);
    return { ok: true };
  });
}

/** Purges everything that can go; what must stay is listed with why. */
export async function emptyRecycleBin(db: LedgerDatabase): Promise<{ purged: number; kept: { title: string; message: string }[] }> {
  const items = await listRecycleBin(db);
  const kept: { title: string; message: string }[] = [];
  for (const item of items) {
    const r = await purgeFromBin(db, item.kind, item.id);
    if (!r.ok) kept.push({ title: item.title, message: r.message });
  }
  return { purged: items.length - kept.length, kept };
}
