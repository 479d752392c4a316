// The .xlsx reader on real workbooks built with exceljs: merged cells filled, rich text, formulas
// and hyperlinks made plain, Excel row numbers kept, and anything that is not .xlsx refused.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DAMAGED_MESSAGE, MAX_READ_ROWS, MAX_UNZIPPED_BYTES, NOT_XLSX_MESSAGE, PASSWORD_MESSAGE, readRollGrid, readWorkbookSheets } from './read-roll';
import { detectRollHeader, planRollImport, previewRoll } from '../../domain/members/roll-import';
import { DEFAULT_COMMITTEES, DEFAULT_PARTIES, DEFAULT_SECTORS } from '../../domain/dictionaries/default-dictionaries';
import { SAMPLE_TOWNSHIPS } from '../../domain/sample/sample-places';
import type { Dictionaries } from '../../domain/dictionaries/dictionary-kinds';
import { buildSixtyMemberRoll, SIXTY_MEMBER_ROLL } from '../../../../tests/fixtures/member-roll';

const dicts: Dictionaries = {
  sector: [...DEFAULT_SECTORS], party: [...DEFAULT_PARTIES], township: [...SAMPLE_TOWNSHIPS],
  committee: [...DEFAULT_COMMITTEES], unit: [], activityType: [], proposalCategory: [],
};

async function bytesOf(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('名册'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function gridOf(bytes: Uint8Array | ArrayBuffer) {
  const result = await readRollGrid(bytes);
  if (!result.ok) throw new Error(result.message);
  return result.grid;
}

describe('readRollGrid', () => {
  it('fills merged cells, flattens rich text, formulas and hyperlinks, and keeps row numbers', async () => {
    const bytes = await bytesOf((sheet) => {
      sheet.getCell('A2').value = '政协某县第九届委员会委员名册';
      sheet.mergeCells('A2:E2');
      sheet.getRow(3).values = ['序号', '姓名', '界别', '出生年月', '联系电话'];
      sheet.getRow(4).values = [1, { richText: [{ text: '王' }, { text: '　明', font: { bold: true } }] }, '教育', '1975.04', { text: '13800000001', hyperlink: 'tel:13800000001' }];
      sheet.getRow(5).values = [{ formula: 'A4+1', result: 2 }, '李丽', null, new Date(Date.UTC(1980, 0, 1)), 13800000002];
      sheet.mergeCells('C4:C5');
      sheet.getCell('D6').value = 1975.1;
      sheet.getCell('D6').numFmt = '0.00';
      sheet.getCell('B6').value = '赵强';
    });
    const grid = await gridOf(bytes);
    expect(grid).toHaveLength(6);
    expect(grid[0]).toEqual([null, null, null, null, null]);
    expect(grid[1]).toEqual(Array(5).fill('政协某县第九届委员会委员名册'));
    expect(grid[3]).toEqual([1, '王　明', '教育', '1975.04', '13800000001']);
    expect(grid[4]).toEqual([2, '李丽', '教育', new Date(Date.UTC(1980, 0, 1)), 13800000002]);
    expect(grid[5]).toEqual([null, '赵强', null, '1975.10', null]);

    const detected = detectRollHeader(grid);
    if (!detected.ok) throw new Error(detected.message);
    const rows = previewRoll(grid, detected.header, { dictionaries: dicts, existingMembers: [], currentTerm: 9, today: '2025-12-31' });
    expect(rows.map((r) => [r.rowNumber, r.fields.name, r.fields.sector, r.fields.birthMonth, r.fields.phone])).toEqual([
      [4, '王明', '教育界', '1975-04', '13800000001'],
      [5, '李丽', '教育界', '1980-01', '13800000002'],
      [6, '赵强', '', '1975-10', ''],
    ]);
  });

  it('reads the first worksheet that holds anything, from an ArrayBuffer too', async () => {
    const bytes = await bytesOf((sheet, workbook) => {
      sheet.name = '说明';
      const roll = workbook.addWorksheet('委员');
      roll.getRow(1).values = ['姓名'];
      roll.getRow(2).values = ['韦小宝'];
    });
    const result = await readRollGrid(bytes.slice().buffer);
    expect(result).toEqual({ ok: true, sheetName: '委员', grid: [['姓名'], ['韦小宝']] });
  });

  it('hands over every visible sheet in order, leaving hidden ones out, for the clerk to choose from', async () => {
    const bytes = await bytesOf((sheet, workbook) => {
      sheet.name = '一组';
      sheet.getRow(1).values = ['姓名'];
      sheet.getRow(2).values = ['韦小宝'];
      const hidden = workbook.addWorksheet('旧表', { state: 'hidden' });
      hidden.getRow(1).values = ['姓名'];
      const second = workbook.addWorksheet('二组');
      second.getRow(1).values = ['姓名'];
      second.getRow(2).values = ['赵敏'];
    });
    const result = await readWorkbookSheets(bytes);
    expect(result).toEqual({ ok: true, sheets: [{ name: '一组', grid: [['姓名'], ['韦小宝']] }, { name: '二组', grid: [['姓名'], ['赵敏']] }] });
  });

  it('refuses what is not an .xlsx workbook', async () => {
    const xlsHeader = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readRollGrid(xlsHeader)).toEqual({ ok: false, message: NOT_XLSX_MESSAGE });
    expect(await readRollGrid(new TextEncoder().encode('姓名,性别\n王明,男\n'))).toEqual({ ok: false, message: NOT_XLSX_MESSAGE });
    expect(await readRollGrid(new Uint8Array())).toEqual({ ok: false, message: NOT_XLSX_MESSAGE });
  });

  it('says a damaged workbook is damaged, not that it is an .xls', async () => {
    expect(await readRollGrid(new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).toEqual({ ok: false, message: DAMAGED_MESSAGE });
    const whole = await bytesOf((sheet) => {
      sheet.getRow(1).values = ['姓名'];
    });
    expect(await readRollGrid(whole.slice(0, Math.floor(whole.length / 2)))).toEqual({ ok: false, message: DAMAGED_MESSAGE });
  });

  it('says a password-protected workbook has a password', async () => {
    // What Excel and WPS write for an .xlsx with an opening password: an OLE compound file whose
    // directory names the stream EncryptedPackage (UTF-16), here with only those parts.
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(1016).fill(0), ...name, ...new Array<number>(64).fill(0)]);
    expect(await readRollGrid(encrypted)).toEqual({ ok: false, message: PASSWORD_MESSAGE });
  });

  it('refuses a tiny sheet with a cell at XFD1048576 without laying out its 17 billion cells', async () => {
    const bomb = await bytesOf((sheet) => {
      sheet.getCell('A1').value = '姓名';
      sheet.getCell('XFD1048576').value = 'x';
    });
    expect(bomb.length).toBeLessThan(20_000);
    const result = await readRollGrid(bomb);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('XFD1048576') as string });
    const tall = await bytesOf((sheet) => {
      sheet.getCell('A1').value = '姓名';
      sheet.getCell(MAX_READ_ROWS + 1, 1).value = 'x';
    });
    expect(await readRollGrid(tall)).toEqual({ ok: false, message: expect.stringContaining(`A${MAX_READ_ROWS + 1}`) as string });
  });

  it('refuses a file that unzips to more than a roll could ever be, from the zip directory', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', new Uint8Array(MAX_UNZIPPED_BYTES + 1));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
    expect(await readRollGrid(bytes)).toEqual({ ok: false, message: expect.stringContaining('解压后有 100 MB') as string });
  });

  it('reads the 60-member fixture of the end-to-end test: 60 to import, the bad row reported by number', async () => {
    const grid = await gridOf(await buildSixtyMemberRoll());
    const detected = detectRollHeader(grid);
    if (!detected.ok) throw new Error(detected.message);
    expect(detected.header.sure).toBe(true);
    const rows = previewRoll(grid, detected.header, { dictionaries: dicts, existingMembers: [], currentTerm: 9, today: '2025-12-31' });
    const plan = planRollImport(rows, { accepted: [] });
    expect(plan.members.map((m) => m.name)).toEqual(SIXTY_MEMBER_ROLL.validNames);
    expect(plan.errorRowCount).toBe(1);
    const bad = plan.rows.filter((r) => r.severity !== 'ok');
    expect(bad.map((r) => r.rowNumber)).toEqual([SIXTY_MEMBER_ROLL.badRowNumber]);
    expect(bad[0]!.problems[0]!.message).toMatch(new RegExp(`^第${SIXTY_MEMBER_ROLL.badRowNumber}行 出生年月“1975-13”`));
    expect(rows.some((r) => r.rowNumber === SIXTY_MEMBER_ROLL.blankRowNumber)).toBe(false);
    expect(SIXTY_MEMBER_ROLL.paddedName).toMatch(/^.\u3000.$/);
  });
});
