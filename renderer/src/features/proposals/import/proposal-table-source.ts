// Opening a 提案办理情况一览表 for the import dialog: read the bytes (the Excel reader is loaded
// only now, so exceljs stays out of the first screen's bundle), find the header, and preview every
// row against what the ledger holds (dictionaries, the roll, settings, every 案号).
import { appLedger } from '../../../db/app-ledger';
import { toIsoDate } from '../../../domain/common/dates';
import { detectProposalTableHeader, previewProposalTable, type ProposalPreviewRow, type ProposalTableHeader } from '../../../domain/proposals/proposal-table-import';

export interface ProposalTableSource {
  fileName: string;
  header: ProposalTableHeader;
  rows: ProposalPreviewRow[];
}

export type ProposalTableSourceResult = { ok: true; source: ProposalTableSource } | { ok: false; message: string };

// A table of a few thousand proposals is well under 5 MB; a larger file is almost surely not one.
const MAX_FILE_BYTES = 30 * 1024 * 1024;

export async function openProposalTable(file: File): Promise<ProposalTableSourceResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `文件有${(file.size / 1024 / 1024).toFixed(0)} MB，太大了：一览表文件一般不超过几 MB，请确认是否选错了文件` };
  }
  const [{ readRollGrid }, bytes] = await Promise.all([import('../../../export/xlsx/read-roll'), file.arrayBuffer()]);
  const read = await readRollGrid(bytes);
  if (!read.ok) return read;
  const detected = detectProposalTableHeader(read.grid);
  if (!detected.ok) return detected;
  const context = await appLedger.proposalImport.loadProposalImportContext(file.name, toIsoDate(new Date()));
  const rows = previewProposalTable(read.grid, detected.header, context);
  if (!rows.length) return { ok: false, message: `一览表第${detected.header.headerRowIndex + 1}行是表头，但表头下面没有提案` };
  return { ok: true, source: { fileName: file.name, header: detected.header, rows } };
}
