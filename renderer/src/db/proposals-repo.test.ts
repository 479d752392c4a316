// The proposals repository against a fresh (fake-indexeddb) database per test: 案号 per session,
// steps written in one transaction or not at all, filters, figures, recycle bin and backup.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { emptyMemberFields } from '../domain/members/member';
import { proposalFields, reply, feedback, assign } from '../domain/proposals/proposal-fixtures';
import type { ProposalFields } from '../domain/proposals/proposal';
import { serializeBackup } from '../domain/backup/backup-format';
import { parseBackup } from '../domain/backup/backup-parse';
import { TEST_BACKUP_META } from '../domain/backup/backup-fixtures';

const FGJ = '县发展和改革局';
const CZJ = '县财政局';

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

async function create(ledger: LedgerRepositories, fields: ProposalFields): Promise<string> {
  const r = await ledger.proposals.createProposal(fields);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.id;
}

async function ok(ledger: LedgerRepositories, id: string, kind: Parameters<LedgerRepositories['proposals']['applyProposalTransition']>[1]['kind'], input: unknown, date = '2025-02-10'): Promise<void> {
  const r = await ledger.proposals.applyProposalTransition(id, { kind, input }, date);
  if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.errors)}`);
}

describe('proposals repository', () => {
  it('numbers proposals per session, never reusing a deleted one’s 案号', async () => {
    const { ledger, ids } = await withMembers();
    const f = proposalFields({ leadMemberId: ids[0]! });
    const a = await create(ledger, f);
    const b = await create(ledger, f);
    await ledger.proposals.deleteProposal(b);
    const c = await create(ledger, f);
    const between = await create(ledger, { ...f, term: null, session: null });
    expect((await ledger.proposals.getProposal(a))?.number).toBe(1);
    expect((await ledger.proposals.getProposal(c))?.number).toBe(3);
    expect((await ledger.proposals.getProposal(between))).toMatchObject({ number: 1, sessionKey: '平时-2025' });
    expect(await ledger.proposals.getProposal(b)).toBeUndefined();
    expect((await ledger.proposals.listProposals({ kind: 'session', sessionKey: '9-2' })).map((p) => p.number)).toEqual([1, 3]);
    expect(await ledger.proposals.listProposalSessions()).toEqual([
      { sessionKey: '平时-2025', label: '2025年平时提案', year: 2025 },
      { sessionKey: '9-2', label: '九届二次会议', year: 2025 },
    ]);
    expect((await ledger.proposals.getProposal(a))?.history[0]?.operator).toBe('韦小宝');
  });

  it('refuses bad fields and writes nothing', async () => {
    const { ledger } = await withMembers();
    const r = await ledger.proposals.createProposal(proposalFields({ leadMemberId: 'ghost', category: '体育' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual({ category: '类别“体育”不在字典中，请先在设置中添加', leadMemberId: '第一提案人不在委员名单中' });
    expect(await ledger.db.proposals.count()).toBe(0);
  });

  it('takes a proposal through its life, refusing out-of-order steps without writing', async () => {
    const { ledger, ids } = await withMembers();
    const id = await create(ledger, proposalFields({ leadMemberId: ids[0]!, proposerKind: '联名', coSignerIds: [ids[1]!] }));
    const before = await ledger.proposals.getProposal(id);
    const early = await ledger.proposals.applyProposalTransition(id, { kind: 'reply', input: reply(FGJ, 'A') });
    expect(early).toEqual({ ok: false, errors: { _: '提案尚未交办，不能登记答复' } });
    expect(await ledger.proposals.getProposal(id)).toEqual(before);
    await ok(ledger, id, 'accept', { note: '' });
    await ok(ledger, id, 'assign', assign(FGJ, [CZJ]));
    expect(await ledger.proposals.listProposals({ kind: 'year', year: 2025 }, { overdue: true, today: '2025-06-01' })).toHaveLength(1);
    expect(await ledger.proposals.listProposals({ kind: 'year', year: 2025 }, { unit: CZJ })).toHaveLength(1);
    expect(await ledger.proposals.listProposals({ kind: 'year', year: 2025 }, { unit: '县林业局' })).toHaveLength(0);
    await ok(ledger, id, 'reply', reply(FGJ, 'B', true));
    await ok(ledger, id, 'reply', reply(CZJ, 'A'));
    expect(await ledger.proposals.listProposals({ kind: 'year', year: 2025 }, { replyClass: 'B', stage: '已办复' })).toHaveLength(1);
    await ok(ledger, id, 'feedback', feedback('基本满意'));
    const p = await ledger.proposals.getProposal(id);
    expect(p?.stage).toBe('已评价');
    expect(p?.history.map((h) => h.action)).toEqual(['提交', '立案', '交办', '办复', '办复', '评价']);
    expect(p?.updatedAt).not.toBe(before?.updatedAt);
    const figures = await ledger.proposals.loadProposalFigures({ kind: 'session', sessionKey: '9-2' });
    expect(figures).toMatchObject({ received: 1, registered: 1, replied: 1, replyRate: 100, basicallySatisfied: 1, satisfiedOrBasicRate: 100, faceToFaceRate: 100, unitsAssigned: 2 });
    expect(figures.byCategory[0]).toEqual({ name: '经济', count: 1, base: 1, share: 100 });
  });

  it('merges only within the session and checks 督办 activities exist', async () => {
    const { ledger, ids } = await withMembers();
    const f = proposalFields({ leadMemberId: ids[0]! });
    const a = await create(ledger, f);
    const b = await create(ledger, f);
    const other = await create(ledger, { ...f, session: 1, receivedDate: '2024-01-08' });
    const refused = await ledger.proposals.applyProposalTransition(a, { kind: 'merge', input: { targetId: other, note: '' } });
    expect(!refused.ok && refused.errors.targetId).toContain('只能并入同一次会议');
    await ok(ledger, a, 'merge', { targetId: b, note: '' });
    expect((await ledger.proposals.getProposal(a))?.mergedIntoId).toBe(b);
    await ok(ledger, b, 'accept', { note: '' });
    const key = await ledger.proposals.applyProposalTransition(b, { kind: 'key', input: { key: true, leaders: ['张主席'], activityIds: ['no-such'] } });
    expect(!key.ok && key.errors['activityIds.0']).toBe('第1项督办活动不在活动台账中');
    await ok(ledger, b, 'key', { key: true, leaders: ['张主席'], activityIds: [] });
    expect(await ledger.proposals.listProposals({ kind: 'session', sessionKey: '9-2' }, { key: true })).toHaveLength(1);
  });

  it('uses the office’s handling settings', async () => {
    const { ledger, ids } = await withMembers();
    expect((await ledger.proposals.saveProposalSettings({ dueMonths: 9, replyScheme: 'ABC', separateRatings: false })).ok).toBe(false);
    expect((await ledger.proposals.saveProposalSettings({ dueMonths: 6, replyScheme: 'ABCD', separateRatings: false })).ok).toBe(true);
    await ledger.settings.saveCommitteeSettings({ ...(await ledger.settings.getSettings())!.committee, operator: '新操作员' });
    expect(await ledger.proposals.loadProposalSettings()).toEqual({ dueMonths: 6, replyScheme: 'ABCD', separateRatings: false });
    const id = await create(ledger, proposalFields({ leadMemberId: ids[0]! }));
    await ok(ledger, id, 'accept', { note: '' });
    await ok(ledger, id, 'assign', assign(FGJ));
    await ok(ledger, id, 'reply', reply(FGJ, 'D'));
    const p = await ledger.proposals.getProposal(id);
    expect(p?.assignment?.dueDate).toBe('2025-08-10');
    expect(p?.history.at(-1)?.operator).toBe('新操作员');
    expect((await ledger.proposals.loadProposalFigures({ kind: 'year', year: 2025 })).byClass.map((c) => c.count)).toEqual([0, 0, 0, 1]);
    // Back to A/B/C would leave the D reply outside the scheme: refused, the settings unchanged.
    const back = await ledger.proposals.saveProposalSettings({ dueMonths: 3, replyScheme: 'ABC', separateRatings: false });
    expect(!back.ok && back.errors.replyScheme).toBe('已有1条答复为D类，不能改为A/B/C三类（已登记的答复类别不会被改动）');
    expect((await ledger.proposals.loadProposalSettings()).replyScheme).toBe('ABCD');
    // Once that proposal is in the recycle bin its reply no longer counts against the change.
    await ledger.proposals.deleteProposal(id);
    expect((await ledger.proposals.saveProposalSettings({ dueMonths: 3, replyScheme: 'ABC', separateRatings: false })).ok).toBe(true);
  });

  it('goes to the recycle bin and back, is found by search, and survives a backup round trip', async () => {
    const { ledger, ids } = await withMembers();
    const target = await create(ledger, proposalFields({ leadMemberId: ids[0]!, title: '关于王村饮水工程的建议' }));
    const merged = await create(ledger, proposalFields({ leadMemberId: ids[1]! }));
    await ok(ledger, merged, 'merge', { targetId: target, note: '' });
    expect((await ledger.search.searchLedger('饮水')).map((h) => [h.kind, h.detail])).toEqual([['proposal', '九届二次会议 第1号']]);
    await ledger.proposals.deleteProposal(target);
    expect((await ledger.recycleBin.listRecycleBin()).map((i) => [i.kind, i.title])).toEqual([['proposals', '第1号 关于王村饮水工程的建议']]);
    // Another proposal was merged into it: purging would leave that 并案 pointing at nothing.
    await ledger.recycleBin.purgeFromBin('proposals', target);
    expect(await ledger.db.proposals.count()).toBe(2);
    await ledger.recycleBin.restoreFromBin('proposals', target);
    expect(await ledger.proposals.getProposal(target)).toBeDefined();

    const stored = await ledger.backup.readWholeLedger();
    expect(stored.proposals).toHaveLength(2);
    const parsed = await parseBackup(await serializeBackup(stored, TEST_BACKUP_META));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.summary.counts.proposals).toBe(2);
    const fresh = await openTestLedger({ setUp: false });
    await fresh.backup.replaceWholeLedger(parsed.ledger);
    expect(await fresh.backup.readWholeLedger()).toEqual(stored);
  });
});
