// The year switcher's years come from activities, proposals and 社情民意 alike.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { emptyMemberFields } from '../domain/members/member';
import { emptyActivityFields } from '../domain/activities/activity';
import { proposalFields } from '../domain/proposals/proposal-fixtures';

describe('the years of the ledger', () => {
  it('lists each year that holds an activity, a proposal or a 社情民意 item, newest first', async () => {
    const ledger = await openTestLedger();
    expect(await ledger.years.listLedgerYears()).toEqual([]);
    const member = await ledger.members.createMember({ ...emptyMemberFields(9), name: '王明' });
    if (!member.ok) throw new Error('member');
    const activity = await ledger.activities.saveActivity(undefined, { fields: { ...emptyActivityFields('2023-05-01'), title: '视察县人民医院', type: '视察' }, participants: [] });
    expect(activity.ok).toBe(true);
    const proposal = await ledger.proposals.createProposal(proposalFields({ leadMemberId: member.value.id, receivedDate: '2021-01-10' }));
    expect(proposal.ok).toBe(true);
    const opinion = await ledger.opinions.saveOpinion(undefined, { title: '关于路灯的建议', memberIds: [member.value.id], groups: [], receivedDate: '2024-03-02', text: '' });
    expect(opinion.ok).toBe(true);
    expect(await ledger.years.listLedgerYears()).toEqual([2024, 2023, 2021]);
    // A second record of a year adds no second entry.
    await ledger.opinions.saveOpinion(undefined, { title: '关于公交站的建议', memberIds: [member.value.id], groups: [], receivedDate: '2023-07-02', text: '' });
    expect(await ledger.years.listLedgerYears()).toEqual([2024, 2023, 2021]);
  });
});
