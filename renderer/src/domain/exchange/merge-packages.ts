// Two exchange packages merged into one (`npm run ledger -- merge A B --out C`), by the same rule
// as an import with no questions asked: per record the later edit wins, ties by canonical text,
// attendance rows row by row (merge-records.ts), history merged by id. The result — header
// included — does not depend on the order of A and B, and merging a package into one that already
// holds it changes nothing (A + A = A, (A + B) + B = A + B).
// Each record keeps the committee of the package its version came from (the merged package
// carries `recordSources`), so a city office that imports it attributes every record to the
// county that wrote it, never to a name made of several.
import { sha256Hex } from '../common/base64';
import type { ExchangeMeta } from './exchange-format';
import type { ExchangePackage } from './exchange-parse';
import { mergeRecords } from './exchange-merge';
import { compareVersions } from './merge-records';
import { RECORD_TABLES, rowsOf } from './exchange-tables';
import type { Ledger } from '../ledger/ledger';
import { sourceKey, type RecordSource } from '../ledger/record-source';
import { packageCommittee } from './import-sources';

/** The PCs whose packages a package holds: itself, or those a merge named. */
const sourcesOf = (pkg: ExchangePackage): string[] => pkg.header.mergedFrom ?? [pkg.header.installationId];

/** Each record of the package with the committee it came from. */
function committeesOf(pkg: ExchangePackage): Map<string, string> {
  const own = packageCommittee(pkg.header.committee);
  const carried = new Map(pkg.records.recordSources.map((s) => [sourceKey(s.table, s.recordId), s.committee]));
  const out = new Map<string, string>();
  for (const table of RECORD_TABLES) {
    for (const r of rowsOf(pkg.records, table)) out.set(sourceKey(table, r.id), carried.get(sourceKey(table, r.id)) ?? own);
  }
  return out;
}

/** Which committee each merged record is of: the one whose version it is (ties: the first name). */
function mergedSources(a: ExchangePackage, b: ExchangePackage, merged: Ledger): RecordSource[] {
  const [ca, cb] = [committeesOf(a), committeesOf(b)];
  const sources: RecordSource[] = [];
  for (const table of RECORD_TABLES) {
    const ofA = new Map(rowsOf(a.records, table).map((r) => [r.id, r]));
    const ofB = new Map(rowsOf(b.records, table).map((r) => [r.id, r]));
    for (const r of rowsOf(merged, table)) {
      const key = sourceKey(table, r.id);
      const [va, vb] = [ofA.get(r.id), ofB.get(r.id)];
      let committee: string;
      if (!va || !vb) committee = (va ? ca : cb).get(key)!;
      else {
        const order = compareVersions(va, vb);
        const [x, y] = [ca.get(key)!, cb.get(key)!];
        committee = order > 0 ? x : order < 0 ? y : x <= y ? x : y;
      }
      sources.push({ table, recordId: r.id, committee });
    }
  }
  return sources;
}

/**
 * Both headers' `arrivedAt` (when a record taken from a third PC reached the writer), the later of
 * the two for a record in both: the merged package then holds, as each did, every record that
 * reached its writer since its start.
 */
function mergedArrivals(a: ExchangePackage, b: ExchangePackage): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [key, at] of [...Object.entries(a.header.arrivedAt ?? {}), ...Object.entries(b.header.arrivedAt ?? {})]) {
    const held = out[key];
    if (held === undefined || Date.parse(at) > Date.parse(held)) out[key] = at;
  }
  return Object.keys(out).length ? Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : 1))) : undefined;
}

const earlier = (x: string | null, y: string | null) => (x === null || y === null ? null : Date.parse(x) <= Date.parse(y) ? x : y);
const later = (x: string, y: string) => (Date.parse(x) >= Date.parse(y) ? x : y);
const larger = (x: string, y: string) => (x >= y ? x : y);

export async function mergePackages(a: ExchangePackage, b: ExchangePackage): Promise<{ records: Ledger; meta: ExchangeMeta }> {
  const [ha, hb] = [a.header, b.header];
  // A format-1 package's lists (rows without stamps of their own) go whole with each record's winner.
  const records = mergeRecords(a.records, b.records, { a: ha.formatVersion < 2, b: hb.formatVersion < 2 });
  const recordSources = mergedSources(a, b, records);
  const pcs = [...new Set([...sourcesOf(a), ...sourcesOf(b)])].sort();
  const committees = [...new Set(recordSources.map((s) => s.committee))].sort();
  const single = committees.length <= 1;
  const meta: ExchangeMeta = {
    schemaVersion: Math.max(ha.schemaVersion, hb.schemaVersion),
    appVersion: larger(ha.appVersion, hb.appVersion),
    installationId: pcs.length === 1 ? pcs[0]! : `merged-${(await sha256Hex(pcs.join('\n'))).slice(0, 32)}`,
    ...(pcs.length > 1 ? { mergedFrom: pcs } : {}),
    // The header names a committee only when every record is of it; each record's own is in `recordSources`.
    committee: single ? (committees[0] ?? ha.committee) : `${committees.length}个政协（各记录的来源见包内）`.slice(0, 100),
    // Everything either package holds: from the earlier start, or all when either is all.
    since: earlier(ha.since, hb.since),
    createdAt: later(ha.createdAt, hb.createdAt),
  };
  const arrivedAt = mergedArrivals(a, b);
  if (arrivedAt) meta.arrivedAt = arrivedAt;
  // A single committee needs no per-record sources: the header says it, as in a PC's own package.
  return { records: { ...records, recordSources: single ? [] : recordSources }, meta };
}
