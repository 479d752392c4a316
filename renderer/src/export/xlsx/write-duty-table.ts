// The 委员履职情况统计表 as an .xlsx, laid out like the exported roll (write-roll.ts): a merged
// title naming the year, a note on the order, a frozen bordered header, one row per member.
// Counts are written as numbers so the office can sum and sort them in Excel.
import ExcelJS from 'exceljs';
import { packWorkbook } from './pack-workbook';
import { addPrintedSheet, SHEET_BODY_FONT, SHEET_HEADER_ROW, THIN_BORDERS } from './printed-sheet';
import { DUTY_COLUMNS } from '../../domain/scores/duty-table-columns';
import type { DutyTableRow } from '../../domain/scores/duty-table';

export interface DutyTableExport {
  /** e.g. 罗城仫佬族自治县政协2025年度委员履职情况统计表 */
  title: string;
  rows: readonly DutyTableRow[];
}

/** The rows are written in the order given (界别, then strokes: see domain/scores/duty-table.ts). */
export async function writeDutyTableXlsx({ title, rows }: DutyTableExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政协履职台账';
  const sheet = addPrintedSheet(workbook, {
    sheetName: '履职情况统计', title, note: '（按界别、姓氏笔画为序）', orientation: 'landscape',
    headers: DUTY_COLUMNS.map((c) => c.header), widths: DUTY_COLUMNS.map((c) => c.width),
  });

  rows.forEach((r, index) => {
    const row = sheet.getRow(SHEET_HEADER_ROW + 1 + index);
    DUTY_COLUMNS.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      cell.value = column.value(r, index);
      cell.font = SHEET_BODY_FONT;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.border = THIN_BORDERS;
    });
  });

  return packWorkbook(workbook);
}
