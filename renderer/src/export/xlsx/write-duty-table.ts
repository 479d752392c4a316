// The 委员履职情况统计表 as an .xlsx, laid out like the exported roll (write-roll.ts): a merged
// title naming the year, a note on the order, a frozen bordered header, one row per member.
// Counts are written as numbers so the office can sum and sort them in Excel.
import ExcelJS from 'exceljs';
import type { Borders, Worksheet } from 'exceljs';
import { packWorkbook } from './pack-workbook';
import { DUTY_COLUMNS } from '../../domain/scores/duty-table-columns';
import type { DutyTableRow } from '../../domain/scores/duty-table';

export interface DutyTableExport {
  /** e.g. 罗城仫佬族自治县政协2025年度委员履职情况统计表 */
  title: string;
  rows: readonly DutyTableRow[];
}

const THIN: Borders = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
  diagonal: { up: false, down: false },
};

function addBanner(sheet: Worksheet, row: number, text: string, font: { name: string; size: number; bold?: boolean }, height: number): void {
  sheet.mergeCells(row, 1, row, DUTY_COLUMNS.length);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(row).height = height;
}

/** The rows are written in the order given (界别, then strokes: see domain/scores/duty-table.ts). */
export async function writeDutyTableXlsx({ title, rows }: DutyTableExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政协履职台账';
  const sheet = workbook.addWorksheet('履职情况统计', {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  sheet.columns = DUTY_COLUMNS.map((c) => ({ width: c.width }));
  addBanner(sheet, 1, title, { name: '宋体', size: 18, bold: true }, 36);
  addBanner(sheet, 2, '（按界别、姓氏笔画为序）', { name: '仿宋', size: 12 }, 22);

  const header = sheet.getRow(3);
  header.values = DUTY_COLUMNS.map((c) => c.header);
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { name: '宋体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });

  rows.forEach((r, index) => {
    const row = sheet.getRow(4 + index);
    DUTY_COLUMNS.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      cell.value = column.value(r, index);
      cell.font = { name: '仿宋', size: 11 };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.border = THIN;
    });
  });

  return packWorkbook(workbook);
}
