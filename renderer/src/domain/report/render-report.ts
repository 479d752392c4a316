// Fills a template from the figures and turns it into the document a preview shows and the docx
// writer lays out: numbered headings, paragraphs with their numbers in place, tables, the
// speech-style header, issuer and date. Nothing here knows about pages or fonts. A placeholder
// naming no figure stays visible as an error and blocks export; a figure that is 0 or has no
// records behind it is printed but flagged, so staff check the ledger before printing.
import { formatChineseDate } from '../common/dates';
import { plenarySessionLabel } from '../common/chinese-numerals';
import type { FigureResult, FigureScope } from './figure-catalogue';
import { PLACEHOLDER, type CONTEXT_PLACEHOLDERS, type ReportTemplate, type SectionLevel } from './report-template';
import { cleanReportText, figureText } from './report-text';
import { headingNumberer } from './heading-numbers';
import { breakTitle } from './title-lines';
import { REPORT_TABLES, TABLE_PREFIX } from './report-tables';
import { figureByKey } from './figure-catalogue';
import { CHART_PREFIX, isEmptyChart, reportChartByKey, type ReportChartData } from './report-charts';

export type ReportBlock =
  | { kind: 'heading'; level: SectionLevel; text: string }
  | { kind: 'paragraph'; text: string; figureKeys: string[] }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] }
  /** A chart as data (key without `chart:`); the preview draws it, the .docx gets a picture of it. */
  | { kind: 'chart'; key: string; caption: string; data: ReportChartData };

export type ReportProblemKind = 'unknown-figure' | 'zero' | 'no-records';

export interface ReportProblem {
  /** Index into `blocks`; −1 for the title or the header. */
  blockIndex: number;
  key: string;
  kind: ReportProblemKind;
}

export interface ReportHeader {
  occasion: string;
  speaker: string;
  salutation: '各位委员、同志们：';
}

export interface ReportDocument {
  title: string;
  /** The title broken by the program at word boundaries into balanced lines (GB/T 9704). */
  titleLines: string[];
  header?: ReportHeader;
  blocks: ReportBlock[];
  issuer: string;
  /** 2025年11月30日 */
  dateText: string;
  problems: ReportProblem[];
}

export interface ReportContext {
  committeeName: string;
  issuer: string;
  /** ISO date the report is dated (成文日期). */
  date: string;
  scope: FigureScope;
}

/** What an unknown placeholder prints as in the preview; export is refused while one is left. */
export const unknownFigureText = (key: string) => `【未知数字：${key}】`;

function contextValue(key: string, context: ReportContext): string | undefined {
  switch (key as keyof typeof CONTEXT_PLACEHOLDERS) {
    case 'year':
      return String(context.scope.year);
    case 'until':
      return formatChineseDate(context.scope.until);
    case 'untilMonth':
      return untilMonthText(context.scope.until);
    case 'committee':
      return context.committeeName;
    case 'session':
      return sessionText(context.scope);
    default:
      return undefined;
  }
}

/** 11月底 when the date is a month's last day, else 11月20日: how reports write 截至×月底. */
export function untilMonthText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === last ? `${m}月底` : `${m}月${d}日`;
}

function sessionText(scope: FigureScope): string {
  const m = /^(\d+)-(\d+)$/.exec(scope.sessionKey ?? '');
  return m ? plenarySessionLabel(Number(m[1]), Number(m[2])) : `${scope.year}年`;
}

interface Filled {
  text: string;
  keys: string[];
  problems: Omit<ReportProblem, 'blockIndex'>[];
}

function fill(raw: string, figures: ReadonlyMap<string, FigureResult>, context: ReportContext): Filled {
  const keys: string[] = [];
  const problems: Filled['problems'] = [];
  const text = cleanReportText(raw).replace(PLACEHOLDER, (_, inside: string) => {
    const key = inside.trim();
    const fromContext = contextValue(key, context);
    if (fromContext !== undefined) return fromContext;
    const figure = figures.get(key);
    const definition = figureByKey(key);
    if (!figure) {
      problems.push({ key, kind: 'unknown-figure' });
      return unknownFigureText(key);
    }
    keys.push(key);
    if (figure.value === 0) problems.push({ key, kind: 'zero' });
    else if (figure.records.length === 0) problems.push({ key, kind: 'no-records' });
    return figureText(figure, definition?.unit ?? '');
  });
  return { text, keys: [...new Set(keys)], problems };
}

/**
 * `charts` holds the data of the charts the template places (computeReportCharts with
 * chartKeysOf(template)); a caller that leaves a known chart out of it is told so by an error.
 */
export function renderReport(
  template: ReportTemplate,
  figures: ReadonlyMap<string, FigureResult>,
  context: ReportContext,
  charts: ReadonlyMap<string, ReportChartData> = new Map(),
): ReportDocument {
  const blocks: ReportBlock[] = [];
  const problems: ReportProblem[] = [];
  const title = fill(template.title, figures, context);
  problems.push(...title.problems.map((p) => ({ ...p, blockIndex: -1 })));
  const number = headingNumberer();
  for (const section of template.sections) {
    if (section.hidden) continue;
    const heading = cleanReportText(section.heading);
    if (heading) {
      const filled = fill(heading, figures, context);
      problems.push(...filled.problems.map((p) => ({ ...p, blockIndex: blocks.length })));
      blocks.push({ kind: 'heading', level: section.level, text: number(section.level) + filled.text });
    }
    for (const paragraph of section.paragraphs) {
      const table = tableOf(paragraph);
      if (table !== undefined) {
        pushTable(table, figures, blocks, problems);
        continue;
      }
      const chart = chartOf(paragraph);
      if (chart !== undefined) {
        pushChart(chart, charts, blocks, problems);
        continue;
      }
      const filled = fill(paragraph, figures, context);
      if (!filled.text) continue;
      problems.push(...filled.problems.map((p) => ({ ...p, blockIndex: blocks.length })));
      blocks.push({ kind: 'paragraph', text: filled.text, figureKeys: filled.keys });
    }
  }
  const titleText = title.text || '报告';
  let header: ReportHeader | undefined;
  if (template.useSpeechHeader) {
    const occasion = fill(template.occasion, figures, context);
    problems.push(...occasion.problems.map((p) => ({ ...p, blockIndex: -1 })));
    const line = occasion.text && !occasion.text.startsWith('——') ? `——${occasion.text}` : occasion.text;
    header = { occasion: line, speaker: cleanReportText(template.speaker), salutation: '各位委员、同志们：' };
  }
  return {
    title: titleText,
    titleLines: breakTitle(titleText),
    ...(header ? { header } : {}),
    blocks,
    issuer: cleanReportText(context.issuer),
    dateText: formatChineseDate(context.date),
    problems,
  };
}

/** A paragraph that is nothing but {{table:key}} becomes that table. */
function tableOf(paragraph: string): string | undefined {
  const m = /^\s*\{\{\s*table:([^{}\s]+)\s*\}\}\s*$/.exec(paragraph);
  return m ? m[1] : undefined;
}

function pushTable(key: string, figures: ReadonlyMap<string, FigureResult>, blocks: ReportBlock[], problems: ReportProblem[]) {
  const table = REPORT_TABLES.find((t) => t.key === key);
  if (!table) {
    problems.push({ blockIndex: blocks.length, key: TABLE_PREFIX + key, kind: 'unknown-figure' });
    blocks.push({ kind: 'paragraph', text: unknownFigureText(TABLE_PREFIX + key), figureKeys: [] });
    return;
  }
  const built = table.build(figures);
  for (const missing of built.missing) problems.push({ blockIndex: blocks.length, key: missing, kind: 'unknown-figure' });
  blocks.push({ kind: 'table', caption: table.caption, columns: table.columns, rows: built.rows });
}

/** A paragraph that is nothing but {{chart:key}} becomes that chart. */
function chartOf(paragraph: string): string | undefined {
  const m = /^\s*\{\{\s*chart:([^{}\s]+)\s*\}\}\s*$/.exec(paragraph);
  return m ? m[1] : undefined;
}

function pushChart(key: string, charts: ReadonlyMap<string, ReportChartData>, blocks: ReportBlock[], problems: ReportProblem[]) {
  const chart = reportChartByKey(key);
  if (!chart) {
    problems.push({ blockIndex: blocks.length, key: CHART_PREFIX + key, kind: 'unknown-figure' });
    blocks.push({ kind: 'paragraph', text: unknownFigureText(CHART_PREFIX + key), figureKeys: [] });
    return;
  }
  const data = charts.get(key);
  if (!data) throw new Error(`图表“${chart.caption}”的数据没有计算（renderReport 的 charts 参数缺少 ${key}）`);
  // An empty chart is printed only after staff have looked at it, like a figure that is 0.
  if (isEmptyChart(data)) problems.push({ blockIndex: blocks.length, key: CHART_PREFIX + key, kind: 'zero' });
  blocks.push({ kind: 'chart', key, caption: chart.caption, data });
}

/** The problems that make export refuse: a placeholder naming no figure must never reach paper. */
export function exportBlockers(doc: ReportDocument): ReportProblem[] {
  return doc.problems.filter((p) => p.kind === 'unknown-figure');
}

/** The problem as the preview states it. */
export function problemMessage(p: ReportProblem): string {
  const label = figureByKey(p.key)?.label ?? (p.key.startsWith(CHART_PREFIX) ? reportChartByKey(p.key.slice(CHART_PREFIX.length))?.caption : undefined) ?? p.key;
  switch (p.kind) {
    case 'unknown-figure':
      return `“${p.key}”不是已有的统计数字，请从数字列表中重新插入；修正前不能导出`;
    case 'zero':
      return p.key.startsWith(CHART_PREFIX) ? `“${label}”各项都是0，请核对台账后再印发` : `“${label}”为0，请核对台账后再印发`;
    case 'no-records':
      return `“${label}”没有对应的台账记录，请核对`;
  }
}
