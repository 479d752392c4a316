// Every record that names a member: attendance rows (deleted activities included, since
// restoring one brings its rows back), proposals, 社情民意, liaison stations, pairings, interviews
// and supervisor appointments. One count serves the question before deleting and the recycle bin's refusal to purge.
import type { LedgerDatabase } from './database';
import { memberUseInGrassRoots } from './grassroots-bin';
import { memberUseInSupervision } from './supervision-bin';

/** Chinese counts of what names the member ('3项活动', '1件提案'…), only the non-zero ones. */
export async function memberReferences(db: LedgerDatabase, memberId: string): Promise<string[]> {
  const [activities, proposals, opinions, grassRoots, supervision] = await Promise.all([
    db.activities.filter((a) => a.participants.some((p) => p.memberId === memberId)).count(),
    db.proposals.where('memberIds').equals(memberId).count(),
    db.opinions.where('memberIds').equals(memberId).count(),
    memberUseInGrassRoots(db, memberId),
    memberUseInSupervision(db, memberId),
  ]);
  return [activities ? `${activities}项活动` : '', proposals ? `${proposals}件提案` : '', opinions ? `${opinions}条社情民意信息` : '', ...grassRoots, supervision].filter(Boolean);
}
