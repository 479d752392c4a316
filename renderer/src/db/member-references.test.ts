// A member named in an activity, a proposal and a pairing: the deletion question counts each, the
// deletion is soft, and restoring the member brings every link back as it was.
import { describe, expect, it } from 'vitest';
import { addTestMembers, openTestLedger, storesHash } from './test-support';
import { emptyActivityFields } from '../domain/activities/activity';
import { proposalFields } from '../domain/proposals/proposal-fixtures';

describe('what refers to a member', () => {
  it('counts attendance, proposals (as proposer or co-signer) and pairings, and a restore loses nothing', async () => {
    const ledger = await openTestLedger();
    const ids = await addTestMembers(ledger, ['王明', '李华']);
    const [wang, li] = ids as [string, string];
    const both = [{ memberId: wang, status: '出席', reason: '' }, { memberId: li, status: '请假', reason: '出差' }];
    for (const title of ['视察县人民医院', '调研乡村道路']) {
      const saved = await ledger.activities.saveActivity(undefined, { fields: { ...emptyActivityFields('2025-04-10'), title, type: '视察' }, participants: both });
      if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    }
    for (const fields of [proposalFields({ leadMemberId: wang }), proposalFields({ leadMemberId: li, proposerKind: '联名', coSignerIds: [wang], title: '关于校园安全的建议' })]) {
      const r = await ledger.proposals.createProposal(fields);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
    }
    const pairing = await ledger.pairings.savePairing(undefined, { linkKind: '委员', memberId: wang, sector: '', village: '平安村', households: ['韦大'], startDate: '2025-01-01', note: '' });
    if (!pairing.ok) throw new Error('pairing');

    expect(await ledger.members.memberReferences(wang)).toEqual(['2项活动', '2件提案', '1项结对帮扶']);
    expect(await ledger.members.memberReferences(li)).toEqual(['2项活动', '1件提案']);

    const before = await storesHash(ledger, ['members', 'history']);
    const memberBefore = await ledger.members.getMember(wang);
    await ledger.members.deleteMember(wang);
    // Soft: every record that names him is untouched, and the bin refuses to purge him.
    expect(await storesHash(ledger, ['members', 'history'])).toBe(before);
    expect(await ledger.recycleBin.purgeFromBin('members', wang)).toEqual({ ok: false, message: '该委员出现在2项活动和2件提案和1项结对帮扶中，彻底删除后这些记录将缺少这位委员，因此保留在回收站' });
    await ledger.recycleBin.restoreFromBin('members', wang);
    expect(await storesHash(ledger, ['members', 'history'])).toBe(before);
    const { updatedAt: _, ...restored } = (await ledger.members.getMember(wang))!;
    const { updatedAt: __, ...original } = memberBefore!;
    expect(restored).toEqual(original);
    expect((await ledger.members.listMemberParticipation(wang)).map((p) => p.activity.title).sort()).toEqual(['视察县人民医院', '调研乡村道路']);
  });
});
