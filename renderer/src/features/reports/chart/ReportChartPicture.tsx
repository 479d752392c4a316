// A chart block in the preview: the lines the picture takes on the page, with the chart drawn by
// the screens' lazy echarts component at its printed size, from the same option the .docx's
// picture is made from. An empty chart is shaded with a note, like a figure that is 0.
import { useMemo } from 'react';
import { Tooltip } from 'antd';
import type { ReportBlock, ReportProblem } from '../../../domain/report/render-report';
import { problemMessage } from '../../../domain/report/render-report';
import { EChart } from '../../charts/EChart';
import { LINE_HEIGHT } from '../preview/sheet-styles';
import { CHART_CSS_SIZE, reportChartOption } from './report-chart-option';

export function ReportChartPicture({ block, lines, problems }: { block: Extract<ReportBlock, { kind: 'chart' }>; lines: number; problems: ReportProblem[] | undefined }) {
  const option = useMemo(() => reportChartOption(block.data), [block.data]);
  const note = problems?.map((p) => problemMessage(p)).join('；');
  return (
    <div data-block-chart={block.key} style={{ position: 'relative', height: `calc(${LINE_HEIGHT} * ${lines})`, display: 'flex', alignItems: 'flex-end', justifyContent: 'center', background: note ? '#fff1b8' : undefined }}>
      <div style={{ width: '156mm' }}>
        <EChart option={option} label={block.caption} height={CHART_CSS_SIZE.height} />
      </div>
      {note && (
        <Tooltip title={note}>
          <span role="note" aria-label={note} style={{ position: 'absolute', left: '-24mm', width: '22mm', top: 0, fontSize: '10pt', color: '#ad6800', fontFamily: 'sans-serif', cursor: 'help' }}>⚠ 请核对</span>
        </Tooltip>
      )}
    </div>
  );
}
