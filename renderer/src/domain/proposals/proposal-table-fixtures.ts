// For the 一览表 tests (domain, export, db): a session of proposals in every state the table must
// carry — 个人, 联名 and 集体; replied by 主办 and 协办 units, rated (process and result apart),
// handled twice after 不满意, closed; 不予立案, 并案, 撤案, 退回修改, 待审查, 已交办, a 重点提案 —
// plus a 平时提案 and a sample proposal. Built through the real steps (proposal-fixtures.ts).
import type { Dictionaries } from '../dictionaries/dictionary-kinds';
import { DEFAULT_COMMITTEES, DEFAULT_PARTIES, DEFAULT_PROPOSAL_CATEGORIES, DEFAULT_SECTORS, DEFAULT_UNITS } from '../dictionaries/default-dictionaries';
import { SAMPLE_TOWNSHIPS } from '../sample/sample-places';
import type { Proposal } from './proposal';
import { assigned, feedback, reply, step, submitted, TEST_RULES } from './proposal-fixtures';
import { DEFAULT_PROPOSAL_SETTINGS } from './proposal-settings';
import type { ProposalImportContext } from './proposal-table-import';
import type { TableMember } from './proposal-table-parse';

export const TABLE_MEMBER_NAMES = ['王明', '李华', '张伟', '赵丽'] as const;
export const FGJ = '县发展和改革局';
export const CZJ = '县财政局';
export const JYJ = '县教育局';

export const TABLE_DICTIONARIES: Dictionaries = {
  sector: [...DEFAULT_SECTORS], party: [...DEFAULT_PARTIES], township: [...SAMPLE_TOWNSHIPS], committee: [...DEFAULT_COMMITTEES],
  unit: [...DEFAULT_UNITS], activityType: [], proposalCategory: [...DEFAULT_PROPOSAL_CATEGORIES],
};

export function tableMembers(ids: readonly string[] = ['m1', 'm2', 'm3', 'm4']): TableMember[] {
  return TABLE_MEMBER_NAMES.map((name, i) => ({ id: ids[i]!, name, deletedAt: null }));
}

/** `ids` are the members 王明, 李华, 张伟, 赵丽 in that order. */
export function tableLedger(ids: readonly string[] = ['m1', 'm2', 'm3', 'm4']): Proposal[] {
  const [wang, li, zhang, zhao] = ids as [string, string, string, string];
  const apart = { ...TEST_RULES, settings: { ...TEST_RULES.settings, separateRatings: true } };
  let p1 = assigned('p1', 1, FGJ, [CZJ], { leadMemberId: wang, title: '关于加快城区停车场建设的建议' });
  p1 = step(p1, 'reply', reply(CZJ, 'B', false, '2025-03-20'), '2025-03-20');
  p1 = step(p1, 'reply', reply(FGJ, 'A', true), '2025-04-01');
  p1 = step(p1, 'feedback', feedback('满意'), '2025-04-20');

  let p2 = assigned('p2', 2, JYJ, [], { proposerKind: '联名', leadMemberId: li, coSignerIds: [zhang, zhao], category: '社会', title: '关于义务教育均衡发展的建议' });
  p2 = step(p2, 'reply', reply(JYJ, 'B'), '2025-04-01');
  p2 = step(p2, 'feedback', { date: '2025-04-20', rating: '满意', processRating: '满意', resultRating: '基本满意', note: '' }, '2025-04-20', apart);
  p2 = step(p2, 'close', { note: '' }, '2025-05-01');

  let p3 = assigned('p3', 3, FGJ, [JYJ], {
    proposerKind: '集体', leadMemberId: null, collectiveKind: '党派', collectiveName: '民革', category: '经济', title: '关于优化营商环境的建议',
  });
  p3 = step(p3, 'reply', reply(JYJ, 'C', false, '2025-03-25'), '2025-03-25');
  p3 = step(p3, 'reply', reply(FGJ, 'C'), '2025-04-01');
  p3 = step(p3, 'feedback', feedback('不满意'), '2025-04-20');
  p3 = step(p3, 'reply', reply(JYJ, 'B', true, '2025-05-25'), '2025-05-25');
  p3 = step(p3, 'reply', reply(FGJ, 'B', true, '2025-06-01'), '2025-06-01');
  p3 = step(p3, 'feedback', feedback('基本满意', '2025-06-10'), '2025-06-10');

  const p4 = step(submitted('p4', 4, { leadMemberId: zhao, category: '其他', title: '关于某公司产品推广的建议' }), 'reject', {
    reason: '带有广告宣传性质', rejectedAs: '委员来信', note: '',
  });
  const p5 = step(submitted('p5', 5, { leadMemberId: zhang, title: '关于城区停车难的建议' }), 'merge', { targetId: 'p1', note: '' }, '2025-02-01', TEST_RULES, p1);
  const p6 = step(submitted('p6', 6, { leadMemberId: wang, title: '关于农村饮水安全的建议' }), 'withdraw', { note: '提案人申请撤案' });
  const p7 = submitted('p7', 7, { leadMemberId: li, category: '文化', title: '关于非物质文化遗产保护的建议' });
  const p8 = assigned('p8', 8, CZJ, [], { leadMemberId: zhang, category: '生态文明', title: '关于河道综合治理的建议' });
  let p9 = step(submitted('p9', 9, { leadMemberId: wang, category: '政治', title: '关于加强基层协商民主建设的建议' }), 'accept', { note: '' });
  p9 = step(p9, 'key', { key: true, leaders: ['县政协主席', '常务副县长'], activityIds: [] });
  const p10 = step(submitted('p10', 10, { leadMemberId: zhao, title: '关于乡村旅游发展的建议' }), 'return', { note: '请补充具体建议' });

  let p11 = step(submitted('p11', 1, { term: null, session: null, receivedDate: '2025-06-15', leadMemberId: li, title: '关于老旧小区改造的建议' }), 'accept', { note: '' });
  p11 = step(p11, 'assign', { mainUnit: FGJ, coUnits: [], assignedDate: '2025-06-20', note: '' }, '2025-06-20');
  p11 = step(p11, 'reply', reply(FGJ, 'A', false, '2025-08-01'), '2025-08-01');

  const sample: Proposal = { ...assigned('s1', 11, FGJ, [], { leadMemberId: wang, title: '示例：关于养老服务体系建设的建议' }), isSample: true };
  return [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, sample];
}

/** An empty ledger holding the same members and units. */
export function emptyLedgerContext(members: TableMember[] = tableMembers(), existing: Proposal[] = []): ProposalImportContext {
  return {
    dictionaries: TABLE_DICTIONARIES, members, settings: DEFAULT_PROPOSAL_SETTINGS, currentTerm: 9,
    sessionDates: [{ number: 1, date: '2024-01-08' }, { number: 2, date: '2025-01-08' }],
    existing, rules: { settings: DEFAULT_PROPOSAL_SETTINGS, units: TABLE_DICTIONARIES.unit }, operator: '韦小宝', today: '2026-11-29', fileName: '一览表.xlsx', at: '2026-11-29T02:00:00.000Z',
  };
}
