// An activity's 签到表 as written to disk, read back with real parsers: the .docx (its XML through
// JSZip, and the GB/T 9704 layout check) and the .xlsx (through exceljs) hold the title, the time
// and place, the header and the people in stroke order, with an empty 签名 column the widest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { buildSignInSheet } from '../../renderer/src/domain/activities/sign-in-sheet';
import { writeSignInDocx } from '../../renderer/src/export/docx/write-sign-in-docx';
import { writeSignInXlsx } from '../../renderer/src/export/xlsx/write-sign-in-xlsx';
import { layoutFailures } from './gbt9704-layout';

const ACTIVITY = { title: '九届政协第四次全体会议', startDate: '2025-03-05', endDate: '2025-03-05', location: '县政协三楼会议室' };
// 丁 (2 strokes) before 王 (4) before 黄 (11).
const PEOPLE = [
  { name: '黄敏', sector: '经济界', workplace: '县工商联副主席' },
  { name: '王明', sector: '教育界', workplace: '' },
  { name: '丁一', sector: '中共', workplace: '县委办公室主任' },
];
const SHEET = buildSignInSheet(ACTIVITY, PEOPLE);
const BY_HAND = ['丁一', '王明', '黄敏'];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sign-in-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each table row's cells as text, and the paragraphs outside the table. */
async function readDocx(bytes: Uint8Array) {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const textOf = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const [before, table = ''] = xml.split('<w:tbl>');
  const rows = table.split('</w:tr>').slice(0, -1).map((tr) => tr.split('</w:tc>').slice(0, -1).map(textOf));
  const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  return { xml, paragraphs: before!.split('</w:p>').map(textOf).filter(Boolean), rows, widths };
}

describe('签到表 .docx', () => {
  it('holds the title, the time and place, and one row a person in stroke order with an empty, widest 签名', async () => {
    const { xml, paragraphs, rows, widths } = await readDocx(await writeSignInDocx(SHEET));
    expect(paragraphs).toEqual(['九届政协第四次全体会议签到表', '时间：2025年3月5日　地点：县政协三楼会议室']);
    expect(rows[0]).toEqual(['序号', '姓名', '界别', '工作单位及职务', '签名']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(BY_HAND);
    expect(rows[1]).toEqual(['1', '丁一', '中共', '县委办公室主任', '']);
    expect(rows[2]).toEqual(['2', '王明', '教育界', '', '']);
    expect(widths).toHaveLength(5);
    expect(Math.max(...widths)).toBe(widths[4]);
    // The header row repeats on every page; A4.
    expect(xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
  });

  it('passes the GB/T 9704 layout check, one page or several', async () => {
    const many = buildSignInSheet(ACTIVITY, Array.from({ length: 40 }, (_, i) => ({ name: `委员${i + 1}`, sector: '教育界', workplace: '' })));
    const files = [['one-page.docx', SHEET], ['pages.docx', many]] as const;
    for (const [name, sheet] of files) writeFileSync(join(dir, name), await writeSignInDocx(sheet));
    expect(layoutFailures(files.map(([name]) => join(dir, name)))).toEqual([]);
  });
});

describe('签到表 .xlsx', () => {
  it('is a print-ready A4 sheet: title, time and place, a repeated header, the people in stroke order', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeSignInXlsx(SHEET)).slice().buffer);
    const ws = workbook.getWorksheet('签到表')!;
    const text = (r: number, c: number) => ws.getCell(r, c).text;
    expect(text(1, 1)).toBe('九届政协第四次全体会议签到表');
    expect(text(2, 1)).toBe('时间：2025年3月5日　地点：县政协三楼会议室');
    expect(ws.getCell(1, 5).isMerged).toBe(true);
    expect([1, 2, 3, 4, 5].map((c) => text(3, c))).toEqual(['序号', '姓名', '界别', '工作单位及职务', '签名']);
    expect([4, 5, 6].map((r) => text(r, 2))).toEqual(BY_HAND);
    expect([1, 2, 3, 4, 5].map((c) => text(4, c))).toEqual(['1', '丁一', '中共', '县委办公室主任', '']);
    expect(ws.getCell(4, 5).border.right?.style).toBe('thin');
    expect(ws.rowCount).toBe(6);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    expect(ws.getColumn(5).width).toBeGreaterThan(ws.getColumn(2).width!);
  });
});
