// The part of echarts the charts use, registered once. Only EChart.tsx and the report's chart
// pictures (features/reports/chart/chart-png.ts) import this file, and only with a dynamic
// import(): echarts is a chunk of its own, fetched when a chart first shows, so the first
// screen's bundle does not carry it.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// echarts' registration call (named `use`, which the React hooks lint would mistake for a hook).
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export const init = echarts.init;
