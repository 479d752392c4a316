// The pictures of a report's charts for the .docx: each chart drawn once by echarts on an
// offscreen canvas at the picture's printed size (156 × 92 mm) and about 240 dpi, animation off,
// and read back as PNG bytes. echarts is loaded lazily, as for the screens' charts, and only
// when the report has a chart.
import type { ReportDocument } from '../../../domain/report/render-report';
import type { ReportChartImages } from '../../../export/docx/write-report-docx';
import { CHART_CSS_SIZE, reportChartOption } from './report-chart-option';

/** 2.5 × 96 dpi = 240 dpi: sharp on paper, some 100 KB a chart. */
const PIXEL_RATIO = 2.5;

function bytesOfDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function renderChartPngs(doc: ReportDocument): Promise<ReportChartImages> {
  const charts = doc.blocks.flatMap((b, i) => (b.kind === 'chart' ? [{ index: i, block: b }] : []));
  const images = new Map<number, Uint8Array>();
  if (charts.length === 0) return images;
  const { init } = await import('../../charts/echarts-runtime');
  for (const { index, block } of charts) {
    // A detached box: with its size given, echarts draws without the page laying it out.
    const box = document.createElement('div');
    const chart = init(box, undefined, { renderer: 'canvas', width: CHART_CSS_SIZE.width, height: CHART_CSS_SIZE.height, devicePixelRatio: 1 });
    try {
      chart.setOption(reportChartOption(block.data));
      const url = chart.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: '#fff' });
      if (!url.startsWith('data:image/png')) throw new Error(`图表“${block.caption}”未能生成图片`);
      images.set(index, bytesOfDataUrl(url));
    } finally {
      chart.dispose();
    }
  }
  return images;
}
