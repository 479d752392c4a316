// The grass-roots records and the recycle bin (联络站, 主题实践活动, 结对帮扶, 文史资料): what
// they name that keeps a member in the bin, and what purging an activity must take out of a
// campaign. recycle-bin.ts calls these.
import type { LedgerDatabase } from './database';

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
