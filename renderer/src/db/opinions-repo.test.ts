// The 社情民意 repository against a fresh database per test: entering and correcting an item,
// issues numbered per year, adoptions and 批示, soft delete with the recycle bin and search, the
// year's figures, and the item a 不予立案 proposal becomes in the same transaction.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { emptyMemberFields } from '../domain/members/member';
import { proposalFields } from '../domain/proposals/proposal-fixtures';
import { ledgerSnapshot } from '../domain/backup/backup-fixtures';
import { newRow } from '../domain/common/row-stamps';

async function withMembers(): Promise<{ ledger: LedgerRepositories; ids: string[] }> {
  const ledger = await openTestLedger();
  const ids: string[] = [];
  for (const name of ['王明', '李华']) {
    const r = await ledger.members.createMember({ ...emptyMemberFields(9), name });
    if (!r.ok) throw new Error('member');
    ids.push(r.value.id);
  }
  return { ledger, ids };
}

const item = (memberIds: string[], extra: Record<string, unknown> = {}) => ({ title: '关于城区停车难的建议', memberIds, groups: [], receivedDate: '2025-03-01', text: '群众反映……', ...extra });

async function enter(ledger: LedgerRepositories, input: unknown): Promise<string> {
  const r = await ledger.opinions.saveOpinion(undefined, input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.id;
}

describe('opinions repository', () => {
  it('enters and corrects an item; a refused one leaves the database as it was', async () => {
    const { ledger, ids } = await withMembers();
    const id = await enter(ledger, item([ids[0]!], { groups: [{ kind: '党派', name: '民盟' }] }));
    expect(await ledger.opinions.getOpinion(id)).toMatchObject({ year: 2025, memberIds: [ids[0]], groups: [{ kind: '党派', name: '民盟' }], issue: null, adoptions: [], instructions: [] });
    const before = ledgerSnapshot(await ledger.backup.readWholeLedger());
    expect(await ledger.opinions.saveOpinion(id, item([]))).toEqual({ ok: false, errors: { memberIds: '请至少选择一位报送委员或一个报送单位' } });
    expect(await ledger.opinions.saveOpinion(undefined, item(['no-such-member']))).toEqual({ ok: false, errors: { 'memberIds.0': '第1位报送委员不在委员名单中' } });
    expect(ledgerSnapshot(await ledger.backup.readWholeLedger())).toBe(before);
    const edited = await ledger.opinions.saveOpinion(id, item(ids, { receivedDate: '2026-01-03' }));
    expect(edited.ok && edited.value.year).toBe(2026);
  });

  it('numbers issues per year, keeps an issue’s date, and compiles all chosen items or none', async () => {
    const { ledger, ids } = await withMembers();
    const a = await enter(ledger, item(ids, { receivedDate: '2025-01-05' }));
    const b = await enter(ledger, item(ids, { receivedDate: '2025-01-06' }));
    const c = await enter(ledger, item(ids, { receivedDate: '2025-02-20' }));
    const d = await enter(ledger, item(ids, { receivedDate: '2025-12-20' }));
    expect(await ledger.opinions.nextIssueNumberOf(2025)).toBe(1);
    expect((await ledger.opinions.compileIntoIssue([a, b], { year: 2025, number: 1, date: '2025-01-10' })).ok).toBe(true);
    expect(await ledger.opinions.nextIssueNumberOf(2025)).toBe(2);
    // 第1期 was compiled on 1月10日: another item joins it only with that date.
    expect(await ledger.opinions.compileIntoIssue([c], { year: 2025, number: 1, date: '2025-02-25' }))
      .toEqual({ ok: false, errors: { date: '第1期已于2025年1月10日编发，编发日期应与之相同' } });
    // c may go into 第2期, but d arrived after the date given: neither is compiled.
    const refused = await ledger.opinions.compileIntoIssue([c, d], { year: 2025, number: 2, date: '2025-03-01' });
    expect(refused.ok).toBe(false);
    expect((await ledger.opinions.getOpinion(c))?.issue).toBeNull();
    expect((await ledger.opinions.compileIntoIssue([c], { year: 2025, number: 2, date: '2025-03-01' })).ok).toBe(true);
    // A December item in next year's first issue: numbering starts again each year.
    expect(await ledger.opinions.nextIssueNumberOf(2026)).toBe(1);
    expect((await ledger.opinions.compileIntoIssue([d], { year: 2026, number: 1, date: '2026-01-08' })).ok).toBe(true);
    expect(await ledger.opinions.listIssues(2025)).toEqual([
      { year: 2025, number: 1, date: '2025-01-10', items: 2 },
      { year: 2025, number: 2, date: '2025-03-01', items: 1 },
    ]);
    expect((await ledger.opinions.listOpinions(2025, { issueNumber: 1 })).map((o) => o.id).sort()).toEqual([a, b].sort());
    expect((await ledger.opinions.listOpinions(2025, { issueNumber: 0 })).map((o) => o.id)).toEqual([]);
    // Deleted, its number stays used.
    await ledger.opinions.deleteOpinion(c);
    expect(await ledger.opinions.nextIssueNumberOf(2025)).toBe(3);
    expect((await ledger.opinions.removeFromIssue(a)).ok).toBe(true);
    expect((await ledger.opinions.listOpinions(2025, { issueNumber: 0 })).map((o) => o.id)).toEqual([a]);
  });

  it('records adoptions and 批示, filters by level, and counts the year’s figures', async () => {
    const { ledger, ids } = await withMembers();
    const a = await enter(ledger, item(ids));
    const b = await enter(ledger, item(ids, { receivedDate: '2025-04-01' }));
    await ledger.opinions.compileIntoIssue([a, b], { year: 2025, number: 1, date: '2025-04-02' });
    expect((await ledger.opinions.recordAdoption(a, { level: '市', nationalMode: null, date: '2025-04-10', note: '' })).ok).toBe(true);
    expect((await ledger.opinions.recordAdoption(a, { level: '全国', nationalMode: '转送采用', date: '2025-05-10', note: '' })).ok).toBe(true);
    expect(await ledger.opinions.recordAdoption(a, { level: '市', nationalMode: null, date: '2025-06-10', note: '' }))
      .toEqual({ ok: false, errors: { level: '已记录市政协采用，如需修改请先删除原记录' } });
    expect((await ledger.opinions.addOpinionInstruction(a, { level: '市', leader: '副市长', date: '2025-04-20', text: '请市有关部门研究。' })).ok).toBe(true);
    expect(await ledger.opinions.addOpinionInstruction(b, { leader: '县长', date: '2025-04-20', text: '' }))
      .toEqual({ ok: false, errors: { level: '请选择批示级别（县、市、省或全国）' } });
    expect((await ledger.opinions.listOpinions(2025, { adoptedAt: '市' })).map((o) => o.id)).toEqual([a]);
    expect(await ledger.opinions.listOpinions(2025, { adoptedAt: '县' })).toEqual([]);
    const f = await ledger.opinions.loadOpinionFigures(2025);
    expect(f).toMatchObject({ collected: 2, issuesCompiled: 1, itemsCompiled: 2, adoptedItems: 1, adoptedByLevel: { 县: 0, 市: 1, 省: 0, 全国: 1 }, nationalByMode: { 单篇采用: 0, 转送采用: 1 } });
    expect(f.instructionsByLevel).toMatchObject({ 市: 1, total: 1 });
    await ledger.opinions.removeAdoption(a, '全国');
    expect((await ledger.opinions.loadOpinionFigures(2025)).adoptedByLevel.全国).toBe(0);
    const [given] = (await ledger.opinions.getOpinion(a))!.instructions;
    await ledger.opinions.removeOpinionInstruction(a, given!.id);
    // Taken off as a tombstone (so the removal travels to other PCs), no longer counted.
    const [tombstone] = (await ledger.opinions.getOpinion(a))!.instructions;
    expect(tombstone).toEqual({ ...given, deletedAt: tombstone!.updatedAt, updatedAt: tombstone!.updatedAt });
    expect(tombstone!.deletedAt).not.toBeNull();
    expect((await ledger.opinions.loadOpinionFigures(2025)).instructionsByLevel.total).toBe(0);
  });

  it('soft-deletes into the recycle bin, is found by search, and keeps its submitters from being purged', async () => {
    const { ledger, ids } = await withMembers();
    const a = await enter(ledger, item([ids[0]!], { title: '关于乡村道路养护的建议' }));
    expect((await ledger.search.searchLedger('道路养护')).map((h) => `${h.kind}:${h.id}`)).toEqual([`opinion:${a}`]);
    await ledger.members.deleteMember(ids[0]!);
    const blocked = await ledger.recycleBin.purgeFromBin('members', ids[0]!);
    expect(blocked).toEqual({ ok: false, message: '该委员出现在1条社情民意信息中，彻底删除后这些记录将缺少这位委员，因此保留在回收站' });
    await ledger.opinions.deleteOpinion(a);
    expect(await ledger.opinions.listOpinions(2025)).toEqual([]);
    expect(await ledger.search.searchLedger('道路养护')).toEqual([]);
    const bin = await ledger.recycleBin.listRecycleBin();
    expect(bin.find((i) => i.id === a)).toMatchObject({ kind: 'opinions', title: '关于乡村道路养护的建议' });
    await ledger.recycleBin.restoreFromBin('opinions', a);
    expect((await ledger.opinions.listOpinions(2025)).map((o) => o.id)).toEqual([a]);
    await ledger.opinions.deleteOpinion(a);
    expect(await ledger.recycleBin.purgeFromBin('opinions', a)).toEqual({ ok: true });
    expect(await ledger.db.opinions.get(a)).toBeUndefined();
    expect(await ledger.recycleBin.purgeFromBin('members', ids[0]!)).toEqual({ ok: true });
  });
});

describe('不予立案 → 社情民意信息', () => {
  it('creates the item from the proposal in the same step, and keeps the proposal from being purged', async () => {
    const { ledger, ids } = await withMembers();
    const created = await ledger.proposals.createProposal(proposalFields({ proposerKind: '联名', leadMemberId: ids[0]!, coSignerIds: [ids[1]!], text: '建议增设停车位。' }));
    if (!created.ok) throw new Error('proposal');
    const p = created.value;
    const r = await ledger.proposals.applyProposalTransition(p.id, { kind: 'reject', input: { reason: '内容空泛、没有具体建议', rejectedAs: '社情民意信息', note: '' } }, '2025-02-01');
    expect(r.ok).toBe(true);
    const items = await ledger.opinions.listOpinions(2025);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: p.title, memberIds: [ids[0], ids[1]], receivedDate: '2025-01-10', text: '建议增设停车位。', sourceProposalId: p.id, issue: null });
    expect((await ledger.opinions.listOpinionsFromProposal(p.id, p.year)).map((o) => o.id)).toEqual([items[0]!.id]);
    await ledger.proposals.deleteProposal(p.id);
    expect(await ledger.recycleBin.purgeFromBin('proposals', p.id)).toEqual({ ok: false, message: '有1条社情民意信息由这件提案转来，彻底删除后它们将缺少来源，因此保留在回收站' });
  });

  it('creates nothing for 委员来信, nor when the step is refused', async () => {
    const { ledger, ids } = await withMembers();
    const a = await ledger.proposals.createProposal(proposalFields({ leadMemberId: ids[0]! }));
    const b = await ledger.proposals.createProposal(proposalFields({ leadMemberId: ids[0]! }));
    if (!a.ok || !b.ok) throw new Error('proposal');
    await ledger.proposals.applyProposalTransition(a.value.id, { kind: 'reject', input: { reason: '内容空泛、没有具体建议', rejectedAs: '委员来信', note: '' } }, '2025-02-01');
    await ledger.proposals.applyProposalTransition(b.value.id, { kind: 'accept', input: { note: '' } }, '2025-02-01');
    const refused = await ledger.proposals.applyProposalTransition(b.value.id, { kind: 'reject', input: { reason: '内容空泛、没有具体建议', rejectedAs: '社情民意信息', note: '' } }, '2025-02-02');
    expect(refused.ok).toBe(false);
    expect(await ledger.db.opinions.count()).toBe(0);
  });
});

describe('批示 ledger', () => {
  it('lists the year’s 批示 from activities, proposals and 社情民意, with counts by level', async () => {
    const { ledger, ids } = await withMembers();
    const act = await ledger.activities.saveActivity(undefined, {
      fields: { title: '视察县人民医院', type: '视察', startDate: '2025-04-10', endDate: '2025-04-10', location: '', organizerKind: '', organizer: '', leaders: '', topic: '', summary: '',
        outcomes: { reports: [], suggestions: 0, sentTo: [], adopted: 0 }, instructions: [{ level: '县', leader: '县长', date: '2025-04-20', text: '' }], followUp: '无需跟踪', isSample: false },
      participants: [],
    });
    if (!act.ok) throw new Error(JSON.stringify(act.errors));
    const p = await ledger.proposals.createProposal(proposalFields({ leadMemberId: ids[0]! }));
    if (!p.ok) throw new Error('proposal');
    expect(await ledger.instructions.addProposalInstruction(p.value.id, { level: null, leader: '县委书记', date: '2025-03-01', text: '' }))
      .toEqual({ ok: false, errors: { level: '请选择批示级别（县、市、省或全国）' } });
    expect(await ledger.instructions.addProposalInstruction(p.value.id, { level: '县', leader: '县委书记', date: '2025-01-01', text: '' }))
      .toEqual({ ok: false, errors: { date: '批示日期不能早于提案收到日期' } });
    expect((await ledger.instructions.addProposalInstruction(p.value.id, { level: '省', leader: '副省长', date: '2025-03-01', text: '' })).ok).toBe(true);
    const o = await enter(ledger, item(ids));
    await ledger.opinions.addOpinionInstruction(o, { level: '市', leader: '副市长', date: '2025-05-01', text: '' });
    const all = await ledger.instructions.loadInstructionLedger(2025);
    expect(all.entries.map((e) => `${e.ownerKind} ${e.level} ${e.leader}`)).toEqual(['opinion 市 副市长', 'activity 县 县长', 'proposal 省 副省长']);
    expect(all.entries[2]!.ownerTitle).toBe('九届二次会议第1号《关于加快城区停车场建设的建议》');
    expect(all.counts).toEqual({ 县: 1, 市: 1, 省: 1, 全国: 0, unstated: 0, total: 3 });
    expect((await ledger.instructions.loadInstructionLedger(2025, '省')).entries.map((e) => e.leader)).toEqual(['副省长']);
    const [given] = (await ledger.proposals.getProposal(p.value.id))!.instructions;
    expect((await ledger.instructions.removeProposalInstruction(p.value.id, given!.id)).ok).toBe(true);
    expect((await ledger.instructions.removeProposalInstruction(p.value.id, given!.id)).ok).toBe(false);
    expect((await ledger.instructions.loadInstructionLedger(2025)).counts.total).toBe(2);
  });

  it('keeps an old 批示 without a level when an activity is edited, and asks a new one for its level', async () => {
    const ledger = await openTestLedger();
    const fields = { title: '视察', type: '视察', startDate: '2024-04-10', endDate: '2024-04-10', location: '', organizerKind: '', organizer: '', leaders: '', topic: '', summary: '',
      outcomes: { reports: [], suggestions: 0, sentTo: [], adopted: 0 }, instructions: [], followUp: '无需跟踪', isSample: false };
    const saved = await ledger.activities.saveActivity(undefined, { fields, participants: [] });
    if (!saved.ok) throw new Error('activity');
    // As a version-1 database left it after the upgrade: a 批示 whose level was never recorded.
    const old = newRow({ level: null, leader: '县长', date: '2024-04-20', text: '阅。' }, '2024-04-20T08:00:00.000Z');
    await ledger.db.activities.update(saved.value.id, { instructions: [old] });
    expect((await ledger.activities.saveActivity(saved.value.id, { fields: { ...fields, title: '视察（改）', instructions: [old] }, participants: [] })).ok).toBe(true);
    const added = await ledger.activities.saveActivity(saved.value.id, { fields: { ...fields, instructions: [old, { level: null, leader: '副县长', date: '2024-05-01', text: '' }] }, participants: [] });
    expect(added).toEqual({ ok: false, errors: { 'fields.instructions.1.level': '请选择第2条批示的级别（县、市、省或全国）' } });
  });
});
