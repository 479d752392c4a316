// Every report kind of one year on the bench page (target: < 1 s from click to the bytes of both
// copies, and within 1.5× of what `docx` alone takes to pack the same finished documents), for the
// newest year of the ten-year big county already loaded by bench-page.ts. A run does what the
// 报告 screen's 导出Word does: read the year's ledger (its own step: the screen has it already),
// count the figures and render the 印发稿 and the 核对稿 (buildReport, the screen's and the home
// one-click's path), build each docx Document and pack both together as writeReportCopiesDocx does
// (gbt-package.ts: the parts the copies share made once). Each run reads the ledger afresh (the
// figure slices are cached per ledger object, so reusing one would time the cache). The 委员履职档案
// is one member's record and has one copy (its review copy is the document itself).
// The floor packs the very Documents of each run again with docx's Packer and nothing else, right
// after that run, so the two are timed under the same load (a busy machine moves both together).
//
// Both sides start alike: the click's timed part (from the ledger, once read, to the bytes) and its floor
// each begin after a full collection and a short idle (gc(), exposed by run.ts's --js-flags=--expose-gc).
// Runs follow each other without the idle time in which Chromium collects between a user's
// clicks, so without it whichever step came next paid for the garbage made before it — the
// previous runs' ledgers and documents and this run's read, collected in the middle of the pack
// (which then took some 50 ms where docx alone took 28 on the same documents, the floor coming
// right after that collection). Each side still pays for everything it allocates itself. One run
// of each kind, untimed, warms both sides' code first; the median of REPORT_RUNS runs is kept.
import { Packer } from 'docx';
import type { LedgerDatabase } from '../../renderer/src/db/database';
import { loadReportLedger } from '../../renderer/src/db/reports-repo';
import { yearScope } from '../../renderer/src/domain/report/figure-catalogue';
import { DEFAULT_TEMPLATES, REPORT_KIND_LABELS, REPORT_TEMPLATE_KINDS, type ReportKind } from '../../renderer/src/domain/report/report-template';
import { buildReport, type BuiltReport } from '../../renderer/src/features/reports/build-report';
import { buildMemberReport } from '../../renderer/src/features/reports/member/build-member-report';
import { DEFAULT_SCORE_RULES } from '../../renderer/src/domain/scores/score-rules';
import { packGbtDocuments } from '../../renderer/src/export/docx/gbt-package';
import { DEFAULT_REPORT_LAYOUT, reportCopyDocuments } from '../../renderer/src/export/docx/write-report-docx';
import type { StepTiming } from './bench-types';

export interface ReportKindBench {
  kind: ReportKind;
  label: string;
  /** 2: 印发稿 and 核对稿; 1: the member's record. */
  copies: number;
  /** Blocks of the 印发稿, figures counted and the bytes of all copies: the work it did. */
  blocks: number;
  figures: number;
  bytes: number;
  /** Steps read → build (figures, both copies rendered) → document → pack; `totalMs` is from build to bytes (the read is its own step). */
  report: StepTiming;
  /** Median of `runs` packings of the finished Documents (all copies) by docx alone, one after each run. */
  packFloorMs: number;
  /** Median of each run's own click→.docx ÷ its floor: a second view of the ratio, steady when the load moves. */
  pairedRatio: number;
}

export interface ReportBenchResult {
  year: number;
  kinds: ReportKindBench[];
}

/** Timed runs of each kind (after one untimed warm-up run): enough for a steady median of some 20–80 ms. */
export const REPORT_RUNS = 11;

const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** The least each kind must do on the big county, so a bench that silently did nothing is noticed. */
const AT_LEAST: Record<ReportKind, { figures: number; blocks: number }> = {
  supervision: { figures: 40, blocks: 20 },
  standing: { figures: 30, blocks: 10 },
  proposals: { figures: 20, blocks: 8 },
  member: { figures: 0, blocks: 4 },
};

function build(kind: ReportKind, ledger: Awaited<ReturnType<typeof loadReportLedger>>, year: number): BuiltReport {
  const scope = yearScope(year, `${year}-11-30`);
  const today = `${year}-12-31`;
  // As the home screen's one click builds it: the template's figures only.
  if (kind !== 'member') return buildReport(ledger, DEFAULT_TEMPLATES[kind], scope, today, undefined, 'template');
  // The member with the most activities of the year: the longest record.
  const live = ledger.members.filter((m) => m.deletedAt === null);
  const times = new Map<string, number>();
  for (const a of ledger.activities) if (a.year === year) for (const p of a.participants) times.set(p.memberId, (times.get(p.memberId) ?? 0) + 1);
  const member = live.reduce((best, m) => ((times.get(m.id) ?? 0) > (times.get(best.id) ?? 0) ? m : best), live[0]!);
  return buildMemberReport(ledger, member, DEFAULT_SCORE_RULES, scope, today);
}

/** How long the page idles after a collection: V8 sweeps the freed memory on other threads meanwhile. */
const SETTLE_MS = 30;

/**
 * A full collection and a short idle, as between a user's clicks, so the step timed next pays
 * neither for garbage made before it nor for sweeping up after the collection.
 */
async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the report bench needs gc(): open the bench page in Chromium with --js-flags=--expose-gc (run.ts does)');
  gc();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

async function benchKind(db: LedgerDatabase, kind: ReportKind, year: number, runs: number): Promise<ReportKindBench> {
  const all: { totalMs: number; steps: Record<string, number>; blocks: number; figures: number; bytes: number }[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  let copies = 0;
  for (let i = -1; i < runs; i++) {
    const t0 = performance.now();
    // As the 报告 screen reads it: the year's activities, proposals and 社情民意 by their index.
    const ledger = await loadReportLedger(db, { year });
    const t1 = performance.now();
    await collectGarbage();
    const b0 = performance.now();
    const built = build(kind, ledger, year);
    const t2 = performance.now();
    // writeReportCopiesDocx's two steps, as the 报告 screen, the home one-click and the command line write both copies.
    const { documents, shared } = reportCopyDocuments(built, DEFAULT_REPORT_LAYOUT);
    const t3 = performance.now();
    const bytes = (await packGbtDocuments(documents, DEFAULT_REPORT_LAYOUT.fonts, shared)).reduce((sum, b) => sum + b.byteLength, 0);
    const t4 = performance.now();
    await collectGarbage();
    const f0 = performance.now();
    for (const d of documents) await Packer.pack(d, 'uint8array');
    const floor = performance.now() - f0;
    // Run −1 warms up both sides and is not kept.
    if (i < 0) continue;
    floors.push(floor);
    ratios.push((t4 - b0) / floor);
    copies = documents.length;
    all.push({
      totalMs: round(t4 - b0),
      steps: { read: round(t1 - t0), build: round(t2 - b0), document: round(t3 - t2), pack: round(t4 - t3) },
      blocks: built.doc.blocks.length, figures: built.figures.size, bytes,
    });
  }
  const sorted = [...all].sort((a, b) => a.totalMs - b.totalMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const least = AT_LEAST[kind];
  if (mid.figures < least.figures || mid.blocks < least.blocks) {
    throw new Error(`expected the ${kind} report to count ≥ ${least.figures} figures in ≥ ${least.blocks} blocks; it counted ${mid.figures} in ${mid.blocks}`);
  }
  return {
    kind, label: REPORT_KIND_LABELS[kind], copies, blocks: mid.blocks, figures: mid.figures, bytes: mid.bytes,
    report: { runs, totalMs: mid.totalMs, maxMs: sorted[sorted.length - 1]!.totalMs, steps: mid.steps },
    packFloorMs: round(median(floors)),
    pairedRatio: Math.round(median(ratios) * 100) / 100,
  };
}

export async function runReportBench(db: LedgerDatabase, year: number, runs = REPORT_RUNS): Promise<ReportBenchResult> {
  const kinds: ReportKindBench[] = [];
  for (const kind of REPORT_TEMPLATE_KINDS) kinds.push(await benchKind(db, kind, year, runs));
  return { year, kinds };
}
