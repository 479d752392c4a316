// The recycle bin: every soft-deleted member, activity, proposal, 社情民意信息, attachment and dictionary entry.
// Restoring an activity brings back the attachments deleted with it (same deletedAt stamp); purging removes a record and what hangs on it for good.
import { formatChineseDate } from '../domain/common/dates';
import type { LedgerDatabase } from './database';
import { nowIso } from './clock';
import { DICTIONARY_LABELS } from '../domain/dictionaries/dictionary-kinds';
import { Dexie } from 'dexie';
import { sessionLabelOf } from '../domain/proposals/proposal';
import { issueLabel } from '../domain/opinions/opinion';
import { isSupervisionBinKind, listSupervisionBin, memberUseInSupervision, SUPERVISION_BIN_LABELS, supervisionTable, supervisionTables, type SupervisionBinKind } from './supervision-bin';
import { GRASSROOTS_BIN_KINDS, GRASSROOTS_BIN_LABELS, grassRootsTable, grassRootsTables, listGrassRootsBin, memberUseInGrassRoots, unlinkPurgedActivity, type GrassRootsBinKind } from './grassroots-bin';

export type BinKind = 'member' | 'activity' | 'proposal' | 'attachment' | 'dictionary' | 'opinion' | 'plan' | GrassRootsBinKind | SupervisionBinKind;

export const BIN_KIND_LABELS: Record<BinKind, string> = { member: '委员', activity: '活动', proposal: '提案', attachment: '附件', dictionary: '字典项', opinion: '社情民意', plan: '工作要点', ...GRASSROOTS_BIN_LABELS, ...SUPERVISION_BIN_LABELS };

export interface BinItem {
  kind: BinKind;
  id: string;
  title: string;
  detail: string;
  deletedAt: string;
}

export async function listRecycleBin(db: LedgerDatabase): Promise<BinItem[]> {
  const [members, activities, proposals, attachments, dictionary, opinions] = await Promise.all([
    db.members.where('deletedAt').above('').toArray(),
    db.activities.where('deletedAt').above('').toArray(),
    db.proposals.where('deletedAt').above('').toArray(),
    db.attachments.where('deletedAt').above('').toArray(),
    db.dictionary.where('deletedAt').above('').toArray(),
    db.opinions.where('deletedAt').above('').toArray(),
  ]);
  const plans = await db.plans.where('deletedAt').above('').toArray();
  const grassRoots = await listGrassRootsBin(db);
  const supervision = await listSupervisionBin(db);
  const activityDeletedAt = new Map(activities.map((a) => [a.id, a.deletedAt]));
  const items: BinItem[] = [
    ...members.map((m) => ({ kind: 'member' as const, id: m.id, title: m.name, detail: [m.sector, m.workplace].filter(Boolean).join(' · '), deletedAt: m.deletedAt! })),
    ...activities.map((a) => ({ kind: 'activity' as const, id: a.id, title: a.title, detail: `${a.type} · ${formatChineseDate(a.startDate)}`, deletedAt: a.deletedAt! })),
    ...proposals.map((p) => ({ kind: 'proposal' as const, id: p.id, title: `第${p.number}号 ${p.title}`, detail: `${sessionLabelOf(p)} · ${p.stage}`, deletedAt: p.deletedAt! })),
    // Attachments that went with their activity are restored with it, so they are not listed twice.
    ...attachments
      .filter((f) => activityDeletedAt.get(f.ownerId) !== f.deletedAt)
      .map((f) => ({ kind: 'attachment' as const, id: f.id, title: f.name, detail: `${Math.ceil(f.size / 1024)} KB`, deletedAt: f.deletedAt! })),
    ...dictionary.map((d) => ({ kind: 'dictionary' as const, id: d.id, title: d.name, detail: DICTIONARY_LABELS[d.kind], deletedAt: d.deletedAt! })),
    ...opinions.map((o) => ({ kind: 'opinion' as const, id: o.id, title: o.title, detail: `社情民意 · ${o.receivedDate}${o.issue ? ` · ${issueLabel(o.issue)}` : ''}`, deletedAt: o.deletedAt! })),
    ...grassRoots,
    ...supervision,
    ...plans.map((p) => ({ kind: 'plan' as const, id: p.id, title: p.title, detail: `${p.unplanned ? '活动“1234”环节' : '工作要点'} · ${p.year}年${p.plannedMonth}月 · ${p.kind}`, deletedAt: p.deletedAt! })),
  ];
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export async function restoreFromBin(db: LedgerDatabase, kind: BinKind, id: string): Promise<void> {
  const at = nowIso();
  const live = { deletedAt: null, updatedAt: at };
  await db.transaction('rw', [db.members, db.activities, db.proposals, db.attachments, db.dictionary, db.opinions, db.plans, ...grassRootsTables(db), ...supervisionTables(db)], async () => {
    if (kind === 'member') await db.members.update(id, live);
    if ((GRASSROOTS_BIN_KINDS as readonly string[]).includes(kind)) await grassRootsTable(db, kind as GrassRootsBinKind).update(id, live);
    if (kind === 'plan') await db.plans.update(id, live);
    if (isSupervisionBinKind(kind)) await supervisionTable(db, kind).update(id, live);
    if (kind === 'opinion') await db.opinions.update(id, live);
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

export type PurgeResult = { ok: true } | { ok: false; message: string };

/**
 * Why a deleted record cannot be removed for good, or null. A member still named on an activity
 * or a proposal, or a proposal others were merged into, stays in the bin: removing it would
 * leave those records pointing at nothing (and a backup of them would no longer restore).
 */
async function purgeBlocker(db: LedgerDatabase, kind: BinKind, id: string): Promise<string | null> {
  if (kind === 'member') {
    const activities = await db.activities.filter((a) => a.participants.some((p) => p.memberId === id)).count();
    const proposals = await db.proposals.where('memberIds').equals(id).count();
    const opinions = await db.opinions.where('memberIds').equals(id).count();
    const grassRoots = await memberUseInGrassRoots(db, id);
    const supervision = await memberUseInSupervision(db, id);
    if (supervision) grassRoots.push(supervision);
    if (activities + proposals + opinions + grassRoots.length > 0) {
      const where = [activities ? `${activities}项活动` : '', proposals ? `${proposals}件提案` : '', opinions ? `${opinions}条社情民意信息` : '', ...grassRoots].filter(Boolean).join('和');
      return `该委员出现在${where}中，彻底删除后这些记录将缺少这位委员，因此保留在回收站`;
    }
  }
  if (kind === 'proposal') {
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
  return db.transaction('rw', [db.members, db.activities, db.proposals, db.attachments, db.dictionary, db.opinions, db.plans, db.recordSources, ...grassRootsTables(db), ...supervisionTables(db)], async (): Promise<PurgeResult> => {
    const blocker = await purgeBlocker(db, kind, id);
    if (blocker) return { ok: false, message: blocker };
    const table = { member: db.members, proposal: db.proposals, dictionary: db.dictionary, attachment: db.attachments, activity: db.activities, opinion: db.opinions, plan: db.plans, station: db.stations, campaign: db.campaigns, pairing: db.pairings, culture: db.culture, evaluation: db.evaluations, supervisor: db.supervisors, supervisionLetter: db.supervisionLetters }[kind];
    const record = await table.get(id);
    if (!record?.deletedAt) return { ok: true };
    if (kind === 'activity') await db.attachments.where('ownerId').equals(id).delete();
    if (kind === 'activity') await unlinkPurgedActivity(db, id);
    // A planned item it fulfilled stays, not done; the steps recorded for it alone (an unplanned item) go with it.
    if (kind === 'activity') {
      await db.plans.where('activityId').equals(id).filter((p) => p.unplanned).delete();
      await db.plans.where('activityId').equals(id).modify({ activityId: null });
    }
    // A purged proposal's files (its scanned text, each reply's letter) go with it: none may point at nothing.
    if (kind === 'proposal') {
      const replyIds = (await db.proposals.get(id))?.replies.map((r) => r.id) ?? [];
      await db.attachments.where('ownerId').anyOf([id, ...replyIds]).delete();
    }
    // Which county it came from (a city ledger) goes with it.
    await db.recordSources.delete([table.name, id]);
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
