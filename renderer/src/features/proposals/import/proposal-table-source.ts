// Opening a 提案办理情况一览表 for the import dialog: read the workbook (in a Worker, so exceljs stays
// out of the first screen's bundle and the window never freezes), pick the sheet, find the header, and preview every
// row against what the ledger holds (dictionaries, the roll, settings, every 案号).
import { appLedger } from '../../../db/app-ledger';
import { toIsoDate } from '../../../domain/common/dates';
import { readWorkbook } from '../../shared/read-workbook';
import { chooseSheet, type SheetOption } from '../../../domain/common/sheet-choice';
import { detectProposalTableHeader, previewProposalTable, type ProposalPreviewRow, type ProposalTableHeader } from '../../../domain/proposals/proposal-table-import';

export interface ProposalTableSource {
  file: File;
  fileName: string;
  /** The sheet read, and every visible sheet of the workbook for the clerk to pick from. */
  sheetName: string;
  sheets: SheetOption[];
  header: ProposalTableHeader;
  rows: ProposalPreviewRow[];
}

export type ProposalTableSourceResult = { ok: true; source: ProposalTableSource } | { ok: false; message: string };

// A table of a few thousand proposals is well under 5 MB; a larger file is almost surely not one.
const MAX_FILE_BYTES = 30 * 1024 * 1024;

/** `sheet`: the worksheet the clerk picked; without it, the first whose header is recognised. */
export async function openProposalTable(file: File, sheet?: string): Promise<ProposalTableSourceResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `文件有${(file.size / 1024 / 1024).toFixed(0)} MB，太大了：一览表文件一般不超过几 MB，请确认是否选错了文件` };
  }
  const read = await readWorkbook(file);
  if (!read.ok) return read;
  const chosen = chooseSheet(read.sheets, detectProposalTableHeader, sheet);
  if (!chosen.ok) return chosen;
  const { header } = chosen;
  const context = await appLedger.proposalImport.loadProposalImportContext(file.name, toIsoDate(new Date()));
  const rows = previewProposalTable(chosen.sheet.grid, header, context);
  if (!rows.length) return { ok: false, message: `一览表第${header.headerRowIndex + 1}行是表头，但表头下面没有提案` };
  return { ok: true, source: { file, fileName: file.name, sheetName: chosen.sheet.name, sheets: chosen.options, header, rows } };
}
