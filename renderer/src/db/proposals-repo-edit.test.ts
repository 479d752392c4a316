// The proposals repository's later additions against a fresh database per test: editing a
// proposal (renumbered only when it moves session, nothing written when refused), the activities
// that 督办 a key proposal seen from the activity's side, the per-unit table, 先进承办单位, and a
// proposal's files (its text, each reply's letter) kept through a backup.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { emptyMemberFields } from '../domain/members/member';
import { emptyActivityFields } from '../domain/activities/activity';
import { assign, proposalFields, reply } from '../domain/proposals/proposal-fixtures';
import type { ProposalFields } from '../domain/proposals/proposal';
import { serializeBackup } from '../domain/backup/backup-format';
import { parseBackup } from '../domain/backup/backup-parse';
import { TEST_BACKUP_META } from '../domain/backup/backup-fixtures';

const FGJ = '县发展和改革局';
const CZJ = '县财政局';

async function withMember(): Promise<{ ledger: LedgerRepositories; id: string }> {
  const ledger = await openTestLedger();
  const r = await ledger.members.createMember({ ...emptyMemberFields(9), name: '王明' });
  if (!r.ok) throw new Error('member');
  return { ledger, id: r.value.id };
}

async function create(ledger: LedgerRepositories, fields: ProposalFields): Promise<string> {
  const r = await ledger.proposals.createProposal(fields);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.id;
}

async function ok(ledger: LedgerRepositories, id: string, kind: Parameters<LedgerRepositories['proposals']['applyProposalTransition']>[1]['kind'], input: unknown): Promise<void> {
  const r = await ledger.proposals.applyProposalTransition(id, { kind, input }, '2025-02-10');
  if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.errors)}`);
}

describe('editing proposals', () => {
  it('corrects the fields with a history row, and refuses bad input without writing', async () => {
    const { ledger, id: member } = await withMember();
    const id = await create(ledger, proposalFields({ leadMemberId: member }));
    const before = await ledger.proposals.getProposal(id);
    const bad = await ledger.proposals.editProposal(id, proposalFields({ leadMemberId: member, title: '', category: '体育' }));
    expect(bad).toEqual({ ok: false, errors: { title: '请填写案由' } });
    const unknownCategory = await ledger.proposals.editProposal(id, proposalFields({ leadMemberId: member, category: '体育' }));
    expect(!unknownCategory.ok && unknownCategory.errors.category).toContain('不在字典中');
    expect(await ledger.proposals.getProposal(id)).toEqual(before);
    const r = await ledger.proposals.editProposal(id, proposalFields({ leadMemberId: member, title: '关于城区停车场的建议' }), '2025-01-12');
    expect(r.ok).toBe(true);
    const after = await ledger.proposals.getProposal(id);
    expect(after).toMatchObject({ number: 1, title: '关于城区停车场的建议' });
    expect(after?.history.at(-1)).toMatchObject({ action: '修改', operator: '韦小宝', date: '2025-01-12' });
  });

  it('gives a proposal moved to another session that session’s next 案号, and locks the session once registered', async () => {
    const { ledger, id: member } = await withMember();
    const f = proposalFields({ leadMemberId: member });
    await create(ledger, { ...f, session: 3, receivedDate: '2026-01-08' });
    const a = await create(ledger, f);
    const r = await ledger.proposals.editProposal(a, { ...f, session: 3, receivedDate: '2026-01-08' });
    expect(r.ok && [r.proposal.number, r.proposal.sessionKey, r.proposal.year]).toEqual([2, '9-3', 2026]);
    expect(r.ok && r.proposal.history.at(-1)?.note).toContain('案号由第1号改为第2号');
    expect((await ledger.proposals.applyProposalTransition(a, { kind: 'accept', input: { note: '' } }, '2026-02-10')).ok).toBe(true);
    const locked = await ledger.proposals.editProposal(a, { ...f, session: 2 });
    expect(!locked.ok && locked.errors.session).toContain('届次会议不能再改');
    expect((await ledger.proposals.getProposal(a))?.sessionKey).toBe('9-3');
  });
});

describe('key proposals, units and awards', () => {
  it('shows the proposals an activity 督办s from the activity’s side', async () => {
    const { ledger, id: member } = await withMember();
    const activity = await ledger.activities.saveActivity(undefined, { fields: { ...emptyActivityFields('2025-05-10'), title: '重点提案督办视察', type: '视察' }, participants: [] });
    if (!activity.ok) throw new Error(JSON.stringify(activity.errors));
    const a = await create(ledger, proposalFields({ leadMemberId: member }));
    const b = await create(ledger, proposalFields({ leadMemberId: member, title: '关于农村饮水安全的建议' }));
    await ok(ledger, a, 'accept', { note: '' });
    await ok(ledger, b, 'accept', { note: '' });
    await ok(ledger, b, 'key', { key: true, leaders: ['张主席'], activityIds: [activity.value.id] });
    expect((await ledger.proposals.listProposalsSupervisedBy(activity.value.id)).map((p) => p.title)).toEqual(['关于农村饮水安全的建议']);
    await ledger.proposals.deleteProposal(b);
    expect(await ledger.proposals.listProposalsSupervisedBy(activity.value.id)).toEqual([]);
  });

  it('loads the per-unit table of a session', async () => {
    const { ledger, id: member } = await withMember();
    const a = await create(ledger, proposalFields({ leadMemberId: member }));
    await ok(ledger, a, 'accept', { note: '' });
    await ok(ledger, a, 'assign', assign(FGJ, [CZJ]));
    await ok(ledger, a, 'reply', reply(CZJ, 'B'));
    expect(await ledger.proposals.loadUnitTable({ kind: 'session', sessionKey: '9-2' })).toEqual([
      { unit: CZJ, main: 0, co: 1, replied: 1, onTime: 1, late: 0, notReplied: 0, byClass: { B: 1 } },
      { unit: FGJ, main: 1, co: 0, replied: 0, onTime: 0, late: 0, notReplied: 1, byClass: {} },
    ]);
  });

  it('names 先进承办单位 per year, kept when the handling settings are saved', async () => {
    const { ledger } = await withMember();
    expect(await ledger.proposals.setAdvancedUnit(2025, '县外星局', true)).toEqual({ ok: false, errors: { unit: '“县外星局”不在单位字典中' } });
    expect((await ledger.proposals.setAdvancedUnit(2025, FGJ, true)).ok).toBe(true);
    expect((await ledger.proposals.setAdvancedUnit(2024, CZJ, true)).ok).toBe(true);
    await ledger.proposals.saveProposalSettings({ dueMonths: 6, replyScheme: 'ABCD', separateRatings: false });
    expect(await ledger.proposals.loadProposalSettings()).toEqual({
      dueMonths: 6, replyScheme: 'ABCD', separateRatings: false, advancedUnits: [{ year: 2024, units: [CZJ] }, { year: 2025, units: [FGJ] }],
    });
    await ledger.proposals.setAdvancedUnit(2025, FGJ, false);
    expect((await ledger.proposals.loadProposalSettings()).advancedUnits).toEqual([{ year: 2024, units: [CZJ] }]);
  });
});

describe('proposal attachments', () => {
  it('keeps the proposal’s text and a reply’s letter through a backup, and refuses a letter whose reply is gone', async () => {
    const { ledger, id: member } = await withMember();
    const id = await create(ledger, proposalFields({ leadMemberId: member }));
    await ok(ledger, id, 'accept', { note: '' });
    await ok(ledger, id, 'assign', assign(FGJ));
    await ok(ledger, id, 'reply', reply(FGJ, 'A'));
    const replyId = (await ledger.proposals.getProposal(id))!.replies[0]!.id;
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect((await ledger.attachments.addAttachment({ kind: 'proposal', id }, { name: '提案原件.pdf', mime: 'application/pdf', data: bytes('原件') })).ok).toBe(true);
    expect((await ledger.attachments.addAttachment({ kind: 'proposal-reply', id: replyId }, { name: '答复函.pdf', mime: 'application/pdf', data: bytes('答复') })).ok).toBe(true);
    expect((await ledger.attachments.listAttachments(replyId)).map((a) => a.name)).toEqual(['答复函.pdf']);

    const stored = await ledger.backup.readWholeLedger();
    const parsed = await parseBackup(await serializeBackup(stored, TEST_BACKUP_META));
    if (!parsed.ok) throw new Error(parsed.message);
    const fresh = await openTestLedger({ setUp: false });
    await fresh.backup.replaceWholeLedger(parsed.ledger);
    expect((await fresh.attachments.listAttachments(id)).map((a) => a.name)).toEqual(['提案原件.pdf']);
    expect((await fresh.attachments.readAttachment((await fresh.attachments.listAttachments(replyId))[0]!.id))?.data).toEqual(bytes('答复'));

    const orphan = { ...stored, proposals: stored.proposals.map((p) => ({ ...p, replies: [] })) };
    const refused = await parseBackup(await serializeBackup(orphan, TEST_BACKUP_META));
    // Rows come in id order, so the letter may be the first or the second attachment.
    const k = orphan.attachments.findIndex((a) => a.name === '答复函.pdf') + 1;
    expect(!refused.ok && refused.message).toBe(`备份文件中第${k}条附件（答复函.pdf）所属的提案答复不存在`);

    // Purged for good from the recycle bin, the proposal takes its files with it, so a backup still restores.
    // (A later proposal holds the session's highest 案号, so this one may be purged.)
    await create(ledger, proposalFields({ leadMemberId: member, title: '关于城区绿化的建议' }));
    await ledger.proposals.deleteProposal(id);
    expect((await ledger.recycleBin.purgeFromBin('proposals', id)).ok).toBe(true);
    expect(await ledger.db.attachments.count()).toBe(0);
    expect((await parseBackup(await serializeBackup(await ledger.backup.readWholeLedger(), TEST_BACKUP_META))).ok).toBe(true);
  });
});

describe('the day a step was taken', () => {
  it('is recorded as given, and refused after today or before the proposal came in', async () => {
    const { ledger, id: member } = await withMember();
    const id = await create(ledger, proposalFields({ leadMemberId: member, receivedDate: '2025-01-10' }));
    expect(await ledger.proposals.applyProposalTransition(id, { kind: 'accept', input: { note: '' } }, '2099-01-01')).toEqual({ ok: false, errors: { stepDate: '办理日期不能晚于今天' } });
    expect(await ledger.proposals.applyProposalTransition(id, { kind: 'accept', input: { note: '' } }, '2025-01-09')).toEqual({ ok: false, errors: { stepDate: '办理日期不能早于收到日期2025年1月10日' } });
    const accepted = await ledger.proposals.applyProposalTransition(id, { kind: 'accept', input: { note: '' } }, '2025-01-20');
    expect(accepted.ok && accepted.proposal.history.at(-1)).toMatchObject({ action: '立案', date: '2025-01-20' });
  });
});

describe('a 案号 is never reused', () => {
  it('keeps the holder of a session\'s highest 案号 in the recycle bin, and purges the others', async () => {
    const { ledger, id: member } = await withMember();
    const first = await create(ledger, proposalFields({ leadMemberId: member }));
    const second = await create(ledger, proposalFields({ leadMemberId: member, title: '关于农村饮水安全的建议' }));
    await ledger.proposals.deleteProposal(first);
    await ledger.proposals.deleteProposal(second);
    const refused = await ledger.recycleBin.purgeFromBin('proposals', second);
    expect(refused).toEqual({ ok: false, message: '第2号是九届二次会议目前最大的案号，彻底删除后这个案号会被下一件新提案重复使用，因此保留在回收站' });
    expect((await ledger.recycleBin.purgeFromBin('proposals', first)).ok).toBe(true);
    const third = await ledger.proposals.createProposal(proposalFields({ leadMemberId: member, title: '关于城区绿化的建议' }));
    expect(third.ok && third.value.number).toBe(3);
  });
});
