// Opening a roll file for the import dialog: read the workbook (in a Worker, so exceljs stays out
// of the first screen's bundle and the window never freezes), pick the sheet, find the header, and gather what the preview
// compares against — the dictionaries, the members already in the ledger and the current term.
import { appLedger } from '../../../db/app-ledger';
import { toIsoDate } from '../../../domain/common/dates';
import { readWorkbook } from '../../shared/read-workbook';
import { chooseSheet, type SheetOption } from '../../../domain/common/sheet-choice';
import { detectRollHeader, type RollGrid, type RollHeader, type RollImportContext } from '../../../domain/members/roll-import';

export interface RollSource {
  file: File;
  fileName: string;
  /** The sheet read, and every visible sheet of the workbook for the clerk to pick from. */
  sheetName: string;
  sheets: SheetOption[];
  grid: RollGrid;
  header: RollHeader;
  context: RollImportContext;
}

export type RollSourceResult = { ok: true; source: RollSource } | { ok: false; message: string };

// A roll of 5,000 members is well under 5 MB; a larger file is almost surely not a roll.
const MAX_FILE_BYTES = 30 * 1024 * 1024;

/** `sheet`: the worksheet the clerk picked; without it, the first whose header is recognised. */
export async function openRollFile(file: File, sheet?: string): Promise<RollSourceResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `文件有${(file.size / 1024 / 1024).toFixed(0)} MB，太大了：名册文件一般不超过几 MB，请确认是否选错了文件` };
  }
  const read = await readWorkbook(file);
  if (!read.ok) return read;
  const chosen = chooseSheet(read.sheets, detectRollHeader, sheet);
  if (!chosen.ok) return chosen;
  const [dictionaries, existingMembers, settings] = await Promise.all([
    appLedger.dictionary.loadDictionaries(),
    appLedger.members.listMembers(),
    appLedger.settings.getSettings(),
  ]);
  return {
    ok: true,
    source: {
      file,
      fileName: file.name,
      sheetName: chosen.sheet.name,
      sheets: chosen.options,
      grid: chosen.sheet.grid,
      header: chosen.header,
      context: { dictionaries, existingMembers, currentTerm: settings?.committee.term ?? 1, today: toIsoDate(new Date()) },
    },
  };
}

/** A few values from the column, to help the user recognise it in the mapping step. */
export function sampleValues(source: RollSource, col: number, count = 2): string[] {
  const out: string[] = [];
  for (const row of source.grid.slice(source.header.headerRowIndex + 1)) {
    const cell = row[col];
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null || cell === undefined ? '' : String(cell).trim();
    if (text && !out.includes(text)) out.push(text);
    if (out.length >= count) break;
  }
  return out;
}
