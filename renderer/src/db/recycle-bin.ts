// The recycle bin: every soft-deleted member, activity, proposal, attachment and dictionary entry.
// Restoring an activity brings back the attachments deleted with it (same deletedAt stamp); purging removes a record and what hangs on it for good.
import type { LedgerDatabase } from './database';
import { nowIso } from '../domain/common/record';
import { DICTIONARY_LABELS } from '../domain/dictionaries/dictionary-kinds';
import { sessionLabelOf } from '../domain/proposals/proposal';

export type BinKind = 'member' | 'activity' | 'proposal' | 'attachment' | 'dictionary';

export const BIN_KIND_LABELS: Record<BinKind, string> = { member: '委员', activity: '活动', proposal: '提案', attachment: '附件', dictionary: '字典项' };

export interface BinItem {
  kind: BinKind;
  id: string;
  title: string;
  detail: string;
  deletedAt: string;
}

export async function listRecycleBin(db: LedgerDatabase): Promise<BinItem[]> {
  const [members, activities, proposals, attachments, dictionary] = await Promise.all([
    db.members.where('deletedAt').above('').toArray(),
    db.activities.where('deletedAt').above('').toArray(),
    db.proposals.where('deletedAt').above('').toArray(),
    db.attachments.where('deletedAt').above('').toArray(),
    db.dictionary.where('deletedAt').above('').toArray(),
  ]);
  const activityDeletedAt = new Map(activities.map((a) => [a.id, a.deletedAt]));
  const items: BinItem[] = [
    ...members.map((m) => ({ kind: 'member' as const, id: m.id, title: m.name, detail: [m.sector, m.workplace].filter(Boolean).join(' · '), deletedAt: m.deletedAt! })),
    ...activities.map((a) => ({ kind: 'activity' as const, id: a.id, title: a.title, detail: `${a.type} · ${a.startDate}`, deletedAt: a.deletedAt! })),
    ...proposals.map((p) => ({ kind: 'proposal' as const, id: p.id, title: `第${p.number}号 ${p.title}`, detail: `${sessionLabelOf(p)} · ${p.stage}`, deletedAt: p.deletedAt! })),
    // Attachments that went with their activity are restored with it, so they are not listed twice.
    ...attachments
      .filter((f) => activityDeletedAt.get(f.ownerId) !== f.deletedAt)
      .map((f) => ({ kind: 'attachment' as const, id: f.id, title: f.name, detail: `${Math.ceil(f.size / 1024)} KB`, deletedAt: f.deletedAt! })),
    ...dictionary.map((d) => ({ kind: 'dictionary' as const, id: d.id, title: d.name, detail: DICTIONARY_LABELS[d.kind], deletedAt: d.deletedAt! })),
  ];
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export async function restoreFromBin(db: LedgerDatabase, kind: BinKind, id: string): Promise<void> {
  const at = nowIso();
  const live = { deletedAt: null, updatedAt: at };
  await db.transaction('rw', db.members, db.activities, db.proposals, db.attachments, db.dictionary, async () => {
    if (kind === 'member') await db.members.update(id, live);
    if (kind === 'proposal') await db.proposals.update(id, live);
    if (kind === 'dictionary') await db.dictionary.update(id, live);
    if (kind === 'attachment') await db.attachments.update(id, live);
    if (kind === 'activity') {
      const activity = await db.activities.get(id);
      if (!activity?.deletedAt) return;
      const stamp = activity.deletedAt;
      await db.activities.update(id, live);
      await db.attachments.where('ownerId').equals(id).filter((r) => r.deletedAt === stamp).modify(live);
    }
  });
}

/** Removes a deleted record for good; the caller has asked the user to confirm. */
export async function purgeFromBin(db: LedgerDatabase, kind: BinKind, id: string): Promise<void> {
  await db.transaction('rw', db.members, db.activities, db.proposals, db.attachments, db.dictionary, async () => {
    if (kind === 'proposal') {
      const p = await db.proposals.get(id);
      // A proposal others were merged into stays: their 并案 would point at nothing.
      const joined = await db.proposals.filter((o) => o.mergedIntoId === id).count();
      if (p?.deletedAt && joined === 0) await db.proposals.delete(id);
    }
    if (kind === 'member') {
      const m = await db.members.get(id);
      if (m?.deletedAt) await db.members.delete(id);
    }
    if (kind === 'dictionary') {
      const d = await db.dictionary.get(id);
      if (d?.deletedAt) await db.dictionary.delete(id);
    }
    if (kind === 'attachment') {
      const f = await db.attachments.get(id);
      if (f?.deletedAt) await db.attachments.delete(id);
    }
    if (kind === 'activity') {
      const a = await db.activities.get(id);
      if (!a?.deletedAt) return;
      await db.attachments.where('ownerId').equals(id).delete();
      await db.activities.delete(id);
    }
  });
}

export async function emptyRecycleBin(db: LedgerDatabase): Promise<number> {
  const items = await listRecycleBin(db);
  for (const item of items) await purgeFromBin(db, item.kind, item.id);
  return items.length;
}
