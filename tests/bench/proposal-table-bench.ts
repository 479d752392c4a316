// The 提案办理情况一览表 export on the bench page (target: the table exported in < 2 s),
// on the ten-year ledger already loaded by bench-page.ts: one year's proposals (400) read from
// the database, turned into rows and written as .xlsx bytes — everything 导出一览表 does before
// the save dialog. Runs in real Chromium with the app's own repository, domain and writer.
import type { LedgerDatabase } from '../../renderer/src/db/database';
import { loadProposalTableData } from '../../renderer/src/db/proposal-import-repo';
import { buildProposalTable } from '../../renderer/src/domain/proposals/proposal-table-rows';
import { writeProposalTableXlsx } from '../../renderer/src/export/xlsx/write-proposal-table';
import type { StepTiming } from './bench-types';

export interface ProposalTableBenchResult {
  year: number;
  /** Rows in the table and the size of the file: the work the export did. */
  rows: number;
  bytes: number;
  export: StepTiming;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** `runs` cold exports (a user exports once), the median run kept with its steps. */
export async function runProposalTableBench(db: LedgerDatabase, year: number, runs: number): Promise<ProposalTableBenchResult> {
  const all: { totalMs: number; steps: Record<string, number>; rows: number; bytes: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const data = await loadProposalTableData(db, { kind: 'year', year });
    const t1 = performance.now();
    const table = buildProposalTable(data.proposals, data.names, `${data.committeeName}${year}年提案办理情况一览表`);
    const t2 = performance.now();
    const bytes = await writeProposalTableXlsx({ title: table.title, subtitle: `共${table.rows.length}件`, rows: table.rows });
    const t3 = performance.now();
    all.push({ totalMs: round(t3 - t0), steps: { read: round(t1 - t0), rows: round(t2 - t1), xlsx: round(t3 - t2) }, rows: table.rows.length, bytes: bytes.byteLength });
  }
  const sorted = [...all].sort((a, b) => a.totalMs - b.totalMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  if (mid.rows < 300) throw new Error(`expected the big ledger's ${year} to hold ~400 proposals; the table has ${mid.rows} rows`);
  return { year, rows: mid.rows, bytes: mid.bytes, export: { runs, totalMs: mid.totalMs, maxMs: sorted[sorted.length - 1]!.totalMs, steps: mid.steps } };
}
