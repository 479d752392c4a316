// The report page by page as it will print: A4 sheets with the type area of GB/T 9704, 22
// lines of 28 characters, the page number `— n —` outside or centred. Every figure is a button
// that opens its records; a paragraph whose figure is 0, has no records or names no figure is
// shaded, with a note in the margin saying why.
import { useMemo, type CSSProperties } from 'react';
import { Tooltip } from 'antd';
import type { ReportDocument, ReportProblem } from '../../../domain/report/render-report';
import { problemMessage } from '../../../domain/report/render-report';
import type { FigureResult } from '../../../domain/report/figure-catalogue';
import { recordCount } from '../../../domain/report/figure-result';
import { namedFigure, type FigureNaming } from '../figure-naming';
import type { ReportLayoutSettings } from '../../../domain/settings/report-settings';
import { paginate, type FlowRun, type PreviewLine, type PreviewTableSlice } from './paginate';
import { bodyBlockKey, previewBlocksOf } from './preview-blocks';
import { LINE_HEIGHT, lineStyles, pageNumberStyle, sheetStyle, tableStyle } from './sheet-styles';
import { ReportChartPicture } from '../chart/ReportChartPicture';
import { NOTE_MARK } from './figure-runs';

interface Props {
  doc: ReportDocument;
  runs: FlowRun<string>[][];
  figures: ReadonlyMap<string, FigureResult>;
  /** The built report: a figure's label is the one the document was worded with. */
  naming: FigureNaming;
  layout: ReportLayoutSettings;
  onOpenFigure: (key: string) => void;
}

const SHADE = { error: '#ffccc7', warning: '#fff1b8' } as const;

function problemsByBlock(problems: readonly ReportProblem[]): Map<string, ReportProblem[]> {
  const map = new Map<string, ReportProblem[]>();
  for (const p of problems) {
    const key = p.blockIndex < 0 ? 'title0' : bodyBlockKey(p.blockIndex);
    map.set(key, [...(map.get(key) ?? []), p]);
  }
  return map;
}

function FigureRun({ run, figures, naming, onOpen }: { run: FlowRun<string>; figures: ReadonlyMap<string, FigureResult>; naming: FigureNaming; onOpen: (key: string) => void }) {
  const key = run.mark!;
  const definition = namedFigure(key, naming);
  const result = figures.get(key);
  if (!definition || !result) return <span style={{ color: '#cf1322', fontWeight: 'bold' }} data-unknown-figure={key}>{run.text}</span>;
  const records = recordCount(result);
  const doubtful = result.value === 0 || records === 0;
  return (
    <span
      role="button"
      tabIndex={0}
      aria-label={`${definition.label} ${run.text}${definition.unit === '%' ? '' : definition.unit}，查看记录`}
      title={`${definition.label}：点击查看${records}条记录`}
      onClick={() => onOpen(key)}
      onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') onOpen(key); }}
      style={{ cursor: 'pointer', color: '#0958d9', textDecoration: doubtful ? 'underline wavy #d46b08' : 'underline dotted' }}
    >
      {run.text}
    </span>
  );
}

function Line({ line, styles, problems, figures, naming, onOpen }: {
  line: PreviewLine<string>; styles: Record<string, CSSProperties>; problems: ReportProblem[] | undefined;
  figures: ReadonlyMap<string, FigureResult>; naming: FigureNaming; onOpen: (key: string) => void;
}) {
  const justify = line.align === 'justify' && !line.last;
  const severity = problems?.some((p) => p.kind === 'unknown-figure' || p.kind === 'leftover-marker') ? 'error' : problems ? 'warning' : null;
  const style: CSSProperties = {
    ...styles[line.style], position: 'relative', paddingLeft: `${line.indentChars}em`, paddingRight: `${line.rightChars}em`,
    textAlign: justify ? 'justify' : line.align === 'justify' ? 'left' : line.align, textAlignLast: justify ? 'justify' : undefined,
    background: severity ? SHADE[severity] : undefined,
  };
  return (
    <div style={style} data-block={line.blockKey}>
      {line.runs.map((run, i) =>
        run.mark === NOTE_MARK ? <mark key={i} data-omitted-note style={{ background: '#b7eb8f' }}>{run.text}</mark>
          : run.mark ? <FigureRun key={i} run={run} figures={figures} naming={naming} onOpen={onOpen} /> : <span key={i}>{run.text}</span>)}
      {problems && line.indentChars > 0 && (
        <Tooltip title={problems.map((p) => problemMessage(p, naming.dictionary, naming.unitName)).join('；')}>
          <span role="note" aria-label={problems.map((p) => problemMessage(p, naming.dictionary, naming.unitName)).join('；')}
            style={{ position: 'absolute', left: '-24mm', width: '22mm', fontSize: '10pt', lineHeight: LINE_HEIGHT, top: 0, color: severity === 'error' ? '#cf1322' : '#ad6800', fontFamily: 'sans-serif', letterSpacing: 0, cursor: 'help' }}>
            {severity === 'error' ? '⚠ 错误' : '⚠ 请核对'}
          </span>
        </Tooltip>
      )}
    </div>
  );
}

function TableSlice({ slice, style }: { slice: PreviewTableSlice; style: CSSProperties }) {
  const cell: CSSProperties = { border: '1px solid #000', padding: '0 4px', textAlign: 'center', lineHeight: 'calc(225mm / 22)' };
  return (
    <table style={style}>
      <thead><tr>{slice.header.map((h, i) => <th key={i} style={cell}>{h}</th>)}</tr></thead>
      <tbody>{slice.rows.map((r, i) => <tr key={i}>{r.map((c, k) => <td key={k} style={cell}>{c}</td>)}</tr>)}</tbody>
    </table>
  );
}

export function ReportPreview({ doc, runs, figures, naming, layout, onOpenFigure }: Props) {
  const pages = useMemo(() => paginate(previewBlocksOf(doc, runs)), [doc, runs]);
  const styles = useMemo(() => lineStyles(layout.fonts), [layout.fonts]);
  const flagged = useMemo(() => problemsByBlock(doc.problems), [doc.problems]);
  const blockByKey = useMemo(() => new Map(doc.blocks.map((b, i) => [bodyBlockKey(i), b])), [doc.blocks]);
  return (
    <div style={{ background: '#e8e8e8', padding: '8mm 0', zoom: 0.75, overflowX: 'auto' }} aria-label="报告预览">
      {pages.map((page) => (
        <section key={page.number} style={sheetStyle} data-testid="report-sheet" aria-label={`第${page.number}页`}>
          {page.items.map((item, i) => {
            if (item.kind === 'line') return <Line key={i} line={item} styles={styles} problems={flagged.get(item.blockKey)} figures={figures} naming={naming} onOpen={onOpenFigure} />;
            if (item.kind === 'table') return <TableSlice key={i} slice={item} style={tableStyle(layout.fonts)} />;
            const block = blockByKey.get(item.blockKey);
            return block?.kind === 'chart' ? <ReportChartPicture key={i} block={block} lines={item.lines} problems={flagged.get(item.blockKey)} /> : null;
          })}
          <div style={pageNumberStyle(page.number, layout.pageNumbers)}>— {page.number} —</div>
        </section>
      ))}
    </div>
  );
}
