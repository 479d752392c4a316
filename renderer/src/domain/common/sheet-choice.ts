// Which worksheet of an office's workbook to import. A workbook often has more than one sheet
// (一组/二组, 在任/离任, last year's copy): the program never takes the first one silently. It
// proposes the first sheet whose header it recognises, names the sheet it is reading, and lets the
// clerk pick another; a sheet the clerk picks is read as picked, with its own message if it holds
// no list.
import type { SheetGrid } from './sheet-header';

export interface NamedSheet {
  name: string;
  grid: SheetGrid;
}

/** What the clerk is shown of each sheet to choose by. */
export interface SheetOption {
  name: string;
  /** Non-blank rows of the sheet, header and title included. */
  filledRows: number;
  /** Whether a list's header was found on it. */
  recognised: boolean;
}

type Detected<H> = { ok: true; header: H } | { ok: false; message: string };

export type SheetChoice<H> =
  | { ok: true; sheet: NamedSheet; header: H; options: SheetOption[] }
  | { ok: false; message: string };

const filledRows = (grid: SheetGrid) => grid.filter((row) => row.some((cell) => cell !== null && cell !== '')).length;

/**
 * The sheet to read: `picked` when the clerk named one, else the first whose header is found.
 * With several sheets, a message names the sheet it is about.
 */
export function chooseSheet<H>(sheets: readonly NamedSheet[], detect: (grid: SheetGrid) => Detected<H>, picked?: string): SheetChoice<H> {
  const detected = sheets.map((s) => detect(s.grid));
  const options = sheets.map((s, i) => ({ name: s.name, filledRows: filledRows(s.grid), recognised: detected[i]!.ok }));
  const about = (i: number, message: string) => (sheets.length > 1 ? `工作表“${sheets[i]!.name}”：${message}` : message);
  let index: number;
  if (picked !== undefined) {
    index = sheets.findIndex((s) => s.name === picked);
    if (index < 0) return { ok: false, message: `文件中没有名为“${picked}”的工作表` };
  } else {
    index = detected.findIndex((d) => d.ok);
    // No sheet holds a list: the message is about the first sheet that holds anything.
    if (index < 0) index = Math.max(0, options.findIndex((o) => o.filledRows > 0));
  }
  const found = detected[index];
  if (!found) return { ok: false, message: '文件中没有可读的工作表' };
  if (!found.ok) return { ok: false, message: about(index, found.message) };
  return { ok: true, sheet: sheets[index]!, header: found.header, options };
}

/** The line under the file name: which sheet is read, and what else the workbook holds. */
export function sheetNote(chosen: string, options: readonly SheetOption[]): string | null {
  const others = options.filter((o) => o.name !== chosen && o.filledRows > 0);
  if (!others.length) return null;
  const list = others.map((o) => `“${o.name}”（${o.filledRows}行${o.recognised ? '' : '，未找到表头'}）`).join('、');
  return `这个文件有${options.length}个工作表，正在读取“${chosen}”；另有${list}，如需导入请在“工作表”中改选`;
}
