// A report chart's data (domain/report/report-charts.ts) as an echarts option fit for paper: no
// animation, black text in the body face at a printed size, a number on every bar or slice, a white
// ground. The preview draws it and chart-png.ts makes the .docx's picture from it, so what staff see
// is what prints.
import type { EChartsCoreOption } from 'echarts/core';
import type { ReportChartData } from '../../../domain/report/report-charts';

/** The picture's size in CSS pixels (1/96 inch): GBT_CHART's 156 × 92 mm. */
export const CHART_CSS_SIZE = { width: Math.round((156 / 25.4) * 96), height: Math.round((92 / 25.4) * 96) } as const;

const TEXT = { color: '#000', fontFamily: '"Times New Roman", 仿宋_GB2312, 仿宋, FangSong, STFangsong, "Noto Serif CJK SC", serif', fontSize: 14 } as const;

export function reportChartOption(data: ReportChartData): EChartsCoreOption {
  if (data.shape === 'pie') {
    const meaningOf = new Map(data.items.map((i) => [i.name, i.meaning ?? '']));
    return {
      animation: false,
      backgroundColor: '#fff',
      textStyle: TEXT,
      legend: { bottom: 0, textStyle: TEXT, formatter: (name: string) => (meaningOf.get(name) ? `${name}（${meaningOf.get(name)}）` : name) },
      series: [{
        type: 'pie', name: data.seriesName, percentPrecision: 1, radius: ['30%', '60%'], center: ['50%', '45%'],
        // A class with no proposal would draw a label on a sliver of nothing.
        data: data.items.filter((i) => i.value > 0).map((i) => ({ name: i.name, value: i.value })),
        label: { ...TEXT, formatter: `{b} {c}${data.unit}（{d}%）` },
      }],
    };
  }
  // Labels turn only when, side by side, they would not fit under the bars.
  const labelWidth = data.items.reduce((w, i) => w + [...i.name].length * TEXT.fontSize + 8, 0);
  const turned = labelWidth > CHART_CSS_SIZE.width - 60;
  return {
    animation: false,
    backgroundColor: '#fff',
    textStyle: TEXT,
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.items.map((i) => i.name), axisLabel: { ...TEXT, interval: 0, rotate: turned ? 30 : 0 }, axisLine: { lineStyle: { color: '#000' } } },
    yAxis: { type: 'value', minInterval: 1, name: data.unit, nameTextStyle: TEXT, axisLabel: TEXT, splitLine: { lineStyle: { color: '#d9d9d9' } } },
    series: [{ type: 'bar', name: data.seriesName, data: data.items.map((i) => i.value), barMaxWidth: 48, label: { ...TEXT, show: true, position: 'top', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') } }],
  };
}
