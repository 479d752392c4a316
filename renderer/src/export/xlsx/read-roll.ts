// Reading an .xlsx member roll into the plain grid the domain's roll importer works on. The grid
// keeps Excel's row and column positions (row 1 is grid[0]) so problems can name 第N行; merged
// cells carry their master's value (a 界别 merged down ten rows belongs to all ten); rich text,
// formulas and hyperlinks become the text or result a person sees.
import ExcelJS from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { RollCell, RollGrid } from '../../domain/members/roll-header';

export type ReadRollResult = { ok: true; grid: RollGrid; sheetName: string } | { ok: false; message: string };

export const NOT_XLSX_MESSAGE = '文件不是 .xlsx 格式的 Excel 工作簿（如是 .xls，请在 Excel/WPS 中另存为 .xlsx）';

/** An .xlsx file is a zip archive, and every zip starts with "PK". */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

function plainValue(value: CellValue | undefined, numFmt: string | undefined): RollCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // 1975.10 shown with two decimals is stored as 1975.1: give the importer what the user sees.
    const decimals = /^0\.(0+)$/.exec(numFmt ?? '');
    return decimals ? value.toFixed(decimals[1]!.length) : value;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result, numFmt);
  // Error values (#N/A …) and anything newer exceljs may add hold nothing to import.
  return null;
}

function cellValue(cell: Cell): RollCell {
  const source = cell.isMerged ? cell.master : cell;
  return plainValue(source.value, source.numFmt);
}

function gridOf(sheet: Worksheet): RollGrid {
  const sparse: RollCell[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RollCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const v = cellValue(cell);
      if (v === null || (typeof v === 'string' && v.trim() === '')) return;
      cells[col - 1] = v;
      width = Math.max(width, col);
    });
    if (cells.length) sparse[rowNumber - 1] = cells;
  });
  // Dense rows of one width, leading blank rows kept so that grid[i] is Excel's row i + 1.
  return Array.from({ length: sparse.length }, (_, r) => Array.from({ length: width }, (_, c) => sparse[r]?.[c] ?? null));
}

/** The first visible worksheet that holds anything, as a grid; a file that is not .xlsx is refused. */
export async function readRollGrid(data: Uint8Array | ArrayBuffer): Promise<ReadRollResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!looksLikeZip(bytes)) return { ok: false, message: NOT_XLSX_MESSAGE };
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = bytes.slice().buffer;
    await workbook.xlsx.load(copy);
  } catch {
    // A .docx, a damaged download or a password-protected workbook all end here.
    return { ok: false, message: NOT_XLSX_MESSAGE };
  }
  if (workbook.worksheets.length === 0) return { ok: false, message: NOT_XLSX_MESSAGE };
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible' && sheet.state !== undefined) continue;
    const grid = gridOf(sheet);
    if (grid.length) return { ok: true, grid, sheetName: sheet.name };
  }
  return { ok: true, grid: [], sheetName: workbook.worksheets[0]?.name ?? '' };
}
