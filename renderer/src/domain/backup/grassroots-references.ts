// What zod cannot see row by row in the grass-roots tables of a backup (stations,
// campaigns, pairings, culture): every member or activity they name present in
// the file. Kept apart from backup-parse.ts so that file only calls it.
import { TABLE_LABELS } from './field-labels';

type Row = { id: string };

export interface GrassRootsTables {
  stations: readonly (Row & { staffMemberIds: readonly string[] })[];
  campaigns: readonly (Row & { activityIds: readonly string[] })[];
  pairings: readonly (Row & { memberId: string | null; deeds: readonly Row[] })[];
  culture: readonly (Row & { kind: string; memberId?: string })[];
}

export function checkGrassRootsReferences(t: GrassRootsTables, memberIds: ReadonlySet<string>, activityIds: ReadonlySet<string>): string | null {
  for (const [i, s] of t.stations.entries()) {
    for (const id of s.staffMemberIds) if (!memberIds.has(id)) return `备份文件中第${i + 1}条${TABLE_LABELS.stations}记录的工作人员（${id}）不在委员记录中`;
  }
  for (const [i, c] of t.campaigns.entries()) {
    for (const id of c.activityIds) if (!activityIds.has(id)) return `备份文件中第${i + 1}条${TABLE_LABELS.campaigns}记录所关联的活动（${id}）不在活动记录中`;
  }
  for (const [i, p] of t.pairings.entries()) {
    if (p.memberId !== null && !memberIds.has(p.memberId)) return `备份文件中第${i + 1}条${TABLE_LABELS.pairings}记录的结对委员（${p.memberId}）不在委员记录中`;
  }
  for (const [i, r] of t.culture.entries()) {
    if (r.kind === '采访' && r.memberId !== undefined && !memberIds.has(r.memberId)) return `备份文件中第${i + 1}条${TABLE_LABELS.culture}记录的受访委员（${r.memberId}）不在委员记录中`;
  }
  return null;
}
