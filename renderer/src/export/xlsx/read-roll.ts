// Reading an .xlsx member roll into the plain grid the domain's roll importer works on. The grid
// keeps Excel's row and column positions (row 1 is grid[0]) so problems can name 第N行; merged
// cells carry their master's value (a 界别 merged down ten rows belongs to all ten); rich text,
// formulas and hyperlinks become the text or result a person sees.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { RollCell, RollGrid } from '../../domain/members/roll-header';
import type { NamedSheet } from '../../domain/common/sheet-choice';

export type ReadRollResult = { ok: true; grid: RollGrid; sheetName: string } | { ok: false; message: string };
export type ReadSheetsResult = { ok: true; sheets: NamedSheet[] } | { ok: false; message: string };

export const NOT_XLSX_MESSAGE = '文件不是 .xlsx 格式的 Excel 工作簿（如是 .xls，请在 Excel/WPS 中另存为 .xlsx）';
export const PASSWORD_MESSAGE = '这个 Excel 文件设置了打开密码，程序无法读取。请在 Excel/WPS 中打开它，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存，再导入';
export const DAMAGED_MESSAGE = '这个 Excel 文件已损坏，无法读取（可能没有下载或复制完整）。请在 Excel/WPS 中打开并另存一份，再导入';

/**
 * Far beyond any roll or 一览表 (both refuse more than a few thousand rows): a sheet that claims
 * more is refused before it is laid out as a grid, which for a cell at XFD1048576 would be 17
 * billion cells and freeze the window.
 */
export const MAX_READ_ROWS = 20_000;
export const MAX_READ_COLUMNS = 200;
/** What the file may hold once unzipped; a real roll of 5,000 members is a few MB. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** An .xlsx file is a zip archive, and every zip starts with "PK". */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Old .xls files and password-protected .xlsx files are both OLE compound files (D0 CF 11 E0). */
function looksLikeOle(bytes: Uint8Array): boolean {
  return bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** An encrypted .xlsx is an OLE file holding a stream named EncryptedPackage (UTF-16 in its directory). */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/** The zip's parts with the sizes its directory gives them, read without unzipping anything. */
async function unzippedSize(bytes: Uint8Array): Promise<number | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    let total = 0;
    // JSZip keeps each part's declared size from the central directory; nothing is inflated yet.
    for (const file of Object.values(zip.files)) {
      // `_data` is JSZip's own field (not in its types): absent, the part counts as nothing.
      const part: { name: string; _data?: { uncompressedSize?: number } } = file;
      total += part._data?.uncompressedSize ?? 0;
    }
    return total;
  } catch {
    return null;
  }
}

const columnName = (col: number): string => (col <= 0 ? '' : columnName(Math.floor((col - 1) / 26)) + String.fromCharCode(65 + ((col - 1) % 26)));

/** Why a sheet is too big to lay out as a grid, from its last used row and column; null when it is not. */
function tooLarge(sheet: Worksheet): string | null {
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    lastRow = Math.max(lastRow, rowNumber);
    row.eachCell({ includeEmpty: false }, (_cell, col) => {
      lastColumn = Math.max(lastColumn, col);
    });
  });
  if (lastRow > MAX_READ_ROWS || lastColumn > MAX_READ_COLUMNS) {
    return `工作表“${sheet.name}”的内容一直延伸到 ${columnName(lastColumn)}${lastRow} 单元格，远超名册或一览表的大小（最多 ${MAX_READ_ROWS} 行、${MAX_READ_COLUMNS} 列），没有导入。请删去表格外多余的内容后另存，再导入`;
  }
  return null;
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

/** Every visible worksheet, in the workbook's order, as grids; a file that is not .xlsx is refused. */
export async function readWorkbookSheets(data: Uint8Array | ArrayBuffer): Promise<ReadSheetsResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (looksLikeOle(bytes)) return { ok: false, message: holdsEncryptedPackage(bytes) ? PASSWORD_MESSAGE : NOT_XLSX_MESSAGE };
  if (!looksLikeZip(bytes)) return { ok: false, message: NOT_XLSX_MESSAGE };
  // Sizes first, from the zip's directory: a small file may unzip to gigabytes.
  const unzipped = await unzippedSize(bytes);
  if (unzipped === null) return { ok: false, message: DAMAGED_MESSAGE };
  if (unzipped > MAX_UNZIPPED_BYTES) {
    return { ok: false, message: `这个文件解压后有 ${Math.round(unzipped / 1024 / 1024)} MB，远超名册或一览表的大小，没有导入。请确认是否选错了文件` };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = bytes.slice().buffer;
    await workbook.xlsx.load(copy);
  } catch {
    // A zip that is a .docx or other package, or an .xlsx damaged inside.
    return { ok: false, message: DAMAGED_MESSAGE };
  }
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined);
  if (visible.length === 0) return { ok: false, message: NOT_XLSX_MESSAGE };
  const sheets: NamedSheet[] = [];
  for (const sheet of visible) {
    // Every sheet's extent is checked before any is laid out as a grid.
    const problem = tooLarge(sheet);
    if (problem) return { ok: false, message: problem };
  }
  for (const sheet of visible) sheets.push({ name: sheet.name, grid: gridOf(sheet) });
  return { ok: true, sheets };
}

/** The first visible worksheet that holds anything, as a grid (the command line and tests read one sheet). */
export async function readRollGrid(data: Uint8Array | ArrayBuffer): Promise<ReadRollResult> {
  const read = await readWorkbookSheets(data);
  if (!read.ok) return read;
  const first = read.sheets.find((s) => s.grid.length > 0) ?? read.sheets[0]!;
  return { ok: true, grid: first.grid, sheetName: first.name };
}
