// 照着去年写 on the bench page: a ten-page report .docx (GB/T 9704: 22 lines of 28 characters a
// page, so ≥ 6,160 characters of body) made from the test reports with the WPS-like formatting,
// read with mammoth's browser build and learned — every number found and its figure proposed.
// Target: < 2 s from the file's bytes to the proposals.
import { readReportDocx } from '../../renderer/src/export/learn/read-report-docx';
import { learnReport } from '../../renderer/src/domain/report/learn/learn-report';
import { parseAnnotatedReport, type AnnotatedLine } from '../fixtures/learn-reports/annotated';
import { buildReportDocx } from '../fixtures/learn-reports/build-report-docx';
import { SUPERVISION_REPORT } from '../fixtures/learn-reports/supervision-report';
import { PROPOSALS_REPORT } from '../fixtures/learn-reports/proposals-report';
import { STANDING_REPORT } from '../fixtures/learn-reports/standing-report';
import type { StepTiming } from './bench-types';

export interface LearnBenchResult {
  pages: number;
  characters: number;
  numbers: number;
  bytes: number;
  learn: StepTiming;
}

const PAGE_CHARACTERS = 22 * 28;
const PAGES = 10;
const round = (ms: number) => Math.round(ms * 10) / 10;

function tenPages(): AnnotatedLine[] {
  const reports = [SUPERVISION_REPORT, PROPOSALS_REPORT, STANDING_REPORT].map(parseAnnotatedReport);
  const lines: AnnotatedLine[] = reports[0]!.filter((l) => ['T', 'A'].includes(l.role));
  let characters = 0;
  for (let round = 0; characters < PAGE_CHARACTERS * PAGES; round++) {
    for (const l of reports[round % reports.length]!) {
      if (!['H1', 'H2', 'P'].includes(l.role)) continue;
      lines.push(l);
      characters += l.text.length;
    }
  }
  return [...lines, ...reports[0]!.filter((l) => ['I', 'D'].includes(l.role))];
}

export async function runLearnBench(runs: number): Promise<LearnBenchResult> {
  const lines = tenPages();
  const bytes = await buildReportDocx(lines, 'wps');
  const characters = lines.reduce((n, l) => n + l.text.length, 0);
  const all: { totalMs: number; steps: Record<string, number>; numbers: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const read = await readReportDocx('去年的报告.docx', bytes);
    if (!read.ok) throw new Error(read.message);
    const t1 = performance.now();
    const learned = learnReport(read.blocks, 'supervision');
    const t2 = performance.now();
    all.push({ totalMs: round(t2 - t0), steps: { read: round(t1 - t0), learn: round(t2 - t1) }, numbers: learned.numbers.length });
  }
  const sorted = [...all].sort((a, b) => a.totalMs - b.totalMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  if (mid.numbers < 300) throw new Error(`expected a ten-page report to hold over 300 numbers; it held ${mid.numbers}`);
  return {
    pages: Math.floor(characters / PAGE_CHARACTERS),
    characters,
    numbers: mid.numbers,
    bytes: bytes.byteLength,
    learn: { runs, totalMs: mid.totalMs, maxMs: sorted[sorted.length - 1]!.totalMs, steps: mid.steps },
  };
}
