// The 一览表 import on grids as the Excel reader hands them over: the header found under title
// rows in any column order, the session taken from the title, the stage derived from the columns,
// and each bad input reported by row and column (the row then imports nothing).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SheetCell, SheetGrid } from '../common/sheet-header';
import { PROPOSAL_TABLE_FIELDS, PROPOSAL_TABLE_LABELS } from './proposal-table-columns';
import { detectProposalTableHeader, planProposalImport, previewProposalTable, type ProposalImportContext } from './proposal-table-import';
import { emptyLedgerContext, FGJ, CZJ, tableLedger, tableMembers } from './proposal-table-fixtures';
import { DEFAULT_PROPOSAL_SETTINGS } from './proposal-settings';

const TITLE = '政协罗城仫佬族自治县第九届委员会第二次会议提案办理情况一览表';
/** The office's own layout: no 届次会议 column (the title says it), its own column order. */
const HEADER = ['序号', '案号', '提案人', '案由', '类别', '收到日期', '承办单位', '协办单位', '办复时间', '答复类别', '满意度'];

function table(...rows: SheetCell[][]): SheetGrid {
  return [Array<string>(HEADER.length).fill(TITLE), ['（截至2025年6月30日）', ...Array<null>(HEADER.length - 1).fill(null)], HEADER, ...rows];
}

function preview(grid: SheetGrid, ctx: ProposalImportContext = emptyLedgerContext()) {
  const detected = detectProposalTableHeader(grid);
  if (!detected.ok) throw new Error(detected.message);
  return previewProposalTable(grid, detected.header, ctx);
}

const errorsOf = (grid: SheetGrid, ctx?: ProposalImportContext) =>
  preview(grid, ctx).flatMap((r) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message));

describe('previewProposalTable', () => {
  it('finds the header under the title, takes the session from the title and derives each stage', () => {
    const rows = preview(table(
      [1, 1, '王明', '关于加快城区停车场建设的建议', '经济', '2025年1月10日', FGJ, CZJ, '2025.4.1', 'A类', '满意'],
      [2, '002', '李华、张伟', '关于义务教育均衡发展的建议', '社会', '2025-01-11', FGJ, null, '2025年4月2日', 'B', null],
      [3, '第3号', '民盟', '关于优化营商环境的建议', '经济', null, FGJ, null, null, null, null],
      [4, 4, '赵丽', '关于乡村旅游发展的建议', '文化', '2025-01-12', null, null, null, null, null],
      [null, null, null, '合计：4件', null, null, null, null, null, null, null],
    ));
    expect(rows.map((r) => r.proposal?.stage)).toEqual(['已评价', '已办复', '已交办', '已立案']);
    expect(rows.map((r) => r.proposal?.sessionKey)).toEqual(['9-2', '9-2', '9-2', '9-2']);
    expect(rows.map((r) => r.proposal?.number)).toEqual([1, 2, 3, 4]);
    const [first, joint, collective] = rows.map((r) => r.proposal!);
    expect(first!.assignment?.units).toEqual([{ unit: FGJ, role: '主办' }, { unit: CZJ, role: '协办' }]);
    expect(first!.replies).toMatchObject([{ unit: FGJ, role: '主办', date: '2025-04-01', replyClass: 'A', round: 1 }]);
    expect(first!.feedback).toMatchObject([{ rating: '满意', round: 1 }]);
    expect(joint).toMatchObject({ proposerKind: '联名', leadMemberId: 'm2', coSignerIds: ['m3'] });
    // 民盟 is both a 党派 and a 界别: taken as the 党派, with a warning saying how to say otherwise.
    expect(collective).toMatchObject({ proposerKind: '集体', collectiveKind: '党派', collectiveName: '民盟', receivedDate: '2025-01-08' });
    expect(rows[2]!.severity).toBe('warning');
    expect(rows[2]!.problems.map((p) => p.message)).toEqual([
      '第6行 没有填写收到日期，按该次会议的日期2025年1月8日记',
      '第6行 “民盟”既是党派也是界别，按党派记；如不是，请在提案方式中写明，如 集体（界别）',
      '第6行 没有填写交办日期，按收到日期2025年1月8日记',
    ]);
    expect(planProposalImport(rows)).toMatchObject({ importedRowNumbers: [4, 5, 6, 7], errorRowCount: 0, warningRowCount: 3 });
  });

  it('reports an unknown unit by row and column and keeps the row out', () => {
    const rows = preview(table(
      [1, 1, '王明', '关于停车的建议', '经济', '2025-01-10', '县停车管理局', null, null, null, null],
      [2, 2, '王明', '关于饮水的建议', '经济', '2025-01-10', FGJ, '县水务集团', null, null, null],
    ));
    expect(rows.map((r) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message))).toEqual([
      ['第4行 主办“县停车管理局”不在单位字典中，请先在设置的单位字典中添加'],
      ['第5行 协办“县水务集团”不在单位字典中，请先在设置的单位字典中添加'],
    ]);
    expect(rows.map((r) => r.problems[0]!.field)).toEqual(['mainUnit', 'coUnits']);
    expect(planProposalImport(rows).proposals).toEqual([]);
  });

  it('reports a 案号 already used in the ledger (deleted proposals too) or twice in the file', () => {
    const [used] = tableLedger();
    const deleted = { ...used!, id: 'gone', number: 7, title: '已删除的提案', deletedAt: '2025-03-01T00:00:00.000Z' };
    const ctx = emptyLedgerContext(tableMembers(), [used!, deleted]);
    const row = (n: number, title: string): SheetCell[] => [n, n, '王明', title, '经济', '2025-01-10', null, null, null, null, null];
    expect(errorsOf(table(row(1, '关于甲的建议'), row(7, '关于乙的建议'), row(8, '关于丙的建议'), row(8, '关于丁的建议')), ctx)).toEqual([
      '第4行 案号：台账中已有九届二次会议第1号提案《关于加快城区停车场建设的建议》',
      '第5行 案号：台账中已有九届二次会议第7号提案（已删除，案号不再使用）',
      '第7行 案号：九届二次会议第8号与第6行重复',
    ].map((m) => m.replace('九届二次会议第', '该次会议第')));
  });

  it('reports proposers not on the roll, and same-named members it cannot tell apart', () => {
    const twins = [...tableMembers(), { id: 'm5', name: '王明', deletedAt: null }];
    const row = (who: string): SheetCell[] => [1, 1, who, '关于甲的建议', '经济', '2025-01-10', null, null, null, null, null];
    expect(errorsOf(table(row('孙悟空')))).toEqual(['第4行 提案者“孙悟空”不在委员名单中：请先导入委员名册或添加该委员；如是集体提案，请在提案方式中写“集体”']);
    expect(errorsOf(table(row('李华、孙悟空')))).toEqual(['第4行 提案者“孙悟空”不在委员名单中：请先导入委员名册或添加该委员']);
    expect(errorsOf(table(row('王明')), emptyLedgerContext(twins))).toEqual(['第4行 提案者“王明”在委员名单中有2位同名委员，无法确定是哪一位，请在台账中核对后手工录入']);
    expect(errorsOf(table(row('李华等3人')))).toEqual(['第4行 提案者“李华等3人”请写出全部提案人的姓名，第一提案人在前']);
  });

  it('reports bad dates, an unknown 答复类别 and an unknown 满意度 in their columns', () => {
    const errors = errorsOf(table(
      [1, 1, '王明', '关于甲的建议', '经济', '2025-02-30', null, null, null, null, null],
      [2, 2, '王明', '关于乙的建议', '经济', '2025-01-10', FGJ, null, '不详', 'A', null],
      [3, 3, '王明', '关于丙的建议', '经济', '2025-01-10', FGJ, null, '2025-04-01', 'D类', null],
      [4, 4, '王明', '关于丁的建议', '经济', '2025-01-10', FGJ, null, '2025-04-01', 'A', '很好'],
      [5, 5, '王明', '关于戊的建议', '经济', '2025-01-10', FGJ, null, '2024-12-01', 'A', null],
    ));
    expect(errors).toEqual([
      '第4行 收到日期“2025-02-30”不是有效的日期',
      '第5行 办复日期“不详”无法识别，请写成 1975.04、1975-04 或 1975年4月',
      '第6行 答复类别“D类”只能是A类、B类、C类',
      '第7行 满意度“很好”只能是满意、基本满意或不满意',
      '第8行 办复日期：答复日期不能早于交办日期',
    ]);
  });

  it('accepts D under the A/B/C/D scheme, and refuses a stage the other columns contradict', () => {
    const abcd = { ...emptyLedgerContext(), settings: { ...DEFAULT_PROPOSAL_SETTINGS, replyScheme: 'ABCD' as const } };
    const withD = table([1, 1, '王明', '关于甲的建议', '经济', '2025-01-10', FGJ, null, '2025-04-01', 'D', null]);
    expect(errorsOf(withD, { ...abcd, rules: { ...abcd.rules, settings: abcd.settings } })).toEqual([]);
    const header = ['案号', '案由', '提案者', '类别', '收到日期', '阶段', '主办', '办复日期', '答复类别', '满意度'];
    const grid: SheetGrid = [[TITLE], header,
      [1, '关于甲的建议', '王明', '经济', '2025-01-10', '已评价', FGJ, '2025-04-01', 'A', null],
      [2, '关于乙的建议', '王明', '经济', '2025-01-10', '待审查', FGJ, null, null, null],
      [3, '关于丙的建议', '王明', '经济', '2025-01-10', '办结', FGJ, '2025-04-01', 'A', null],
    ];
    expect(errorsOf(grid)).toEqual([
      '第3行 阶段为“已评价”的提案应填写满意度',
      '第4行 阶段为“待审查”的提案尚未交办，不应填写主办单位、办复日期、首轮办理或满意度',
    ]);
    expect(preview(grid)[2]!.proposal?.stage).toBe('已办结');
  });

  it('refuses a sheet without a 案由 column, and an unknown category by row', () => {
    const refused = detectProposalTableHeader([[TITLE], ['案号', '提案人', '类别'], [1, '王明', '经济']]);
    expect(refused).toEqual({ ok: false, message: '没有找到“案由”列：一览表前10行中应有一行表头，其中一格写着“案由”。请在 Excel/WPS 中检查表头后重新导入' });
    expect(errorsOf(table([1, 1, '王明', '关于甲的建议', '交通', '2025-01-10', null, null, null, null, null]))).toEqual([
      '第4行 类别“交通”不在字典中，请先在设置中添加',
    ]);
  });

  it('never throws, whatever the cells hold, and names the row in every problem', () => {
    const words = fc.constantFrom('王明', '李华、张伟', '民革', '集体（党派）', '联名', '九届二次会议', '2025年平时提案', 'A类', 'D', '满意', '不满意',
      '已评价', '已并案', '并入第1号提案', FGJ, CZJ, '县财政局：B类，2025年3月1日', 'C类，2025年4月1日，不满意', '2025-04-01', '2025年2月30日', '经济', '是');
    const cell = fc.oneof(words, fc.string(), fc.integer({ min: -5, max: 30 }), fc.constant(null), fc.date({ noInvalidDate: true }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: PROPOSAL_TABLE_FIELDS.length, maxLength: PROPOSAL_TABLE_FIELDS.length }), { maxLength: 8 }), (body) => {
        const grid: SheetGrid = [[TITLE], PROPOSAL_TABLE_FIELDS.map((f) => PROPOSAL_TABLE_LABELS[f]), ...body];
        const rows = preview(grid);
        for (const row of rows) {
          expect(row.problems.every((p) => p.message.startsWith(`第${row.rowNumber}行 `))).toBe(true);
          expect(row.proposal === null).toBe(row.severity === 'error');
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('reading a list of names from one cell', () => {
  it('keeps a padded two-character name whole and splits real lists', async () => {
    const { readList } = await import('./proposal-table-cells');
    expect(readList('王　明、李华')).toEqual(['王明', '李华']);
    expect(readList('王 明，李 华')).toEqual(['王明', '李华']);
    expect(readList('王明 李华\n赵丽')).toEqual(['王明', '李华', '赵丽']);
    expect(readList('县住建局；县水利局')).toEqual(['县住建局', '县水利局']);
  });
});
