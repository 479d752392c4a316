// The exported 委员履职情况统计表: title with the year, the note, the header, the rows as given.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { writeDutyTableXlsx } from './write-duty-table';
import { buildDutyTable, dutyTableTitle } from '../../domain/scores/duty-table';
import { DUTY_COLUMNS } from '../../domain/scores/duty-table-columns';
import { DEFAULT_SCORE_RULES } from '../../domain/scores/score-rules';
import { DUTY_INPUT, MEMBERS } from '../../domain/scores/scores-fixture';

describe('writeDutyTableXlsx', () => {
  it('writes the title, the order note, the header and one row per member with numbers as numbers', async () => {
    const rows = buildDutyTable(MEMBERS, DUTY_INPUT, DEFAULT_SCORE_RULES, 2025, ['中共', '教育']);
    const bytes = await writeDutyTableXlsx({ title: dutyTableTitle('罗城仫佬族自治县政协', 2025, false), rows });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('罗城仫佬族自治县政协2025年度委员履职情况统计表');
    expect(sheet.getCell(1, DUTY_COLUMNS.length).isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toBe('（按界别、姓氏笔画为序）');
    expect(sheet.getRow(3).values).toEqual([undefined, ...DUTY_COLUMNS.map((c) => c.header)]);
    expect([4, 5, 6].map((r) => sheet.getCell(r, 2).value)).toEqual(['李四', '王五', '张三']);
    const total = DUTY_COLUMNS.findIndex((c) => c.key === 'total') + 1;
    expect([4, 5, 6].map((r) => sheet.getCell(r, total).value)).toEqual([31, 6, 98]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });
});
