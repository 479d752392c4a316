// The frame every printed .xlsx table of the program shares (名册, 履职情况统计表, 提案办理情况一览表,
// 签到表): a merged title in 宋体, a note line in 仿宋, a bordered bold header row that stays frozen
// on screen and is printed again at the top of every page, on A4 fitted to the page's width.
import type { Borders, Workbook, Worksheet } from 'exceljs';

export const THIN_BORDERS: Borders = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
  diagonal: { up: false, down: false },
};

/** The body cells' face. */
export const SHEET_BODY_FONT = { name: '仿宋', size: 11 } as const;

/** Row of the header; the data starts on the next one. */
export const SHEET_HEADER_ROW = 3;

export interface PrintedSheetFrame {
  sheetName: string;
  title: string;
  /** The line under the title: （按姓氏笔画为序）, a count, the time and place. */
  note: string;
  headers: readonly string[];
  /** Column widths in characters, one a header. */
  widths: readonly number[];
  orientation: 'portrait' | 'landscape';
}

function addBanner(sheet: Worksheet, row: number, columns: number, text: string, font: { name: string; size: number; bold?: boolean }, height: number): void {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(row).height = height;
}

/** A new worksheet with the title, the note and the header written; the rows are the writer's. */
export function addPrintedSheet(workbook: Workbook, frame: PrintedSheetFrame): Worksheet {
  const header = `${SHEET_HEADER_ROW}:${SHEET_HEADER_ROW}`;
  const sheet = workbook.addWorksheet(frame.sheetName, {
    views: [{ state: 'frozen', ySplit: SHEET_HEADER_ROW, xSplit: 0 }],
    // paperSize 9 is A4; printTitlesRow repeats the header on every printed page.
    pageSetup: { paperSize: 9, orientation: frame.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: header, horizontalCentered: true },
  });
  sheet.columns = frame.widths.map((width) => ({ width }));
  addBanner(sheet, 1, frame.headers.length, frame.title, { name: '宋体', size: 18, bold: true }, 36);
  addBanner(sheet, 2, frame.headers.length, frame.note, { name: '仿宋', size: 12 }, 22);
  const row = sheet.getRow(SHEET_HEADER_ROW);
  row.values = [...frame.headers];
  row.height = 24;
  row.eachCell((cell) => {
    cell.font = { name: '宋体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN_BORDERS;
  });
  return sheet;
}
