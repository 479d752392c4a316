// The roll importer on grids as the Excel reader hands them over: header found below title rows,
// columns in any order, names cleaned, bad cells reported by row and column, duplicates warned.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectRollHeader, listUnknownDictionaryValues, planRollImport, previewRoll, type RollGrid, type RollImportContext } from './roll-import';
import { readMonth, readTerm } from './roll-values';
import { DEFAULT_PARTIES, DEFAULT_SECTORS, DEFAULT_COMMITTEES } from '../dictionaries/default-dictionaries';
import { SAMPLE_TOWNSHIPS } from '../sample/sample-places';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';

const dicts: Dictionaries = {
  sector: [...DEFAULT_SECTORS], party: [...DEFAULT_PARTIES], township: [...SAMPLE_TOWNSHIPS],
  committee: [...DEFAULT_COMMITTEES], unit: [], activityType: [], proposalCategory: [],
};
const ctx: RollImportContext = { dictionaries: dicts, existingMembers: [], currentTerm: 9, today: '2025-06-30' };
const TITLE = '政协罗城仫佬族自治县第九届委员会委员名册';

function roll(header: string[], ...rows: (string | number | Date | null)[][]): RollGrid {
  const width = header.length;
  return [Array<string>(width).fill(TITLE), ['（按姓氏笔画为序）', ...Array<null>(width - 1).fill(null)], header, ...rows];
}

function preview(grid: RollGrid, context: RollImportContext = ctx) {
  const detected = detectRollHeader(grid);
  if (!detected.ok) throw new Error(detected.message);
  return { header: detected.header, rows: previewRoll(grid, detected.header, context) };
}

describe('detectRollHeader', () => {
  it('finds the header below a merged title and a subtitle, in any column order', () => {
    const grid = roll(['联系电话', '界别', '姓　名', '序号', '出生日期', '性别'], ['13800000001', '教育', '王　明', 1, '1975.04', '男']);
    const { header, rows } = preview(grid);
    expect(header.headerRowIndex).toBe(2);
    expect(header.mapping).toEqual({ phone: 0, sector: 1, name: 2, birthMonth: 4, gender: 5 });
    expect(header.sure).toBe(true);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.rowNumber).toBe(4);
    expect(rows[0]!.fields).toMatchObject({ name: '王明', sector: '教育界', birthMonth: '1975-04', gender: '男', phone: '13800000001', term: 9, role: '委员', status: '在任' });
  });

  it('knows the other names of a column: 政治面貌, 工作单位, 所在乡镇, 手机', () => {
    const { header } = preview(roll(['姓名', '政治面貌', '工作单位', '所在乡镇', '手机', '出生年月（年.月）']));
    expect(header.mapping).toEqual({ name: 0, party: 1, workplace: 2, township: 3, phone: 4, birthMonth: 5 });
  });

  it('is unsure about an unknown column, a doubled column and a plain 职务', () => {
    const { header } = preview(roll(['姓名', '籍贯', '界别', '界别', '职务']));
    expect(header.sure).toBe(false);
    expect(header.mapping.sector).toBe(2);
    expect(header.mapping.role).toBe(4);
    expect(header.notes.join('\n')).toMatch(/第B列“籍贯”不认识/);
    expect(header.notes.join('\n')).toMatch(/有2列都像“界别”/);
    expect(header.notes.join('\n')).toMatch(/第E列“职务”暂作“委员职务”/);
  });

  it('refuses a sheet without a 姓名 column, an empty sheet and more than 5,000 rows', () => {
    const noName = detectRollHeader([['序号', '性别', '界别'], [1, '男', '教育']]);
    expect(noName).toEqual({ ok: false, message: expect.stringMatching(/^没有找到“姓名”列/) as unknown });
    expect(detectRollHeader([[null, ''], []])).toEqual({ ok: false, message: expect.stringMatching(/名册是空的/) as unknown });
    const big: RollGrid = [['姓名'], ...Array.from({ length: 20000 }, (_, i) => [`委员${i}`])];
    const refused = detectRollHeader(big);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^名册有20000行，超过一次导入5000行的上限/);
    expect(detectRollHeader(big.slice(0, 5001)).ok).toBe(true);
  });
});

describe('previewRoll', () => {
  const header = ['序号', '姓名', '性别', '出生年月', '界别', '党派', '乡镇'];

  it('skips blank rows, pre-numbered empty rows, merged sub-headings and repeated headers, and keeps Excel row numbers', () => {
    const grid = roll(
      header,
      Array<string>(7).fill('一、中共界（2人）'),
      [1, '李　华', '女', '1980.1', '中共', '中共党员', '城关镇'],
      [null, null, null, null, null, null, null],
      [2, null, '', null, null, null, null],
      // merged cells filled in by the reader: 界别 spans two rows
      [3, '韦小宝', '男', '1968-07', '中共', '中共', '城关'],
      header,
      ['合计', '合计2人', null, null, null, null, null],
    );
    const { rows } = preview(grid);
    expect(rows.map((r) => [r.rowNumber, r.fields.name, r.severity])).toEqual([[5, '李华', 'ok'], [8, '韦小宝', 'ok']]);
    // 中共党员 in the 党派 column means the party 中共; 城关 means 城关镇
    expect(rows[0]!.fields).toMatchObject({ party: '中共', township: '城关镇' });
    expect(rows[1]!.fields).toMatchObject({ party: '中共', township: '城关镇', birthMonth: '1968-07' });
  });

  it('reports unknown dictionary values, and makes them errors unless accepted', () => {
    const { rows } = preview(roll(header, [1, '张三', '男', '', '教育', '民盟', '新城镇'], [2, '李四', '女', '', '网络界', '', '']));
    expect(rows[0]!.fields.sector).toBe('教育界');
    expect(rows[0]!.unknownDictionaryValues).toEqual([{ kind: 'township', name: '新城镇' }]);
    expect(listUnknownDictionaryValues(rows)).toEqual([
      { kind: 'sector', name: '网络界', rowNumbers: [5] },
      { kind: 'township', name: '新城镇', rowNumbers: [4] },
    ]);
    const refused = planRollImport(rows, { accepted: [] });
    expect(refused.members).toHaveLength(0);
    expect(refused.errorRowCount).toBe(2);
    expect(refused.rows[0]!.problems[0]!.message).toBe('第4行 乡镇“新城镇”不在字典中，且未勾选加入字典');
    const accepted = planRollImport(rows, { accepted: [{ kind: 'township', name: '新城镇' }] });
    expect(accepted.members.map((m) => m.name)).toEqual(['张三']);
    expect(accepted.addToDictionary).toEqual([{ kind: 'township', name: '新城镇' }]);
  });

  it('reads a 政治面貌 column as 党派: 中共党员 is 中共, 群众 and 无党派 are 无党派人士, a party member is the party', () => {
    const grid = roll(['姓名', '政治面貌'], ['甲', '中共党员'], ['乙', '群众'], ['丙', '无党派'], ['丁', '民盟盟员'], ['戊', '九三学社社员'], ['己', '中国共产党'], ['庚', '共青团员']);
    const { rows } = preview(grid);
    expect(rows.map((r) => [r.fields.party, r.severity])).toEqual([
      ['中共', 'ok'], ['无党派人士', 'ok'], ['无党派人士', 'ok'], ['民盟', 'ok'], ['九三学社', 'ok'], ['中共', 'ok'], ['无党派人士', 'ok'],
    ]);
  });

  it('keeps the party an older ledger’s dictionary holds (中共党员, 群众)', () => {
    const older = { ...ctx, dictionaries: { ...dicts, party: ['中共党员', '民盟', '群众'] } };
    const { rows } = preview(roll(['姓名', '党派'], ['甲', '中共'], ['乙', '群众'], ['丙', '无党派']), older);
    expect(rows.map((r) => r.fields.party)).toEqual(['中共党员', '群众', '群众']);
  });

  it('asks which party a row of 民主党派 belongs to, and never makes 民主党派 a party', () => {
    const { rows } = preview(roll(['姓名', '政治面貌'], ['甲', '民主党派'], ['乙', '民盟']));
    expect(rows[0]!.partyQuestion).toBe('民主党派');
    expect(rows[0]!.fields.party).toBe('');
    expect(rows[0]!.problems.map((p) => p.message)).toEqual(['第4行 党派“民主党派”没有写明是哪个党派，请在本行选择']);
    expect(listUnknownDictionaryValues(rows)).toEqual([]);
    expect(planRollImport(rows, { accepted: [] }).members.map((m) => m.name)).toEqual(['乙']);
    const answered = planRollImport(rows, { accepted: [], partyChoices: new Map([[4, '民进']]) });
    expect(answered.members.map((m) => [m.name, m.party])).toEqual([['甲', '民进'], ['乙', '民盟']]);
  });

  it('reads 委员职务 from 备注 or 工作单位及职务 when the roll has no such column, and only 政协 roles', () => {
    const grid = roll(
      ['姓名', '工作单位及职务', '备注'],
      ['甲', '县第一中学校长', '常委'], ['乙', '县政协副主席、民盟县委主委', ''], ['丙', '县工商联主席', ''],
      ['丁', '县委常委、统战部部长', ''], ['戊', '县政协秘书长', '常委'], ['己', '县人大常委会副主任', '副秘书长'],
    );
    const { rows } = preview(grid);
    expect(rows.map((r) => r.fields.role)).toEqual(['常委', '副主席', '委员', '委员', '秘书长', '委员']);
    expect(rows.every((r) => r.severity === 'ok')).toBe(true);
  });

  it('takes a 职务 column of job titles as 工作单位及职务, or keeps it in 备注 with a warning', () => {
    const { rows } = preview(roll(['姓名', '委员职务', '工作单位'], ['甲', '县一中校长', ''], ['乙', '常务委员', '县医院'], ['丙', '主任医师', '县医院']));
    expect(rows.map((r) => [r.fields.role, r.fields.workplace, r.fields.note, r.severity])).toEqual([
      ['委员', '县一中校长', '', 'ok'], ['常委', '县医院', '', 'ok'], ['委员', '县医院', '职务：主任医师', 'warning'],
    ]);
  });

  it('reads 界别 with or without 界 and 中国共产党 as 中共', () => {
    const { rows } = preview(roll(['姓名', '界别'], ['甲', '科技'], ['乙', '科技界'], ['丙', '中国共产党'], ['丁', '特邀'], ['戊', '科学技术界'], ['己', '教育界']));
    expect(rows.map((r) => r.fields.sector)).toEqual(['科技界', '科技界', '中共', '特邀人士', '科技界', '教育界']);
    const older = { ...ctx, dictionaries: { ...dicts, sector: ['中共', '教育', '科技'] } };
    expect(preview(roll(['姓名', '界别'], ['甲', '教育界'], ['乙', '科技']), older).rows.map((r) => r.fields.sector)).toEqual(['教育', '科技']);
  });

  it('names the row and the column of a bad date, gender or term', () => {
    const grid = roll(['姓名', '性别', '出生年月', '届次'], ['甲', '男', '1975-13', '第九届'], ['乙', '南', '2300-01', '九届'], ['丙', '女', '1975', '第十届'], ['', '女', '1970.01', 9]);
    const { rows } = preview(grid);
    const messages = rows.map((r) => r.problems.map((p) => p.message));
    expect(messages[0]).toEqual(['第4行 出生年月“1975-13”不是有效的年月（年份应在1900—2200之间，月份应为1—12）']);
    expect(messages[1]).toEqual(['第5行 性别“南”只能是男或女', '第5行 出生年月“2300-01”不是有效的年月（年份应在1900—2200之间，月份应为1—12）']);
    expect(messages[2]).toEqual(['第6行 出生年月“1975”只有年份，请写成 1975.04 这样的年月']);
    expect(messages[3]).toEqual(['第7行 没有填写姓名']);
    expect(rows.map((r) => r.fields.term)).toEqual([9, 9, 10, 9]);
    expect(rows.every((r) => r.severity === 'error')).toBe(true);
    expect(planRollImport(rows, { accepted: [] }).members).toEqual([]);
  });

  it('refuses a 出生年月 after the importing PC\'s month, which is passed in, not read from the clock', () => {
    const grid = roll(['姓名', '出生年月'], ['甲', '2025.06'], ['乙', '2025.07']);
    const late = preview(grid).rows.map((r) => r.problems.map((p) => p.message));
    expect(late).toEqual([[], ['第5行 出生年月不能晚于本月']]);
    const later = preview(grid, { ...ctx, today: '2025-07-01' }).rows.map((r) => r.problems.length);
    expect(later).toEqual([0, 0]);
  });

  it('reads birth months written every way offices write them', () => {
    const cases: [string | number | Date, string][] = [
      [new Date(Date.UTC(1975, 3, 1)), '1975-04'], [27485, '1975-04'], ['1975.04', '1975-04'], ['1975-4', '1975-04'],
      ['1975年4月', '1975-04'], ['197504', '1975-04'], [197504, '1975-04'], [1975.04, '1975-04'], ['１９７５．０４', '1975-04'],
      ['1975/04/12', '1975-04'], ['19750412', '1975-04'], [1975.1, '1975-01'], ['1975.10', '1975-10'], ['1975年4月12日', '1975-04'],
    ];
    for (const [cell, expected] of cases) expect(readMonth(cell, '出生年月'), String(cell)).toEqual({ ok: true, value: expected });
    expect(readMonth('1975.02.30', '出生年月').ok).toBe(false);
    expect(readMonth('不详', '出生年月')).toEqual({ ok: false, message: '出生年月“不详”无法识别，请写成 1975.04、1975-04 或 1975年4月' });
  });

  it('reads 届次 as 第九届, 九届, 9 or 十二', () => {
    expect(['第九届', '九届', '9', '第9届', '十二', '第二十一届'].map((t) => readTerm(t, 1))).toEqual(
      [9, 9, 9, 9, 12, 21].map((value) => ({ ok: true, value })),
    );
    expect(readTerm('', 7)).toEqual({ ok: true, value: 7 });
    expect(readTerm('第一百届', 7).ok).toBe(false);
  });

  it('warns about likely duplicates of existing members and within the file', () => {
    const existing = [
      { name: '王明', birthMonth: '1975-04', workplace: '', term: 8, sector: '' },
      { name: '李华', birthMonth: '', workplace: '县教育局局长', term: 9, sector: '' },
      { name: '赵强', birthMonth: '1960-01', workplace: '', term: 9, sector: '经济界' },
      { name: '删掉的', birthMonth: '1960-01', workplace: '', term: 9, sector: '', deletedAt: '2025-01-01T00:00:00.000Z' },
    ];
    const grid = roll(
      ['姓名', '出生年月', '工作单位及职务'],
      ['王　明', '1975.04', ''], ['李华', '', '县教育局局长'], ['赵强', '1970.01', ''], ['删掉的', '1960.01', ''],
      ['周杰', '1980.05', ''], ['周杰', '1980.05', ''], ['吴敏', '', ''], ['吴敏', '1990.01', ''],
    );
    const { rows } = preview(grid, { ...ctx, existingMembers: existing });
    const summary = rows.map((r) => [r.fields.name, r.severity, r.likelyDuplicate]);
    expect(summary).toEqual([
      ['王明', 'warning', true], ['李华', 'warning', true], ['赵强', 'warning', false], ['删掉的', 'ok', false],
      ['周杰', 'warning', false], ['周杰', 'warning', true], ['吴敏', 'warning', false], ['吴敏', 'warning', false],
    ]);
    expect(rows[0]!.problems[0]!.message).toBe('第4行 可能与已有委员重复：王明（出生年月同为1975年4月，第8届），默认不导入');
    expect(rows[2]!.problems[0]!.message).toBe('第6行 已有同名委员赵强（经济界），请确认不是同一人');
    expect(rows[5]!.problems[0]!.message).toBe('第9行 与第8行重复（姓名相同，出生年月同为1980年5月），默认不导入');
    // Warnings are imported unless the user unticks the row.
    const plan = planRollImport(rows, { accepted: [], excludedRows: new Set([4, 5, 9]) });
    expect(plan.members.map((m) => m.name)).toEqual(['赵强', '删掉的', '周杰', '吴敏', '吴敏']);
    expect(plan.excludedRowCount).toBe(3);
  });

  it('lets the schema refuse what no reader checks: a long name, a 调离 without a date', () => {
    const { rows } = preview(roll(['姓名', '状态', '联系电话'], ['一二三四五六七八九十一二三四五六七八九十一', '', ''], ['甲', '调离', 'abc']));
    expect(rows[0]!.problems.map((p) => p.message)).toEqual(['第4行 姓名最多20字，现有21字']);
    expect(rows[1]!.problems.map((p) => p.message)).toEqual(['第5行 联系电话只能包含数字、空格和 + - ( )', '第5行 状态日期：状态为“调离”时请填写日期']);
  });

  it('takes cells named like a JavaScript object\'s own properties as plain text', () => {
    const grid: RollGrid = [['姓名', '界别', '党派', '状态'], ['甲', 'toString', 'constructor', 'valueOf'], ['乙', '__proto__', 'hasOwnProperty', '']];
    const rows = previewRoll(grid, { headerRowIndex: 0, mapping: { name: 0, sector: 1, party: 2, status: 3 } }, ctx);
    expect(rows.map((r) => [r.fields.sector, r.fields.party, r.fields.status])).toEqual([['toString', 'constructor', '在任'], ['__proto__', 'hasOwnProperty', '在任']]);
    expect(rows[0]!.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^第2行 状态“valueOf”无法识别/)]);
    // 备注 words fill a blank 委员职务: "toString" there is a note, not a role.
    const noted = previewRoll([['姓名', '备注'], ['丙', 'toString'], ['丁', '常务委员']], { headerRowIndex: 0, mapping: { name: 0, note: 1 } }, ctx);
    expect(noted.map((r) => [r.fields.role, r.problems.length])).toEqual([['委员', 0], ['常委', 0]]);
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.date());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), (body) => {
        const grid: RollGrid = [['姓名', '性别', '出生年月', '界别', '届次', '状态', '专委会', '备注'], ...body];
        const rows = previewRoll(grid, { headerRowIndex: 0, mapping: { name: 0, gender: 1, birthMonth: 2, sector: 3, term: 4, status: 5, committees: 6, note: 7 } }, ctx);
        for (const row of rows) expect(row.problems.every((p) => p.message.startsWith(`第${row.rowNumber}行 `))).toBe(true);
      }),
    );
  });
});
