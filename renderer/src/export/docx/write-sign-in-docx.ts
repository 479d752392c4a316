// An activity's 签到表 (domain/activities/sign-in-sheet.ts) as a .docx on the GB/T 9704 page
// (gbt-layout.ts), in the office's report faces: the title, the line of time and place as body text, and the
// table, its header row repeated on every page and each row tall enough to sign in. The 签名
// column takes what the others leave.
import { AlignmentType, HeightRule, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { SignInColumnKey, SignInSheet } from '../../domain/activities/sign-in-sheet';
import { breakTitle } from '../../domain/report/title-lines';
import { xmlSafeDeep } from '../xml-safe-text';
import { GBT_CELL_BORDERS, GBT_STYLE, GBT_TEXT_WIDTH, gbtBlankLine, gbtDocument, gbtTitleParagraph, runFonts, type GbtFonts } from './gbt-layout';
import { packGbtDocument } from './gbt-package';
import { DEFAULT_REPORT_LAYOUT, type ReportLayout } from './write-report-docx';

/** Twips (567 a centimetre) of the fixed columns; 签名 gets the rest of the 156 mm type area. */
const FIXED_WIDTH: Record<Exclude<SignInColumnKey, 'signature'>, number> = { index: 820, name: 1360, sector: 1560, workplace: 2400 };
/** 11 mm a row: room for a signature in a 四号 table (the header row stays at its text's height). */
const ROW_HEIGHT = 624;

function columnWidths(keys: readonly SignInColumnKey[]): number[] {
  const fixed = keys.map((k) => (k === 'signature' ? 0 : FIXED_WIDTH[k]));
  const rest = GBT_TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0);
  return fixed.map((w) => (w === 0 ? rest : w));
}

function cell(text: string, width: number, font: string, left: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: GBT_CELL_BORDERS,
    children: [new Paragraph({ style: GBT_STYLE.tableText, ...(left ? { alignment: AlignmentType.LEFT } : {}), children: [new TextRun({ text, font: runFonts(font) })] })],
  });
}

function sheetTable(sheet: SignInSheet, fonts: GbtFonts): Table {
  const widths = columnWidths(sheet.columns.map((c) => c.key));
  const left = sheet.columns.map((c) => c.key === 'workplace');
  return new Table({
    width: { size: GBT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: sheet.columns.map((c, i) => cell(c.header, widths[i]!, fonts.heading1, false)) }),
      ...sheet.rows.map((r) => new TableRow({
        cantSplit: true,
        height: { value: ROW_HEIGHT, rule: HeightRule.ATLEAST },
        children: r.map((text, i) => cell(text, widths[i]!, fonts.body, left[i]!)),
      })),
    ],
  });
}

export function writeSignInDocx(unsafeSheet: SignInSheet, unsafeLayout: ReportLayout = DEFAULT_REPORT_LAYOUT): Promise<Uint8Array> {
  // Every text of the file comes from these two.
  const sheet = xmlSafeDeep(unsafeSheet);
  const layout = xmlSafeDeep(unsafeLayout);
  const children = [
    gbtTitleParagraph(breakTitle(sheet.title)),
    gbtBlankLine(),
    // A body paragraph (indented two characters, as GB/T 9704 sets the text).
    new Paragraph({ keepNext: true, children: [new TextRun(sheet.when)] }),
    sheetTable(sheet, layout.fonts),
  ];
  return packGbtDocument(gbtDocument({ title: sheet.title, creator: '政协履职台账' }, layout, children), layout.fonts);
}
