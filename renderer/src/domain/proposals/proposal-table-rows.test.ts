// The rows of the 提案办理情况一览表 built from proposals and members, worked out by hand.
import { describe, expect, it } from 'vitest';
import { buildProposalTable } from './proposal-table-rows';
import { CZJ, FGJ, JYJ, tableLedger, tableMembers } from './proposal-table-fixtures';

const names = new Map(tableMembers().map((m) => [m.id, m.name]));

describe('buildProposalTable', () => {
  const table = buildProposalTable(tableLedger(), names, '九届二次会议提案办理情况一览表');
  const row = (title: string) => table.rows.find((r) => r.title === title)!;

  it('lists the office’s own proposals by session and 案号, leaving the sample out', () => {
    expect(table).toMatchObject({ title: '九届二次会议提案办理情况一览表', sample: false, skippedSample: 1 });
    expect(table.rows.map((r) => `${r.session}#${r.number}`)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `九届二次会议#${n}`), '2025年平时提案#1',
    ]);
  });

  it('writes a replied, rated proposal as the office does', () => {
    expect(row('关于加快城区停车场建设的建议')).toEqual({
      session: '九届二次会议', number: '1', title: '关于加快城区停车场建设的建议', proposerKind: '个人', proposers: '王明', category: '经济',
      receivedDate: '2025年1月10日', stage: '已评价', mainUnit: FGJ, coUnits: CZJ, assignedDate: '2025年2月10日', replyDate: '2025年4月1日',
      replyClass: 'A类', faceToFace: '是', rating: '满意', coReplies: `${CZJ}：B类，2025年3月20日`, firstRound: '', review: '', keyLeaders: '',
    });
  });

  it('names the first proposer then the co-signers, and a collective by its name and kind', () => {
    expect(row('关于义务教育均衡发展的建议')).toMatchObject({ proposerKind: '联名', proposers: '李华、张伟、赵丽', stage: '已办结', rating: '满意（办理过程满意，办理结果基本满意）' });
    expect(row('关于优化营商环境的建议')).toMatchObject({ proposerKind: '集体（党派）', proposers: '民革' });
  });

  it('shows the latest round of a proposal handled twice, and the first round apart', () => {
    expect(row('关于优化营商环境的建议')).toMatchObject({
      replyDate: '2025年6月1日', replyClass: 'B类', faceToFace: '是', rating: '基本满意', firstRound: 'C类，2025年4月1日，不满意',
      coReplies: `${JYJ}：C类，2025年3月25日；${JYJ}：B类，2025年5月25日，面商，第二轮`,
    });
  });

  it('says why a proposal was not registered, which it joined, and who leads a 重点提案', () => {
    expect(row('关于某公司产品推广的建议')).toMatchObject({ stage: '不予立案', review: '理由：带有广告宣传性质；转为委员来信', mainUnit: '', replyDate: '' });
    expect(row('关于城区停车难的建议')).toMatchObject({ stage: '已并案', review: '并入第1号提案' });
    expect(row('关于农村饮水安全的建议')).toMatchObject({ stage: '已撤案', review: '提案人申请撤案' });
    expect(row('关于乡村旅游发展的建议')).toMatchObject({ stage: '退回修改', review: '请补充具体建议' });
    expect(row('关于加强基层协商民主建设的建议')).toMatchObject({ stage: '已立案', keyLeaders: '县政协主席、常务副县长' });
    expect(row('关于河道综合治理的建议')).toMatchObject({ stage: '已交办', mainUnit: CZJ, replyDate: '', replyClass: '', faceToFace: '', rating: '' });
  });

  it('keeps a deleted proposal out and a deleted proposer’s name in', () => {
    const [first, second] = tableLedger();
    const t = buildProposalTable([first!, { ...second!, deletedAt: '2025-05-01T00:00:00.000Z' }], new Map([['m1', '王明']]), 't');
    expect(t.rows.map((r) => r.proposers)).toEqual(['王明']);
  });
});
