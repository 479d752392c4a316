// The target on the bench page: every figure of the 民主监督与工作计划 work (工作要点 and the
// "1234" rule, 民主评议, 民主监督员, 联络站, 主题实践活动, 结对帮扶, 文史资料) for one year of the
// ten-year big county, together, < 100 ms. Each run reads the year as the 报告 screen does and
// counts every catalogue figure of those groups on a fresh ledger object (figure slices are cached
// per ledger, so a reused one would time the cache).
import type { LedgerDatabase } from '../../renderer/src/db/database';
import { loadReportLedger } from '../../renderer/src/db/reports-repo';
import { computeFiguresFor, FIGURE_CATALOGUE, yearScope } from '../../renderer/src/domain/report/figure-catalogue';
import type { RepeatedTiming } from './bench-types';

export const SUPERVISION_GROUPS = ['工作要点', '“1234”工作要求', '民主评议', '民主监督员', '联络站', '主题实践活动', '结对帮扶', '文史资料'] as const;

export interface SupervisionBenchResult {
  year: number;
  figures: number;
  /** Reading the year's records from the database, once (not part of the target). */
  readMs: number;
  /** Counting every figure of the groups above. */
  figuresTiming: RepeatedTiming;
}

export async function runSupervisionBench(
  db: LedgerDatabase,
  year: number,
  runs: number,
  repeat: (runs: number, call: () => Promise<number>) => Promise<RepeatedTiming>,
): Promise<SupervisionBenchResult> {
  const keys = FIGURE_CATALOGUE.filter((f) => (SUPERVISION_GROUPS as readonly string[]).includes(f.group)).map((f) => f.key);
  const scope = yearScope(year, `${year}-11-30`);
  const t0 = performance.now();
  const ledger = await loadReportLedger(db, { year });
  const readMs = Math.round((performance.now() - t0) * 10) / 10;
  const counted = computeFiguresFor(ledger, scope, keys);
  const nonZero = [...counted.values()].filter((r) => r.value > 0).length;
  if (keys.length < 40 || nonZero < keys.length / 3) throw new Error(`expected ~60 supervision figures mostly counted; got ${keys.length}, ${nonZero} non-zero — is the sample missing its supervision records?`);
  // A shallow copy is a new ledger object with the same rows: the per-ledger cache starts empty.
  const figuresTiming = await repeat(runs, () => Promise.resolve(computeFiguresFor({ ...ledger }, scope, keys).size));
  return { year, figures: keys.length, readMs, figuresTiming };
}
