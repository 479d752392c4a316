// Writing the 提案办理情况一览表 as an .xlsx an office can print and send: a merged title, a line
// saying how many proposals it lists, a frozen header, one bordered row per proposal. Every value
// is written as text (so 2025年3月5日 and 012 stay as shown) in a form the table import reads
// back, so an exported table re-imports unchanged. The rows come from the domain
// (buildProposalTable in domain/proposals/proposal-table-rows.ts).
import ExcelJS from 'exceljs';
import type { Alignment } from 'exceljs';
import { packWorkbook } from './pack-workbook';
import { addPrintedSheet, SHEET_BODY_FONT, SHEET_HEADER_ROW, THIN_BORDERS } from './printed-sheet';
import { PROPOSAL_TABLE_FIELDS, PROPOSAL_TABLE_LABELS, PROPOSAL_TABLE_WIDTHS, type ProposalTableRow } from '../../domain/proposals/proposal-table-columns';

export interface ProposalTableExport {
  /** 罗城仫佬族自治县政协九届二次会议提案办理情况一览表 */
  title: string;
  /** Under the title: 共12件 (or what the caller wants said). */
  subtitle: string;
  rows: readonly ProposalTableRow[];
}

/** The table as .xlsx bytes. */
export async function writeProposalTableXlsx({ title, subtitle, rows }: ProposalTableExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政协履职台账';
  const sheet = addPrintedSheet(workbook, {
    sheetName: '提案办理情况一览表', title, note: subtitle, orientation: 'landscape',
    headers: PROPOSAL_TABLE_FIELDS.map((f) => PROPOSAL_TABLE_LABELS[f]), widths: PROPOSAL_TABLE_FIELDS.map((f) => PROPOSAL_TABLE_WIDTHS[f].width),
  });

  // One style object per kind of cell, shared by every row: a year's table has thousands of cells.
    const wide: Partial<Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
  const narrow: Partial<Alignment> = { horizontal: 'center', vertical: 'middle' };
  rows.forEach((values, index) => {
    const row = sheet.getRow(SHEET_HEADER_ROW + 1 + index);
    PROPOSAL_TABLE_FIELDS.forEach((field, c) => {
      const cell = row.getCell(c + 1);
      cell.value = values[field];
      cell.numFmt = '@';
      cell.font = SHEET_BODY_FONT;
      cell.alignment = PROPOSAL_TABLE_WIDTHS[field].wide ? wide : narrow;
      cell.border = THIN_BORDERS;
    });
  });

  return packWorkbook(workbook);
}
