// Charts a template can place with a paragraph reading {{chart:key}}: activities by month and by
// type, proposals by stage and by reply class. Each is counted by the same pure functions as the
// home screen's and the proposals dashboard's charts (domain/charts/), on the records the report's
// scope counts (the year up to `until`, or a session's proposals), so a chart and the sentences
// beside it agree. The result is plain data — names and counts, no pixels: the preview draws it
// with echarts and the .docx writer is handed a picture of it made at the edge.
import type { Ledger } from '../ledger/ledger';
import type { Proposal } from '../proposals/proposal';
import type { ProposalScope } from '../proposals/proposal-figures';
import { activitiesByMonth, activitiesByType } from '../charts/activity-charts';
import { proposalsByReplyClass, proposalsByStage } from '../charts/proposal-charts';
import type { FigureScope } from './figure-types';
import { activitySlice, inScopeDate, memo, scopeKey } from './figures/figure-slices';
import { proposalAsOf } from './figures/proposal-figures';

export const CHART_PREFIX = 'chart:';

export interface ReportChartItem {
  name: string;
  value: number;
  /** What a short name stands for (A类 → 已经解决或基本解决), for the legend. */
  meaning?: string;
}

export interface ReportChartData {
  /** Bars along a category axis, or a pie of shares. */
  shape: 'bar' | 'pie';
  /** The series' name: 履职活动, 提案. */
  seriesName: string;
  /** 项, 件: written on the axis and after each number. */
  unit: string;
  items: ReportChartItem[];
}

export interface ReportChartDefinition {
  key: string;
  caption: string;
  build(ledger: Ledger, scope: FigureScope): ReportChartData;
}

const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

/** The proposals the report's proposal figures count, as they stood on `until` (proposal-figures.ts). */
function scopedProposals(ledger: Ledger, scope: FigureScope): { proposals: Proposal[]; scope: ProposalScope } {
  const proposals = memo(ledger, `chart-proposals|${scopeKey(scope)}`, () =>
    ledger.proposals
      .filter((p) => p.deletedAt === null && (scope.sessionKey ? p.sessionKey === scope.sessionKey && p.receivedDate <= scope.until : inScopeDate(p.receivedDate, scope)))
      .map((p) => proposalAsOf(p, scope.until)),
  );
  // Already cut to the scope; the session scope keeps a session's proposals whatever their year.
  return { proposals, scope: scope.sessionKey ? { kind: 'session', sessionKey: scope.sessionKey } : { kind: 'year', year: scope.year } };
}

export const REPORT_CHARTS: readonly ReportChartDefinition[] = [
  {
    key: 'activities.byMonth',
    caption: '各月履职活动统计图',
    build(ledger, scope) {
      const counts = activitiesByMonth(activitySlice(ledger, scope).activities, scope.year);
      // Months after `until` are left off: a report written in November shows no empty December.
      const last = scope.until.startsWith(`${scope.year}-`) ? Number(scope.until.slice(5, 7)) : 12;
      return { shape: 'bar', seriesName: '履职活动', unit: '项', items: counts.slice(0, last).map((value, i) => ({ name: MONTHS[i]!, value })) };
    },
  },
  {
    key: 'activities.byType',
    caption: '履职活动分类统计图',
    build(ledger, scope) {
      const byType = activitiesByType(activitySlice(ledger, scope).activities, scope.year, ledger.dictionary);
      return { shape: 'bar', seriesName: '履职活动', unit: '项', items: byType.map((t) => ({ name: t.name, value: t.count })) };
    },
  },
  {
    key: 'proposals.byStage',
    caption: '提案办理状态统计图',
    build(ledger, scope) {
      const { proposals, scope: proposalScope } = scopedProposals(ledger, scope);
      return { shape: 'bar', seriesName: '提案', unit: '件', items: proposalsByStage(proposals, proposalScope).map((s) => ({ name: s.name, value: s.count })) };
    },
  },
  {
    key: 'proposals.replyClass',
    caption: '提案答复类别统计图',
    build(ledger, scope) {
      const { proposals, scope: proposalScope } = scopedProposals(ledger, scope);
      const classes = proposalsByReplyClass(proposals, proposalScope, ledger.settings?.proposals?.replyScheme ?? 'ABC');
      return { shape: 'pie', seriesName: '答复类别', unit: '件', items: classes.map((c) => ({ name: c.name, value: c.count, ...(c.meaning ? { meaning: c.meaning } : {}) })) };
    },
  },
];

export function reportChartByKey(key: string): ReportChartDefinition | undefined {
  return REPORT_CHARTS.find((c) => c.key === key);
}

/** The data of the named charts (keys without the `chart:` prefix); unknown keys are left out. */
export function computeReportCharts(ledger: Ledger, scope: FigureScope, keys: Iterable<string>): Map<string, ReportChartData> {
  const out = new Map<string, ReportChartData>();
  for (const key of keys) {
    const chart = reportChartByKey(key);
    if (chart && !out.has(key)) out.set(key, chart.build(ledger, scope));
  }
  return out;
}

/** Nothing to draw: every count is 0 (or there is no category at all). */
export function isEmptyChart(data: ReportChartData): boolean {
  return data.items.every((i) => i.value === 0);
}
