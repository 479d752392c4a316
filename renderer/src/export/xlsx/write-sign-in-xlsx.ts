// An activity's 签到表 (domain/activities/sign-in-sheet.ts) as an .xlsx ready to print: the title,
// the line of time and place, the header repeated on every A4 page, and rows tall enough to sign
// in, the 签名 column the widest.
import ExcelJS from 'exceljs';
import type { Alignment } from 'exceljs';
import type { SignInColumnKey, SignInSheet } from '../../domain/activities/sign-in-sheet';
import { packWorkbook } from './pack-workbook';
import { addPrintedSheet, SHEET_BODY_FONT, SHEET_HEADER_ROW, THIN_BORDERS } from './printed-sheet';

/** Characters of width: on A4 portrait the sheet is fitted to the page's width, so these are proportions. */
const WIDTH: Record<SignInColumnKey, number> = { index: 6, name: 12, sector: 14, workplace: 30, signature: 24 };
/** Points: room for a signature. */
const ROW_HEIGHT = 32;

export async function writeSignInXlsx(sheet: SignInSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政协履职台账';
  workbook.title = sheet.title;
  const keys = sheet.columns.map((c) => c.key);
  const ws = addPrintedSheet(workbook, {
    sheetName: '签到表', title: sheet.title, note: sheet.when, orientation: 'portrait',
    headers: sheet.columns.map((c) => c.header), widths: keys.map((k) => WIDTH[k]),
  });
  const centred: Partial<Alignment> = { horizontal: 'center', vertical: 'middle' };
  const wrapped: Partial<Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
  sheet.rows.forEach((values, index) => {
    const row = ws.getRow(SHEET_HEADER_ROW + 1 + index);
    row.height = ROW_HEIGHT;
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      cell.numFmt = '@';
      cell.font = SHEET_BODY_FONT;
      cell.alignment = keys[c] === 'workplace' ? wrapped : centred;
      cell.border = THIN_BORDERS;
    });
  });
  return packWorkbook(workbook);
}
