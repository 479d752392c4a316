// How every .xlsx writer turns its workbook into bytes: each text in it (cells, rich text,
// hyperlink labels, sheet names, the document properties) cleaned of the characters XML cannot
// hold (../xml-safe-text.ts) just before writing, so no writer can forget and no cell typed with a
// stray control character makes a file Excel or WPS refuses.
import ExcelJS from 'exceljs';
import type { CellValue, Workbook } from 'exceljs';
import { xmlSafeText } from '../xml-safe-text';

function cleanValue(value: CellValue): CellValue {
  if (typeof value === 'string') return xmlSafeText(value);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  if ('richText' in value) return { ...value, richText: value.richText.map((run) => ({ ...run, text: xmlSafeText(run.text) })) };
  if ('hyperlink' in value) return { ...value, text: xmlSafeText(value.text), hyperlink: xmlSafeText(value.hyperlink) };
  return value;
}

/** Cleans the workbook's text in place and writes it. */
export async function packWorkbook(workbook: Workbook): Promise<Uint8Array> {
  workbook.creator = xmlSafeText(workbook.creator ?? '');
  workbook.title = xmlSafeText(workbook.title ?? '');
  for (const sheet of workbook.worksheets) {
    sheet.name = xmlSafeText(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged cell's followers show the master's value; writing it there would unmerge them.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const cleaned = cleanValue(cell.value);
        if (cleaned !== cell.value) cell.value = cleaned;
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
