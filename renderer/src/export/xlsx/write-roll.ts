// Writing the member roll (委员名册) as an .xlsx an office can print and send: a merged title, the
// note （按姓氏笔画为序）, a frozen header, one bordered row per member in surname-stroke order.
// The headers are ones the roll importer knows, and every value is written as text in a form it
// reads back, so an exported roll re-imports unchanged.
import ExcelJS from 'exceljs';
import { packWorkbook } from './pack-workbook';
import { addPrintedSheet, SHEET_BODY_FONT, SHEET_HEADER_ROW, THIN_BORDERS } from './printed-sheet';
import type { MemberFields } from '../../domain/members/member';
import { sortByStroke } from '../../domain/common/stroke-order';
import { formatChineseDate } from '../../domain/common/dates';
import { termLabel } from '../../domain/common/chinese-numerals';

export interface RollExport {
  /** The sheet's title row, e.g. 罗城仫佬族自治县政协委员名册. */
  title: string;
  members: readonly MemberFields[];
}

interface RollColumn {
  header: string;
  width: number;
  /** Long text is left-aligned and wraps; short codes are centred. */
  wide?: boolean;
  value: (m: MemberFields, index: number) => string;
}

// 1975-04 is written 1975.04, as rolls do; as text, so Excel does not turn it into 1975.4.
const birth = (month: string) => month.replace('-', '.');

export const ROLL_COLUMNS: readonly RollColumn[] = [
  { header: '序号', width: 6, value: (_, i) => String(i + 1) },
  { header: '姓名', width: 10, value: (m) => m.name },
  { header: '性别', width: 6, value: (m) => m.gender },
  { header: '民族', width: 8, value: (m) => m.ethnicity },
  { header: '出生年月', width: 10, value: (m) => birth(m.birthMonth) },
  { header: '界别', width: 12, value: (m) => m.sector },
  { header: '党派', width: 12, value: (m) => m.party },
  { header: '所在乡镇', width: 11, value: (m) => m.township },
  { header: '工作单位及职务', width: 34, wide: true, value: (m) => m.workplace },
  { header: '委员职务', width: 9, value: (m) => m.role },
  { header: '届次', width: 8, value: (m) => termLabel(m.term) },
  { header: '所属专委会', width: 22, wide: true, value: (m) => m.committees.join('、') },
  { header: '联系电话', width: 15, value: (m) => m.phone },
  { header: '状态', width: 7, value: (m) => m.status },
  { header: '状态日期', width: 14, value: (m) => (m.statusDate ? formatChineseDate(m.statusDate) : '') },
  { header: '备注', width: 20, wide: true, value: (m) => m.note },
];

/** The roll as .xlsx bytes. */
export async function writeRollXlsx({ title, members }: RollExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政协履职台账';
  const sheet = addPrintedSheet(workbook, {
    sheetName: '委员名册', title, note: '（按姓氏笔画为序）', orientation: 'landscape',
    headers: ROLL_COLUMNS.map((c) => c.header), widths: ROLL_COLUMNS.map((c) => c.width),
  });

  sortByStroke(members, (m) => m.name).forEach((member, index) => {
    const row = sheet.getRow(SHEET_HEADER_ROW + 1 + index);
    ROLL_COLUMNS.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      cell.value = column.value(member, index);
      cell.numFmt = '@';
      cell.font = SHEET_BODY_FONT;
      cell.alignment = column.wide ? { horizontal: 'left', vertical: 'middle', wrapText: true } : { horizontal: 'center', vertical: 'middle' };
      cell.border = THIN_BORDERS;
    });
  });

  return packWorkbook(workbook);
}
