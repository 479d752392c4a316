// The 一览表 import against a fresh (fake-indexeddb) database per test: the preview compares with
// what the ledger holds, 确认导入 writes every good row in one transaction, and bad input — a bad
// row, or a 案号 taken between preview and confirm — leaves the database exactly as it was.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { emptyMemberFields } from '../domain/members/member';
import type { SheetCell, SheetGrid } from '../domain/common/sheet-header';
import { detectProposalTableHeader, planProposalImport, previewProposalTable } from '../domain/proposals/proposal-table-import';
import { proposalFields } from '../domain/proposals/proposal-fixtures';
import { FGJ } from '../domain/proposals/proposal-table-fixtures';

const HEADER = ['届次会议', '案号', '案由', '提案者', '类别', '收到日期', '主办', '协办', '办复日期', '答复类别', '满意度'];
const GOOD: SheetCell[] = ['九届二次会议', 1, '关于加快城区停车场建设的建议', '王明', '经济', '2025-01-10', FGJ, null, '2025-04-01', 'A类', '满意'];

async function ledgerWithMembers(): Promise<{ ledger: LedgerRepositories; ids: string[] }> {
  const ledger = await openTestLedger();
  const ids: string[] = [];
  for (const name of ['王明', '李华']) {
    const r = await ledger.members.createMember({ ...emptyMemberFields(9), name });
    if (!r.ok) throw new Error('member');
    ids.push(r.value.id);
  }
  return { ledger, ids };
}

async function dump(ledger: LedgerRepositories): Promise<string> {
  const { db } = ledger;
  return JSON.stringify(await Promise.all([db.proposals.toArray(), db.members.toArray(), db.dictionary.toArray(), db.settings.toArray()]));
}

async function previewIn(ledger: LedgerRepositories, ...rows: SheetCell[][]) {
  const grid: SheetGrid = [['政协罗城仫佬族自治县提案办理情况一览表'], HEADER, ...rows];
  const detected = detectProposalTableHeader(grid);
  if (!detected.ok) throw new Error(detected.message);
  const ctx = await ledger.proposalImport.loadProposalImportContext('一览表.xlsx', '2026-11-29');
  return previewProposalTable(grid, detected.header, ctx);
}

describe('proposal table import', () => {
  it('writes the previewed proposals, marked as imported by the operator', async () => {
    const { ledger, ids } = await ledgerWithMembers();
    const rows = await previewIn(ledger, GOOD, ['九届二次会议', 2, '关于义务教育均衡发展的建议', '李华、王明', '社会', '2025-01-11', null, null, null, null, null]);
    const result = await ledger.proposalImport.importProposalTable(planProposalImport(rows).proposals);
    expect(result).toEqual({ ok: true, added: 2 });
    const list = await ledger.proposals.listProposals({ kind: 'session', sessionKey: '9-2' });
    expect(list.map((p) => [p.number, p.stage, p.leadMemberId, p.coSignerIds])).toEqual([[1, '已评价', ids[0], []], [2, '已立案', ids[1], [ids[0]]]]);
    expect(list[0]!.history[0]).toMatchObject({ operator: '韦小宝', note: '2026年11月29日从《提案办理情况一览表》（一览表.xlsx）第3行导入' });
    // The imported proposal counts in the figures like any other.
    expect(await ledger.proposals.loadProposalFigures({ kind: 'session', sessionKey: '9-2' })).toMatchObject({ received: 2, registered: 2, replied: 1, satisfied: 1 });
  });

  it('makes a 社情民意 item of a proposal not registered and handled as 社情民意信息, as the screen does', async () => {
    const { ledger } = await ledgerWithMembers();
    const header = [...HEADER, '阶段', '审查意见'];
    const grid: SheetGrid = [['一览表'], header, ['九届二次会议', 3, '关于小区噪音扰民的意见', '王明', '社会', '2025-01-12', null, null, null, null, null, '不予立案', '理由：内容空泛、没有具体建议；转为社情民意信息']];
    const detected = detectProposalTableHeader(grid);
    if (!detected.ok) throw new Error(detected.message);
    const ctx = await ledger.proposalImport.loadProposalImportContext('一览表.xlsx', '2026-11-29');
    const rows = previewProposalTable(grid, detected.header, ctx);
    expect(await ledger.proposalImport.importProposalTable(planProposalImport(rows).proposals)).toEqual({ ok: true, added: 1 });
    const opinions = await ledger.db.opinions.toArray();
    expect(opinions.map((o) => [o.title, o.sourceProposalId !== null])).toEqual([['关于小区噪音扰民的意见', true]]);
  });

  const BAD_CASES: { name: string; row: SheetCell[]; message: string }[] = [
    { name: 'an unknown unit', row: GOOD.with(6, '县停车管理局'), message: '第3行 主办“县停车管理局”不在单位字典中，请先在设置的单位字典中添加' },
    { name: 'an unknown proposer', row: GOOD.with(3, '孙悟空'), message: '第3行 提案者“孙悟空”不在委员名单中：请先导入委员名册或添加该委员；如是集体提案，请在提案方式中写“集体”' },
    { name: 'a bad date', row: GOOD.with(8, '2025-13-01'), message: '第3行 办复日期“2025-13-01”不是有效的日期' },
    { name: 'an unknown reply class', row: GOOD.with(9, 'E'), message: '第3行 答复类别“E”只能是A类、B类、C类' },
    { name: 'an unknown rating', row: GOOD.with(10, '非常满意'), message: '第3行 满意度“非常满意”只能是满意、基本满意或不满意' },
    { name: 'a 案号 already used', row: GOOD, message: '第3行 案号：台账中已有九届二次会议第1号提案《关于已有提案的建议》' },
  ];

  for (const bad of BAD_CASES) {
    it(`reports ${bad.name} by row and column and writes nothing`, async () => {
      const { ledger, ids } = await ledgerWithMembers();
      if (bad.name.includes('案号')) await ledger.proposals.createProposal(proposalFields({ leadMemberId: ids[0]!, title: '关于已有提案的建议' }));
      const before = await dump(ledger);
      const rows = await previewIn(ledger, bad.row);
      expect(rows[0]!.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([bad.message]);
      const plan = planProposalImport(rows);
      expect(plan.proposals).toEqual([]);
      expect(await ledger.proposalImport.importProposalTable(plan.proposals)).toEqual({ ok: true, added: 0 });
      expect(await dump(ledger)).toBe(before);
    });
  }

  it('refuses the whole import when a 案号 was taken after the preview, leaving the database as it was', async () => {
    const { ledger, ids } = await ledgerWithMembers();
    const rows = await previewIn(ledger, ['九届二次会议', 2, '关于甲的建议', '李华', '经济', '2025-01-10'], GOOD);
    const plan = planProposalImport(rows);
    expect(plan.proposals).toHaveLength(2);
    // Meanwhile someone enters a proposal by hand: it gets 案号 1 of 九届二次会议.
    await ledger.proposals.createProposal(proposalFields({ leadMemberId: ids[0]! }));
    const before = await dump(ledger);
    expect(await ledger.proposalImport.importProposalTable(plan.proposals)).toEqual({
      ok: false, message: '第1号提案《关于加快城区停车场建设的建议》的案号已被使用，未导入任何提案，请重新选择文件预览',
    });
    expect(await dump(ledger)).toBe(before);
  });

  it('refuses the whole import when a proposer was deleted after the preview', async () => {
    const { ledger, ids } = await ledgerWithMembers();
    const plan = planProposalImport(await previewIn(ledger, GOOD, ['九届二次会议', 2, '关于甲的建议', '李华', '经济', '2025-01-10']));
    await ledger.members.deleteMember(ids[1]!);
    const before = await dump(ledger);
    expect(await ledger.proposalImport.importProposalTable(plan.proposals)).toMatchObject({ ok: false });
    expect(await dump(ledger)).toBe(before);
  });
});
