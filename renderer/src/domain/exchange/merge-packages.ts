// Two exchange packages merged into one (`npm run ledger -- merge A B --out C`), by the same rule
// as an import with no questions asked: per record the later edit wins, ties by canonical text
// (merge-records.ts), history merged by id. The result does not depend on the order of A and B.
// It is a package of its own: its source is neither PC, so the PC that imports it has never
// exchanged with that source and asks about no conflict — the later edit simply wins.
import { sha256Hex } from '../common/base64';
import type { ExchangeMeta } from './exchange-format';
import type { ExchangePackage } from './exchange-parse';
import { mergeRecords } from './exchange-merge';
import type { Ledger } from '../ledger/ledger';

export async function mergePackages(a: ExchangePackage, b: ExchangePackage, appVersion: string): Promise<{ records: Ledger; meta: ExchangeMeta }> {
  const [ha, hb] = [a.header, b.header];
  const sources = [...new Set([ha.installationId, hb.installationId])].sort();
  const committees = [...new Set([ha.committee, hb.committee].filter(Boolean))].sort();
  const meta: ExchangeMeta = {
    schemaVersion: Math.max(ha.schemaVersion, hb.schemaVersion),
    appVersion,
    installationId: `merged-${(await sha256Hex(sources.join('\n'))).slice(0, 32)}`,
    committee: committees.join('、').slice(0, 100),
    // Everything either package holds: from the earlier start, or all when either is all.
    since: ha.since === null || hb.since === null ? null : ha.since < hb.since ? ha.since : hb.since,
    createdAt: ha.createdAt > hb.createdAt ? ha.createdAt : hb.createdAt,
  };
  return { records: mergeRecords(a.records, b.records), meta };
}
