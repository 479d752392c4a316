// The grass-roots records in the recycle bin (联络站, 主题实践活动, 结对帮扶, 文史资料): what
// the bin lists for them, their tables for restore and purge, what they name that keeps a member
// in the bin, and what purging an activity must take out of a campaign. recycle-bin.ts calls these.
import type { LedgerDatabase } from './database';
import { formatChineseDate } from '../domain/common/dates';
import { CULTURE_KIND_LABELS } from '../domain/culture/culture';
import { sectorText } from '../domain/members/sector-text';

export const GRASSROOTS_BIN_KINDS = ['station', 'campaign', 'pairing', 'culture'] as const;
export type GrassRootsBinKind = (typeof GRASSROOTS_BIN_KINDS)[number];
export const GRASSROOTS_BIN_LABELS: Record<GrassRootsBinKind, string> = { station: '联络站', campaign: '主题实践活动', pairing: '结对帮扶', culture: '文史资料' };

export function grassRootsTables(db: LedgerDatabase) {
  return [db.stations, db.campaigns, db.pairings, db.culture];
}

export function grassRootsTable(db: LedgerDatabase, kind: GrassRootsBinKind) {
  return { station: db.stations, campaign: db.campaigns, pairing: db.pairings, culture: db.culture }[kind];
}

export async function listGrassRootsBin(db: LedgerDatabase) {
  const [stations, campaigns, pairings, culture] = await Promise.all([
    db.stations.where('deletedAt').above('').toArray(),
    db.campaigns.where('deletedAt').above('').toArray(),
    db.pairings.where('deletedAt').above('').toArray(),
    db.culture.where('deletedAt').above('').toArray(),
  ]);
  return [
    ...stations.map((s) => ({ kind: 'station' as const, id: s.id, title: s.township, detail: `联络站 · 成立于${formatChineseDate(s.establishedDate)}`, deletedAt: s.deletedAt! })),
    ...campaigns.map((c) => ({ kind: 'campaign' as const, id: c.id, title: c.theme, detail: `${c.year}年委员履职主题实践活动`, deletedAt: c.deletedAt! })),
    ...pairings.map((p) => ({ kind: 'pairing' as const, id: p.id, title: p.village, detail: `结对帮扶 · ${p.linkKind === '界别' ? sectorText(p.sector) : '委员'}`, deletedAt: p.deletedAt! })),
    ...culture.map((r) => ({ kind: 'culture' as const, id: r.id, title: r.title || CULTURE_KIND_LABELS[r.kind], detail: `${CULTURE_KIND_LABELS[r.kind]} · ${r.date}`, deletedAt: r.deletedAt! })),
  ];
}

/** Where a member is still named in these tables, as phrases for the bin's message ('' when nowhere). */
export async function memberUseInGrassRoots(db: LedgerDatabase, memberId: string): Promise<string[]> {
  const [stations, pairings, interviews] = await Promise.all([
    db.stations.filter((s) => s.staffMemberIds.includes(memberId)).count(),
    db.pairings.where('memberId').equals(memberId).count(),
    db.culture.where('kind').equals('采访').filter((r) => r.kind === '采访' && r.memberId === memberId).count(),
  ]);
  return [stations ? `${stations}个联络站` : '', pairings ? `${pairings}项结对帮扶` : '', interviews ? `${interviews}条委员事迹采访` : ''].filter(Boolean);
}

/** A purged activity leaves the campaigns that linked it. */
export async function unlinkPurgedActivity(db: LedgerDatabase, activityId: string): Promise<void> {
  await db.campaigns.filter((c) => c.activityIds.includes(activityId)).modify((c) => {
    c.activityIds = c.activityIds.filter((id) => id !== activityId);
  });
}
