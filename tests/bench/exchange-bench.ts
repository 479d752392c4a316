// The target on the bench page: an exchange package of one year's changes merged into the
// ten-year big county in < 3 s. Each run touches every activity, proposal and 社情民意 of one year
// (a later stamp and a changed field, as another PC that edited them all would send), writes the
// package (the other PC's work, timed apart), then times what this PC does: read and check it,
// preview it against the ledger (references checked on the merged ledger), and write it.
import type { LedgerDatabase } from '../../renderer/src/db/database';
import { applyExchangeImport, previewExchangeImport } from '../../renderer/src/db/exchange-repo';
import { serializeExchangePackage } from '../../renderer/src/domain/exchange/exchange-format';
import { parseExchangePackage } from '../../renderer/src/domain/exchange/exchange-parse';
import { recordsLedger } from '../../renderer/src/domain/exchange/exchange-tables';
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';
import type { StepTiming } from './bench-types';

export interface ExchangeBenchResult {
  year: number;
  /** Records in the package and its size: the work it did. */
  records: number;
  bytes: number;
  /** The other PC's side: the package written (not part of the target). */
  serializeMs: number;
  /** Steps parse → preview → write; `totalMs` is their sum, the target's measure. */
  merge: StepTiming;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function touchedYear(ledger: Ledger, year: number, stamp: string, run: number): Ledger {
  const touch = <T extends { year: number; updatedAt: string }>(rows: readonly T[], edit: (r: T) => Partial<T>) =>
    rows.filter((r) => r.year === year).map((r) => ({ ...r, ...edit(r), updatedAt: stamp }));
  return recordsLedger({
    activities: touch(ledger.activities, (a) => ({ summary: `${a.summary}（另一台电脑第${run}次修改）` })),
    proposals: touch(ledger.proposals, (p) => ({ title: `${p.title}（改）` })),
    opinions: touch(ledger.opinions, (o) => ({ title: `${o.title}（改）` })),
  }, []);
}

export async function runExchangeBench(db: LedgerDatabase, ledger: Ledger, year: number, runs: number): Promise<ExchangeBenchResult> {
  const all: { totalMs: number; steps: Record<string, number>; records: number; bytes: number; serializeMs: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    const stamp = new Date().toISOString();
    const records = touchedYear(ledger, year, stamp, run);
    const t0 = performance.now();
    const text = await serializeExchangePackage(records, {
      schemaVersion: 2, appVersion: 'bench', installationId: 'bench-other-pc', committee: '示例县政协', since: stamp, createdAt: stamp,
    });
    const t1 = performance.now();
    const parsed = await parseExchangePackage(text);
    if (!parsed.ok) throw new Error(`the bench's own package was refused: ${parsed.message}`);
    const t2 = performance.now();
    const preview = await previewExchangeImport(db, parsed.pkg, 'bench-this-pc');
    if (!preview.ok) throw new Error(`the bench's package could not be previewed: ${preview.message}`);
    const t3 = performance.now();
    const outcome = await applyExchangeImport(db, parsed.pkg, preview.preview, new Map(), 'bench.cppcc-exchange');
    const t4 = performance.now();
    const count = records.activities.length + records.proposals.length + records.opinions.length;
    if (outcome.written !== count) throw new Error(`expected the merge to write ${count} records, it wrote ${outcome.written}`);
    all.push({
      totalMs: round(t4 - t1), steps: { parse: round(t2 - t1), preview: round(t3 - t2), write: round(t4 - t3) },
      records: count, bytes: new TextEncoder().encode(text).byteLength, serializeMs: round(t1 - t0),
    });
  }
  const sorted = [...all].sort((a, b) => a.totalMs - b.totalMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    year, records: mid.records, bytes: mid.bytes, serializeMs: mid.serializeMs,
    merge: { runs, totalMs: mid.totalMs, maxMs: sorted[sorted.length - 1]!.totalMs, steps: mid.steps },
  };
}
