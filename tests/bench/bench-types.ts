// The shape of what the bench page (bench-page.ts, in Chromium) hands back to the runner
// (run.ts, in Node): shared so both sides of page.evaluate agree on it.

/** Repeated timings of one small query: warm-up excluded, milliseconds. */
export interface RepeatedTiming {
  runs: number;
  medianMs: number;
  maxMs: number;
  minMs: number;
  /** Rows (or figures) the call returned, to show the query did real work. */
  resultSize: number;
}

/** Timings of a big operation, milliseconds: the median run, split into its steps, and the slowest. */
export interface StepTiming {
  runs: number;
  totalMs: number;
  maxMs: number;
  steps: Record<string, number>;
}

import type { ProposalBenchResult } from './proposal-bench';
import type { ProposalTableBenchResult } from './proposal-table-bench';
import type { ReportBenchResult } from './report-bench';
import type { ExchangeBenchResult } from './exchange-bench';
import type { SupervisionBenchResult } from './supervision-bench';
import type { LearnBenchResult } from './learn-bench';

export interface LedgerBenchResult {
  userAgent: string;
  counts: { members: number; activities: number; attendance: number; dictionary: number };
  generateMs: number;
  load: StepTiming;
  year: number;
  homeFigures: RepeatedTiming;
  listByType: RepeatedTiming;
  listByQuery: RepeatedTiming;
  listByTypeAndQuery: RepeatedTiming;
  /** One session's proposal figures and its filtered list (proposal-bench.ts). */
  proposals: ProposalBenchResult;
  /** One year's 提案办理情况一览表 exported as .xlsx (proposal-table-bench.ts). */
  proposalTable: ProposalTableBenchResult;
  /** Every report kind of one year, click to the .docx bytes of both copies, beside docx's own packing (report-bench.ts). */
  report: ReportBenchResult;
  /** Every 民主监督与工作计划 figure of one year together (supervision-bench.ts). */
  supervision: SupervisionBenchResult;
  /** One year's changes of the ten-year ledger, as an exchange package from another PC, merged in (exchange-bench.ts). */
  exchange: ExchangeBenchResult;
  /** 照着去年写: a ten-page report .docx read and its numbers' figures proposed (learn-bench.ts). */
  learn: LearnBenchResult;
  backup: StepTiming & { bytes: number };
  restore: StepTiming;
  /** A new connection to the loaded ten-year ledger, then every record read from it. */
  open: StepTiming;
  /**
   * The floor under `load`: the same activities (participants inside) written with plain IndexedDB (no Dexie), into
   * a store with the same indexes, in one transaction.
   */
  rawActivityWrite: { rows: number; indexes: number; ms: number };
  /** The floor under a restore's write: every row of the same ledger written with plain IndexedDB into the same stores and indexes. */
  rawLedgerWrite: { rows: number; ms: number };
}

export interface SeedResult {
  database: string;
  attendance: number;
  /** The newest year of the generated ledger: the year the cold-start home screen shows. */
  lastYear: number;
}

declare global {
  interface Window {
    /** Runs every in-browser measurement on a fresh bench database; resolves with the timings. */
    runLedgerBench?: () => Promise<LedgerBenchResult>;
    /** Writes the big county's ledger into the app's own database, for the cold-start measure. */
    seedAppLedger?: () => Promise<SeedResult>;
    /** Set by the cold-start watcher (cold-start.ts) when the home screen's frame is in the DOM. */
    benchHomeShownAt?: number;
    /** The first animation frame after that: the home screen is on screen and answers clicks. */
    benchHomePaintedAt?: number;
    /** The first animation frame after the home screen's year figures are in the DOM. */
    benchFiguresPaintedAt?: number;
  }
}
