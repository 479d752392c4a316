// Chart data (domain/charts/) turned into echarts options: Chinese labels, no animation (these
// are office figures, not a show), whole numbers on the axes.
import type { EChartsCoreOption } from 'echarts/core';
import type { NamedCount, SectorParticipation } from '../../domain/charts/activity-charts';

const BASE = { animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 16, top: 36, bottom: 48 } } as const;
const COUNT_AXIS = { type: 'value', minInterval: 1 } as const;

export const MONTH_LABELS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

export function monthBarOption(byMonth: readonly number[]): EChartsCoreOption {
  return {
    ...BASE,
    xAxis: { type: 'category', data: MONTH_LABELS },
    yAxis: { ...COUNT_AXIS, name: '项' },
    series: [{ type: 'bar', name: '履职活动', data: [...byMonth], label: { show: true, position: 'top' } }],
  };
}

export function namedBarOption(items: readonly NamedCount[], seriesName: string, unit: string): EChartsCoreOption {
  return {
    ...BASE,
    xAxis: { type: 'category', data: items.map((i) => i.name), axisLabel: { interval: 0, rotate: items.length > 6 ? 30 : 0 } },
    yAxis: { ...COUNT_AXIS, name: unit },
    series: [{ type: 'bar', name: seriesName, data: items.map((i) => i.count), label: { show: true, position: 'top' } }],
  };
}

export function sectorOption(items: readonly SectorParticipation[]): EChartsCoreOption {
  return {
    ...BASE,
    legend: { data: ['参加人次', '参加委员'], top: 0 },
    xAxis: { type: 'category', data: items.map((i) => i.sector), axisLabel: { interval: 0, rotate: items.length > 6 ? 30 : 0 } },
    yAxis: COUNT_AXIS,
    series: [
      { type: 'bar', name: '参加人次', data: items.map((i) => i.personTimes) },
      { type: 'bar', name: '参加委员', data: items.map((i) => i.membersTakingPart) },
    ],
  };
}

/** A pie of short names (A类); the tooltip adds what each means when `meaning` is given. */
export function pieOption(items: readonly (NamedCount & { meaning?: string })[], seriesName: string, unit: string): EChartsCoreOption {
  const meaningOf = new Map(items.map((i) => [i.name, i.meaning ?? '']));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: number; percent: number }) => {
        const meaning = meaningOf.get(p.name);
        return `${p.name}${meaning ? `（${meaning}）` : ''}：${p.value}${unit}（${p.percent}%）`;
      },
    },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', name: seriesName, radius: ['35%', '62%'], center: ['50%', '44%'], data: items.map((i) => ({ name: i.name, value: i.count })), label: { formatter: `{b}\n{c}${unit}` } }],
  };
}
