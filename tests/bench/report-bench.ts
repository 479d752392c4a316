// The annual 民主监督工作情况汇报 on the bench page (target: < 1 s from click to bytes,
// within 1.5× of what `docx` alone takes to pack the same finished document), for the newest
// year of the ten-year big county already loaded by bench-page.ts. Each run reads the ledger
// afresh (the figure slices are cached per ledger object, so reusing one would time the cache),
// then counts the figures, fills the default template, builds the docx Document and packs it.
// The floor packs the very Document of the last run again with docx's Packer and nothing else.
import { Packer } from 'docx';
import type { LedgerDatabase } from '../../renderer/src/db/database';
import { loadReportLedger } from '../../renderer/src/db/reports-repo';
import { computeFiguresFor, yearScope } from '../../renderer/src/domain/report/figure-catalogue';
import { renderReport } from '../../renderer/src/domain/report/render-report';
import { DEFAULT_TEMPLATES, figureKeysOf } from '../../renderer/src/domain/report/report-template';
import { packGbtDocument } from '../../renderer/src/export/docx/gbt-layout';
import { buildReportDocument, DEFAULT_REPORT_LAYOUT } from '../../renderer/src/export/docx/write-report-docx';
import type { StepTiming } from './bench-types';

export interface ReportBenchResult {
  year: number;
  /** Paragraphs and figures in the report and the size of the file: the work it did. */
  blocks: number;
  figures: number;
  bytes: number;
  /** Steps read → figures → render → document → pack; `totalMs` is from figures to bytes (the read is its own step). */
  report: StepTiming;
  /** Median of `runs` packings of the finished Document by docx alone. */
  packFloorMs: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runReportBench(db: LedgerDatabase, year: number, runs: number): Promise<ReportBenchResult> {
  const all: { totalMs: number; steps: Record<string, number>; blocks: number; figures: number; bytes: number }[] = [];
  let lastDocument: ReturnType<typeof buildReportDocument> | null = null;
  const template = DEFAULT_TEMPLATES.supervision;
  const scope = yearScope(year, `${year}-11-30`);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    // As the 报告 screen reads it: the year's activities, proposals and 社情民意 by their index.
    const ledger = await loadReportLedger(db, { year });
    const t1 = performance.now();
    const figures = computeFiguresFor(ledger, scope, figureKeysOf(template));
    const t2 = performance.now();
    const doc = renderReport(template, figures, { committeeName: ledger.settings?.committee.name ?? '示例县政协', issuer: ledger.settings?.committee.name ?? '示例县政协', date: scope.until, scope });
    const t3 = performance.now();
    const built = buildReportDocument(doc, DEFAULT_REPORT_LAYOUT);
    const t4 = performance.now();
    const bytes = await packGbtDocument(built, DEFAULT_REPORT_LAYOUT.fonts);
    const t5 = performance.now();
    lastDocument = built;
    all.push({
      totalMs: round(t5 - t1),
      steps: { read: round(t1 - t0), figures: round(t2 - t1), render: round(t3 - t2), document: round(t4 - t3), pack: round(t5 - t4) },
      blocks: doc.blocks.length, figures: figures.size, bytes: bytes.byteLength,
    });
  }
  const sorted = [...all].sort((a, b) => a.totalMs - b.totalMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  if (mid.figures < 40 || mid.blocks < 20) throw new Error(`expected the supervision report to use ~50 figures in ~25 blocks; it used ${mid.figures} in ${mid.blocks}`);
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await Packer.pack(lastDocument!, 'uint8array');
    floors.push(performance.now() - t0);
  }
  floors.sort((a, b) => a - b);
  return {
    year, blocks: mid.blocks, figures: mid.figures, bytes: mid.bytes,
    report: { runs, totalMs: mid.totalMs, maxMs: sorted[sorted.length - 1]!.totalMs, steps: mid.steps },
    packFloorMs: round(floors[Math.floor((floors.length - 1) / 2)]!),
  };
}
