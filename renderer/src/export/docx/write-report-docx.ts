// ReportDocument → .docx bytes on the GB/T 9704 page (gbt-layout.ts): the title in its lines,
// the optional speech header, numbered headings in their faces, body paragraphs, tables, and the
// issuer and date at the end placed as 7.3.5.2 says for a document without a seal. A document
// with an unknown figure is refused here too, not only in the screen that calls it.
import { AlignmentType, ImageRun, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type Document, type FileChild } from 'docx';
import type { ReportBlock, ReportDocument } from '../../domain/report/render-report';
import { exportBlockers, problemMessage } from '../../domain/report/render-report';
import { textWidth } from '../../domain/report/title-lines';
import { xmlSafeDeep } from '../xml-safe-text';
import { packGbtDocument, packGbtDocuments } from './gbt-package';
import { DEFAULT_GBT_FONTS, GBT_CHART, GBT_INDENT, GBT_LINE, mmToDocxPixels, GBT_STYLE, GBT_TEXT_WIDTH, GBT_NO_INDENT, GBT_CELL_BORDERS, gbtBlankLine, gbtTitleParagraph, gbtDocument, runFonts, type GbtFonts, type PageNumberPosition } from './gbt-layout';

export interface ReportLayout {
  pageNumberPosition: PageNumberPosition;
  /** The faces the office chose; each is written with its fallback (gbt-layout.ts fallbackOf). */
  fonts: GbtFonts;
}

export const DEFAULT_REPORT_LAYOUT: ReportLayout = { pageNumberPosition: 'outside', fonts: DEFAULT_GBT_FONTS };

/** From the office's saved settings (domain/settings/report-settings.ts spells centred 'centre'). */
export function reportLayoutFrom(settings: { pageNumbers: string; fonts: GbtFonts }): ReportLayout {
  return { pageNumberPosition: settings.pageNumbers === 'outside' ? 'outside' : 'center', fonts: { ...settings.fonts } };
}

/**
 * PNG pictures of the document's chart blocks, by block index, made at the edge (in the window
 * with echarts: features/reports/chart/chart-png.ts). A chart block with no picture is left out of
 * the document; the command line, which has no browser to draw with, says so on stderr.
 */
export type ReportChartImages = ReadonlyMap<number, Uint8Array>;

export class ReportExportRefused extends Error {
  constructor(readonly keys: string[], message = `报告中有不存在的统计数字（${keys.join('、')}），请修正模板后再导出`) {
    super(message);
    this.name = 'ReportExportRefused';
  }
}

/** One character of 三号 in twips, for the issuer's and date's 空二字. */
const CHAR = 320;
const HEADING_STYLE = { 1: GBT_STYLE.heading1, 2: GBT_STYLE.heading2, 3: GBT_STYLE.heading3, 4: GBT_STYLE.heading4 } as const;

function headerParagraphs(doc: ReportDocument): Paragraph[] {
  if (!doc.header) return [];
  const h = doc.header;
  const centred = (text: string) => new Paragraph({ style: GBT_STYLE.centred, children: [new TextRun(text)] });
  return [
    ...(h.occasion ? [centred(h.occasion)] : []),
    ...(h.speaker ? [centred(h.speaker)] : []),
    gbtBlankLine(),
    new Paragraph({ indent: GBT_NO_INDENT, alignment: AlignmentType.LEFT, children: [new TextRun(h.salutation)] }),
  ];
}

function tableOf(block: Extract<ReportBlock, { kind: 'table' }>, fonts: GbtFonts): FileChild[] {
  const columns = block.columns.length;
  // The label column takes what the figures leave: 156 mm less 30 mm a figure column.
  const figureWidth = Math.round(GBT_TEXT_WIDTH * (columns > 3 ? 0.17 : 0.25));
  const widths = [GBT_TEXT_WIDTH - figureWidth * (columns - 1), ...Array<number>(columns - 1).fill(figureWidth)];
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      borders: GBT_CELL_BORDERS,
      children: [new Paragraph({ style: GBT_STYLE.tableText, children: [new TextRun({ text, font: runFonts(header ? fonts.heading1 : fonts.body) })] })],
    });
  // No row is broken across pages (a wrapped label would read as two rows); the header row repeats on the next page.
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c, i, true)) }),
    ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
  ];
  return [
    // The caption in the body face, bold: it sits among body paragraphs, where GB/T 9704 wants 仿宋.
    new Paragraph({ alignment: AlignmentType.CENTER, indent: GBT_NO_INDENT, keepNext: true, children: [new TextRun({ text: block.caption, bold: true })] }),
    new Table({ width: { size: GBT_TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, alignment: AlignmentType.CENTER, rows }),
  ];
}

function chartParagraphs(block: Extract<ReportBlock, { kind: 'chart' }>, png: Uint8Array): Paragraph[] {
  return [
    // GBT_CHART.lines body lines, 'at least': the picture and the line's descent are shorter, so
    // the line is exactly that tall and the grid resumes after it. Not 'exact': LibreOffice then
    // clips the top of an inline picture.
    new Paragraph({
      alignment: AlignmentType.CENTER, indent: GBT_NO_INDENT, keepNext: true,
      spacing: { line: GBT_LINE * GBT_CHART.lines, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
      children: [new ImageRun({ type: 'png', data: png, transformation: { width: mmToDocxPixels(GBT_CHART.widthMm), height: mmToDocxPixels(GBT_CHART.heightMm) }, altText: { name: block.caption, title: block.caption, description: block.caption } })],
    }),
    // The caption below the figure, in the body face (仿宋), one line of the grid.
    new Paragraph({ alignment: AlignmentType.CENTER, indent: GBT_NO_INDENT, children: [new TextRun(block.caption)] }),
  ];
}

/**
 * A paragraph's runs. In the 核对稿 every printed figure is highlighted yellow and every note of
 * what was left out green, both by w:highlight, which Word and WPS show and print alike.
 */
function paragraphRuns(block: Extract<ReportBlock, { kind: 'paragraph' }>, review: boolean): TextRun[] {
  if (!review || !block.runs) return [new TextRun(block.text)];
  return block.runs.map((r) => new TextRun({ text: r.text, ...(r.figure ? { highlight: 'yellow' } : r.note ? { highlight: 'green' } : {}) }));
}

/** `beforeSignature`: the body's last paragraph, kept on the page of the 落款 so that no page holds the 落款 alone. */
function blockParagraphs(block: ReportBlock, index: number, fonts: GbtFonts, images: ReportChartImages, review: boolean, beforeSignature: boolean): FileChild[] {
  switch (block.kind) {
    case 'chart': {
      const png = images.get(index);
      return png ? chartParagraphs(block, png) : [];
    }
    case 'heading':
      return [new Paragraph({ style: HEADING_STYLE[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ indent: GBT_INDENT, ...(beforeSignature ? { keepNext: true } : {}), children: paragraphRuns(block, review) })];
    case 'table':
      return tableOf(block, fonts);
  }
}

/**
 * 7.3.5.2, no seal: the issuer 右空二字 one line below the body, the date on the next line with its
 * first character two to the right of the issuer's; a date wider than that takes 右空二字 itself
 * and the issuer is centred over it.
 */
function signature(doc: ReportDocument): Paragraph[] {
  const issuer = textWidth(doc.issuer);
  const date = textWidth(doc.dateText);
  let issuerRight = 2;
  let dateRight = issuer - date;
  if (dateRight < 2) {
    dateRight = 2;
    issuerRight = 2 + (date - issuer) / 2;
  }
  // The blank and the issuer keep with the next line: the 落款 and the 成文日期 are never split across pages.
  const line = (text: string, right: number, keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { ...GBT_NO_INDENT, right: Math.round(right * CHAR) }, ...(keepNext ? { keepNext } : {}), children: [new TextRun(text)] });
  return [gbtBlankLine(true), ...(doc.issuer ? [line(doc.issuer, issuerRight, true)] : []), line(doc.dateText, doc.issuer ? dateRight : 2, false)];
}

/**
 * docx paragraphs and tables by what they print, made for one copy and put in the other as they
 * are: a heading, a table, the title, the speech header and the 落款 print alike in both copies
 * (only a paragraph's figures and notes are marked in the 核对稿), and docx formats a child
 * afresh in each Document it is in, so sharing the objects saves making them twice.
 */
type SharedChildren = Map<string, FileChild[]>;

function shared(children: SharedChildren | undefined, key: string, make: () => FileChild[]): FileChild[] {
  if (!children) return make();
  let made = children.get(key);
  if (!made) children.set(key, (made = make()));
  return made;
}

/** The docx Document of one copy, before packing; `children`: those it may share with the other copy's. */
export function buildReportDocument(unsafeDoc: ReportDocument, unsafeLayout: ReportLayout = DEFAULT_REPORT_LAYOUT, images: ReportChartImages = new Map(), children?: SharedChildren): Document {
  // Every text below comes from these two, so cleaning them here cleans the whole document.
  const doc = xmlSafeDeep(unsafeDoc);
  const layout = xmlSafeDeep(unsafeLayout);
  const blockers = exportBlockers(doc);
  const stated = blockers.find((b) => b.kind !== 'unknown-figure');
  if (stated) throw new ReportExportRefused([], problemMessage(stated));
  if (blockers.length) throw new ReportExportRefused([...new Set(blockers.map((b) => b.key))]);
  const titleLines = doc.titleLines.length ? doc.titleLines : [doc.title];
  const block = (b: ReportBlock, i: number) => {
    const make = () => blockParagraphs(b, i, layout.fonts, images, doc.copy === 'review', i === doc.blocks.length - 1);
    return b.kind === 'heading' || b.kind === 'table' ? shared(children, `block ${JSON.stringify(b)}`, make) : make();
  };
  return gbtDocument({ title: doc.title, creator: doc.issuer || '政协履职台账' }, layout, [
    ...shared(children, `title ${JSON.stringify(titleLines)}`, () => [gbtTitleParagraph(titleLines)]),
    gbtBlankLine(),
    ...shared(children, `header ${JSON.stringify(doc.header ?? null)}`, () => headerParagraphs(doc)),
    ...doc.blocks.flatMap(block),
    ...shared(children, `signature ${JSON.stringify([doc.issuer, doc.dateText])}`, () => signature(doc)),
  ]);
}

export function writeReportDocx(doc: ReportDocument, layout: ReportLayout = DEFAULT_REPORT_LAYOUT, images: ReportChartImages = new Map()): Promise<Uint8Array> {
  try {
    return packGbtDocument(buildReportDocument(doc, layout, images), layout.fonts);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** A report's two copies: the 印发稿 and the 核对稿, which is the 印发稿 itself for a member's record. */
export interface ReportCopies<T> {
  doc: T;
  review: T;
}

/**
 * The .docx bytes of both copies, each as writeReportDocx writes it alone, packed together so the
 * parts they share are made once (gbt-package.ts). `review` null: the document has no review copy
 * of its own (a member's record). Pictures by block index, per copy: the 核对稿's notes move them.
 */
export async function writeReportCopiesDocx(
  copies: ReportCopies<ReportDocument>, layout: ReportLayout = DEFAULT_REPORT_LAYOUT, images: Partial<ReportCopies<ReportChartImages>> = {},
): Promise<{ doc: Uint8Array; review: Uint8Array | null }> {
  const { documents, shared } = reportCopyDocuments(copies, layout, images);
  const [printed, reviewed] = await packGbtDocuments(documents, layout.fonts, shared);
  return { doc: printed!, review: reviewed ?? null };
}

/**
 * The docx Documents of writeReportCopiesDocx, before packing (the bench times packing apart):
 * one, or the 印发稿's and the 核对稿's, and the children both hold (packGbtDocuments formats those once).
 */
export function reportCopyDocuments(
  copies: ReportCopies<ReportDocument>, layout: ReportLayout = DEFAULT_REPORT_LAYOUT, images: Partial<ReportCopies<ReportChartImages>> = {},
): { documents: Document[]; shared: FileChild[] } {
  const children: SharedChildren = new Map();
  const documents = [buildReportDocument(copies.doc, layout, images.doc, children)];
  if (copies.review === copies.doc) return { documents, shared: [] };
  documents.push(buildReportDocument(copies.review, layout, images.review, children));
  return { documents, shared: [...children.values()].flat() };
}

/** 罗城县政协关于2025年民主监督工作情况的汇报（2025年）.docx, and …（核对稿）.docx for the review copy — characters Windows forbids in names replaced. */
export function reportFileName(doc: Pick<ReportDocument, 'title' | 'copy'>, year: number): string {
  const safe = doc.title.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '').trim().slice(0, 80) || '报告';
  return `${safe.includes(String(year)) ? safe : `${safe}（${year}年）`}${doc.copy === 'review' ? '（核对稿）' : ''}.docx`;
}
