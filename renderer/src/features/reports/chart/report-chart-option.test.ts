// The echarts option a report chart is drawn from, on screen and in the .docx picture.
import { describe, expect, it } from 'vitest';
import type { ReportChartData } from '../../../domain/report/report-charts';
import { CHART_CSS_SIZE, reportChartOption } from './report-chart-option';

type Series = { type: string; data: unknown[]; percentPrecision?: number; label: { formatter: unknown } };
type Bar = { animation: boolean; xAxis: { data: string[]; axisLabel: { rotate: number } }; yAxis: { name: string }; series: Series[] };
type Pie = { animation: boolean; legend: { formatter: (n: string) => string }; series: Series[] };

const bar = (names: string[]): ReportChartData => ({ shape: 'bar', seriesName: '履职活动', unit: '项', items: names.map((name, i) => ({ name, value: i })) });

describe('reportChartOption', () => {
  it('is the picture’s printed size: 156 × 92 mm in CSS pixels', () => {
    expect(CHART_CSS_SIZE).toEqual({ width: 590, height: 348 });
  });

  it('draws bars without animation, the unit on the axis, no label on an empty bar', () => {
    const o = reportChartOption(bar(['1月', '2月'])) as unknown as Bar;
    expect(o.animation).toBe(false);
    expect(o.yAxis.name).toBe('项');
    expect(o.series[0]!.data).toEqual([0, 1]);
    const label = o.series[0]!.label.formatter as (p: { value: number }) => string;
    expect([label({ value: 0 }), label({ value: 3 })]).toEqual(['', '3']);
  });

  it('turns the category labels only when they would not fit side by side', () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    expect((reportChartOption(bar(months)) as unknown as Bar).xAxis.axisLabel.rotate).toBe(0);
    const types = ['全体会议', '常委会议', '主席会议', '专题协商会', '协商座谈会', '对口协商', '界别协商', '视察', '调研', '委员接待日'];
    expect((reportChartOption(bar(types)) as unknown as Bar).xAxis.axisLabel.rotate).toBe(30);
  });

  it('draws a pie of the classes with a count, leaving empty classes out and their meanings in the legend', () => {
    const o = reportChartOption({
      shape: 'pie', seriesName: '答复类别', unit: '件',
      items: [{ name: 'A类', value: 3, meaning: '已经解决或基本解决' }, { name: 'C类', value: 0, meaning: '因条件限制留作参考' }],
    }) as unknown as Pie;
    expect(o.series[0]!.data).toEqual([{ name: 'A类', value: 3 }]);
    expect(o.series[0]!.percentPrecision).toBe(1);
    expect(o.series[0]!.label.formatter).toBe('{b} {c}件（{d}%）');
    expect(o.legend.formatter('A类')).toBe('A类（已经解决或基本解决）');
  });
});
