// Writing the 提案办理情况一览表 as an .xlsx an office can print and send: a merged title, a line
// saying how many proposals it lists, a frozen header, one bordered row per proposal. Every value
// is written as text (so 2025年3月5日 and 012 stay as shown) in a form the table import reads
// back, so an exported table re-imports unchanged. The rows come from the domain
// (buildProposalTable in domain/proposals/proposal-table-rows.ts).
import ExcelJS from 'exceljs';
import type { Alignment, Borders, Worksheet } from 'exceljs';
import { packWorkbook } from './pack-workbook';
import { PROPOSAL_TABLE_FIELDS, PROPOSAL_TABLE_LABELS, PROPOSAL_TABLE_WIDTHS, type ProposalTableRow } from '../../domain/proposals/proposal-table-columns';

export interface ProposalTableExport {
  /** 罗城仫佬族自治县政协九届二次会议提案办理情况一览表 */
  title: string;
  /** Under the title: 共12件 (or what the caller wants said). */
  subtitle: string;
  rows: readonly ProposalTableRow[];
}

const THIN: Borders = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
  diagonal: { up: false, down: false },
};

const HEADER_ROW = 3;

function addBanner(sheet: Worksheet, row: number, text: string, font: { name: string; size: number; bold?: boolean }, height: number): void {
  sheet.mergeCells(row, 1, row, PROPOSAL_TABLE_FIELDS.length);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(row).height = height;
}

/** The table as .xlsx bytes. */
export async function writeProposalTableXlsx({ title, subtitle, rows }: ProposalTableExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政协履职台账';
  const sheet = workbook.addWorksheet('提案办理情况一览表', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  sheet.columns = PROPOSAL_TABLE_FIELDS.map((f) => ({ width: PROPOSAL_TABLE_WIDTHS[f].width }));
  addBanner(sheet, 1, title, { name: '宋体', size: 18, bold: true }, 36);
  addBanner(sheet, 2, subtitle, { name: '仿宋', size: 12 }, 22);

  const header = sheet.getRow(HEADER_ROW);
  header.values = PROPOSAL_TABLE_FIELDS.map((f) => PROPOSAL_TABLE_LABELS[f]);
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { name: '宋体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });

  // One style object per kind of cell, shared by every row: a year's table has thousands of cells.
  const body = { name: '仿宋', size: 11 };
  const wide: Partial<Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
  const narrow: Partial<Alignment> = { horizontal: 'center', vertical: 'middle' };
  rows.forEach((values, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    PROPOSAL_TABLE_FIELDS.forEach((field, c) => {
      const cell = row.getCell(c + 1);
      cell.value = values[field];
      cell.numFmt = '@';
      cell.font = body;
      cell.alignment = PROPOSAL_TABLE_WIDTHS[field].wide ? wide : narrow;
      cell.border = THIN;
    });
  });

  return packWorkbook(workbook);
}
