// What an import notes about where records came from (the city view): every record the import
// writes as the package's version — new, updated, or a conflict settled for the package — is
// now that package's committee's. A conflict settled for this PC's version keeps its source.
import { sourceKey, UNNAMED_COMMITTEE, type RecordSource } from '../ledger/record-source';
import { changeKey, defaultSide, type ImportPlan, type Side } from './exchange-merge';

/** The committee a package's records are noted under: its header's 政协全称. */
export function packageCommittee(headerCommittee: string): string {
  return headerCommittee.trim() || UNNAMED_COMMITTEE;
}

export function importedSources(plan: ImportPlan, choices: ReadonlyMap<string, Side>, committee: string, carried: readonly RecordSource[] = []): RecordSource[] {
  // A merged package names each record's committee; a PC's own package is all its header's.
  const named = new Map(carried.map((s) => [sourceKey(s.table, s.recordId), s.committee]));
  const sources: RecordSource[] = [];
  for (const c of plan.changes) {
    const taken = c.verdict === 'new' || (c.verdict === 'updated' && c.winnerSide === 'incoming') || (c.verdict === 'conflict' && (choices.get(changeKey(c)) ?? defaultSide(c)) === 'incoming');
    if (taken) sources.push({ table: c.table, recordId: c.incoming.id, committee: named.get(sourceKey(c.table, c.incoming.id)) ?? committee });
  }
  return sources;
}
