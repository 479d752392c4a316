// {{chart:key}} paragraphs: the chart block and its data, worked out by hand on the report
// fixture (report-fixtures.ts), and a chart key that names nothing refused like an unknown figure.
import { describe, expect, it } from 'vitest';
import { computeFiguresFor, type FigureScope } from './figure-catalogue';
import { exportBlockers, renderReport, type ReportContext } from './render-report';
import type { ReportTemplate } from './report-template';
import { chartKeysOf, figureKeysOf } from './template-keys';
import { section } from './templates/authoring';
import { computeReportCharts, REPORT_CHARTS } from './report-charts';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';

const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE };

function template(paragraphs: string[]): ReportTemplate {
  return { kind: 'standing', title: '测试报告', occasion: '', speaker: '', useSpeechHeader: false, phrases: [], sections: [section('s', 1, '提案工作', paragraphs)] };
}

function render(paragraphs: string[], ledger = reportFixtureLedger(), scope: FigureScope = FIXTURE_SCOPE) {
  const t = template(paragraphs);
  return renderReport(t, computeFiguresFor(ledger, scope, figureKeysOf(t)), { ...context, scope }, computeReportCharts(ledger, scope, chartKeysOf(t)));
}

describe('a {{chart:key}} paragraph', () => {
  it('becomes the reply-class chart: p1 A and p2 B replied by 11-30; p3’s C reply came on 12-05', () => {
    const doc = render(['今年提案办复情况如下。', '{{chart:proposals.replyClass}}']);
    expect(doc.blocks[2]).toEqual({
      kind: 'chart', key: 'proposals.replyClass', caption: '提案答复类别统计图',
      data: {
        shape: 'pie', seriesName: '答复类别', unit: '件',
        items: [
          { name: 'A类', value: 1, meaning: '已经解决或基本解决' },
          { name: 'B类', value: 1, meaning: '正在解决或列入计划逐步解决' },
          { name: 'C类', value: 0, meaning: '因条件限制留作参考' },
        ],
      },
    });
    expect(doc.problems).toEqual([]);
    expect(exportBlockers(doc)).toEqual([]);
  });

  it('counts activities by month up to the 截至 month: a1 Jan, a2 Mar, a3 May, a4 Jul, a8 Sep (a5 is December’s, a6 deleted, a7 2024’s)', () => {
    const block = render(['{{chart:activities.byMonth}}']).blocks[1];
    expect(block).toMatchObject({ kind: 'chart', caption: '各月履职活动统计图', data: { shape: 'bar', unit: '项' } });
    if (block?.kind !== 'chart') throw new Error('not a chart');
    expect(block.data.items.map((i) => `${i.name}${i.value}`)).toEqual(['1月1', '2月0', '3月1', '4月0', '5月1', '6月0', '7月1', '8月0', '9月1', '10月0', '11月0']);
  });

  it('counts activities by type in the dictionary’s order', () => {
    const block = render(['{{chart:activities.byType}}']).blocks[1];
    if (block?.kind !== 'chart') throw new Error('not a chart');
    expect(block.data.items).toEqual([
      { name: '全体会议', value: 1 }, { name: '常委会议', value: 1 }, { name: '专题协商会', value: 1 }, { name: '视察', value: 1 }, { name: '调研', value: 1 },
    ]);
  });

  it('treats a chart key that names no chart as an unknown figure: shown as an error and refused at export', () => {
    const doc = render(['{{chart:no.such.chart}}']);
    expect(doc.blocks[1]).toEqual({ kind: 'paragraph', text: '【未知数字：chart:no.such.chart】', figureKeys: [] });
    expect(exportBlockers(doc)).toEqual([{ blockIndex: 1, key: 'chart:no.such.chart', kind: 'unknown-figure' }]);
  });

  it('is a chart only alone in its paragraph; inside a sentence it is an unknown figure', () => {
    const doc = render(['见{{chart:proposals.replyClass}}。']);
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph' });
    expect(exportBlockers(doc).map((p) => p.key)).toEqual(['chart:proposals.replyClass']);
  });

  it('leaves out a chart whose every count is 0, naming it among what was not written, without refusing export', () => {
    const scope = { year: 2023, until: '2023-12-31' };
    const doc = render(['{{chart:proposals.replyClass}}'], reportFixtureLedger(), scope);
    expect(doc.blocks.some((b) => b.kind === 'chart')).toBe(false);
    expect(doc.omitted).toEqual([{ clauseId: 's.0.0', section: '提案工作', reasons: ['提案答复类别统计图各项都是0'] }]);
    // The chart is no unknown figure; this one-chart report, left with nothing, is refused as saying nothing of the ledger.
    expect(exportBlockers(doc).map((b) => b.kind)).toEqual(['nothing-recorded']);
  });

  it('is not counted as a figure, and a caller that did not compute its data is told so', () => {
    const t = template(['{{chart:proposals.byStage}}', '共{{proposals.received}}件', '{{chart:activities.byType}}']);
    expect(chartKeysOf(t)).toEqual(['proposals.byStage', 'activities.byType']);
    expect(figureKeysOf(t)).toEqual(['proposals.received']);
    expect(() => renderReport(t, new Map(), context)).toThrow('图表“提案办理状态统计图”的数据没有计算');
  });

  it('offers the four charts of the screens', () => {
    expect(REPORT_CHARTS.map((c) => c.key)).toEqual(['activities.byMonth', 'activities.byType', 'proposals.byStage', 'proposals.replyClass']);
  });
});
