// The sample's grass-roots records in and out of the database, called by sample-repo.ts
// inside its transaction: the office's own records stay, and keep the sample members they name.
import type { LedgerDatabase } from './database';
import type { Ledger } from '../domain/ledger/ledger';

export async function addSampleGrassRoots(db: LedgerDatabase, sample: Pick<Ledger, 'stations' | 'campaigns' | 'pairings' | 'culture'>): Promise<void> {
  // A township or a year the office has filled in itself keeps its own record.
  const ownTownships = new Set((await db.stations.filter((s) => s.deletedAt === null).toArray()).map((s) => s.township));
  const ownYears = new Set((await db.campaigns.filter((c) => c.deletedAt === null).toArray()).map((c) => c.year));
  await db.stations.bulkAdd(sample.stations.filter((s) => !ownTownships.has(s.township)));
  await db.campaigns.bulkAdd(sample.campaigns.filter((c) => !ownYears.has(c.year)));
  await db.pairings.bulkAdd(sample.pairings);
  await db.culture.bulkAdd(sample.culture);
}

/** The members the office's own (not sample) stations, pairings and interviews name. */
export async function grassRootsMemberIds(db: LedgerDatabase): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const s of await db.stations.filter((x) => !x.isSample).toArray()) for (const id of s.staffMemberIds) ids.add(id);
  for (const p of await db.pairings.filter((x) => !x.isSample).toArray()) if (p.memberId) ids.add(p.memberId);
  for (const r of await db.culture.filter((x) => !x.isSample).toArray()) if (r.kind === '采访') ids.add(r.memberId);
  return ids;
}

/** Takes the sample's records out; the office's own campaigns no longer link the sample activities. */
export async function removeSampleGrassRoots(db: LedgerDatabase, sampleActivities: ReadonlySet<string>): Promise<void> {
  await db.stations.filter((s) => s.isSample).delete();
  await db.campaigns.filter((c) => c.isSample).delete();
  await db.pairings.filter((p) => p.isSample).delete();
  await db.culture.filter((r) => r.isSample).delete();
  await db.campaigns.filter((c) => c.activityIds.some((id) => sampleActivities.has(id))).modify((c) => {
    c.activityIds = c.activityIds.filter((id) => !sampleActivities.has(id));
  });
}
