// How well the program learns an office's report: the three annotated reports, each as a
// Word-like and a WPS-like .docx, read with the real reader and scored number by number. The
// shares are printed; the goal is ≥ 90 % right and no wrong binding shown as sure.
import { describe, expect, it } from 'vitest';
import { readReportDocx } from '../../renderer/src/export/learn/read-report-docx';
import { learnReport } from '../../renderer/src/domain/report/learn/learn-report';
import type { ReportKind } from '../../renderer/src/domain/report/report-template';
import { parseAnnotatedReport } from '../fixtures/learn-reports/annotated';
import { buildReportDocx, type DocxFlavour } from '../fixtures/learn-reports/build-report-docx';
import { scoreLearning, type LearningScore } from '../fixtures/learn-reports/score-learning';
import { SUPERVISION_REPORT } from '../fixtures/learn-reports/supervision-report';
import { PROPOSALS_REPORT } from '../fixtures/learn-reports/proposals-report';
import { STANDING_REPORT } from '../fixtures/learn-reports/standing-report';
import { HELD_OUT_REPORT } from '../fixtures/learn-reports/held-out-report';

const REPORTS: [string, ReportKind, string][] = [
  ['民主监督工作情况汇报', 'supervision', SUPERVISION_REPORT],
  ['提案工作情况报告', 'proposals', PROPOSALS_REPORT],
  ['常委会工作报告', 'standing', STANDING_REPORT],
  ['区政协民主监督工作总结（未用于调校）', 'supervision', HELD_OUT_REPORT],
];
const FLAVOURS: DocxFlavour[] = ['word', 'wps'];

describe('learning the figures of an office report from its .docx', () => {
  const totals: LearningScore[] = [];
  for (const [name, kind, source] of REPORTS) {
    for (const flavour of FLAVOURS) {
      it(`${name} (${flavour}): every number found and annotated, none bound wrong as sure`, async () => {
        const lines = parseAnnotatedReport(source);
        const read = await readReportDocx(`${name}.docx`, await buildReportDocx(lines, flavour));
        if (!read.ok) throw new Error(read.message);
        const score = scoreLearning(learnReport(read.blocks, kind), lines);
        totals.push(score);
        const all = score.right + score.wrong + score.leftAsText;
        console.log(`${name} (${flavour}): ${all} 个数字，正确 ${score.right}，错误 ${score.wrong}，留作文字 ${score.leftAsText}`, [...score.wrongList, ...score.leftList]);
        expect(score.unannotated).toEqual([]);
        expect(score.missed).toEqual([]);
        expect(score.wrongSure).toEqual([]);
      });
    }
  }
  it('binds at least 90 % of all numbers right', () => {
    const sum = (f: (s: LearningScore) => number) => totals.reduce((n, s) => n + f(s), 0);
    const all = sum((s) => s.right + s.wrong + s.leftAsText);
    expect(totals).toHaveLength(REPORTS.length * FLAVOURS.length);
    const share = (n: number) => `${((n / all) * 100).toFixed(1)}%`;
    console.log(`合计 ${all} 个数字：正确 ${share(sum((s) => s.right))}，错误 ${share(sum((s) => s.wrong))}，留作文字 ${share(sum((s) => s.leftAsText))}`);
    expect(sum((s) => s.right) / all).toBeGreaterThanOrEqual(0.9);
  });
});
