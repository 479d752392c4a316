// Which sheet of a workbook an import reads: the first with a recognised header unless the clerk
// picks one, and a note naming the sheet read and the others left.
import { describe, expect, it } from 'vitest';
import { chooseSheet, sheetNote, type NamedSheet } from './sheet-choice';
import { detectRollHeader } from '../members/roll-header';

const roll = (...names: string[]) => [['姓名', '界别'], ...names.map((n) => [n, '教育界'])];
const SHEETS: NamedSheet[] = [
  { name: '说明', grid: [['本表由县政协办公室填写'], ['请勿改动表头']] },
  { name: '一组', grid: roll('韦小宝', '赵敏') },
  { name: '二组', grid: roll('张三丰', '李莫愁', '黄蓉') },
  { name: '空白', grid: [] },
];

describe('chooseSheet', () => {
  it('proposes the first sheet whose header is found, and lists every sheet with its rows', () => {
    const chosen = chooseSheet(SHEETS, detectRollHeader);
    if (!chosen.ok) throw new Error(chosen.message);
    expect(chosen.sheet.name).toBe('一组');
    expect(chosen.options).toEqual([
      { name: '说明', filledRows: 2, recognised: false },
      { name: '一组', filledRows: 3, recognised: true },
      { name: '二组', filledRows: 4, recognised: true },
      { name: '空白', filledRows: 0, recognised: false },
    ]);
  });

  it('reads the sheet the clerk picks, and names it when it holds no list', () => {
    const picked = chooseSheet(SHEETS, detectRollHeader, '二组');
    expect(picked.ok && picked.sheet.grid).toEqual(roll('张三丰', '李莫愁', '黄蓉'));
    const wrong = chooseSheet(SHEETS, detectRollHeader, '说明');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toMatch(/^工作表“说明”：/);
    expect(chooseSheet(SHEETS, detectRollHeader, '三组')).toEqual({ ok: false, message: '文件中没有名为“三组”的工作表' });
  });

  it('with no list on any sheet, says why of the first sheet that holds anything', () => {
    const chosen = chooseSheet([SHEETS[3]!, SHEETS[0]!], detectRollHeader);
    expect(chosen.ok).toBe(false);
    expect(!chosen.ok && chosen.message).toMatch(/^工作表“说明”：/);
  });

  it('does not prefix the message of a one-sheet workbook', () => {
    const chosen = chooseSheet([SHEETS[0]!], detectRollHeader);
    expect(!chosen.ok && chosen.message).not.toMatch(/工作表/);
  });
});

describe('sheetNote', () => {
  it('names the sheet read and each other sheet that holds anything', () => {
    const chosen = chooseSheet(SHEETS, detectRollHeader);
    if (!chosen.ok) throw new Error(chosen.message);
    expect(sheetNote('一组', chosen.options)).toBe(
      '这个文件有4个工作表，正在读取“一组”；另有“说明”（2行，未找到表头）、“二组”（4行），如需导入请在“工作表”中改选',
    );
    expect(sheetNote('一组', chosen.options.filter((o) => o.name !== '二组' && o.name !== '说明'))).toBeNull();
  });
});
