import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { emptyMemberFields } from '../domain/members/member';
import { emptyActivityFields } from '../domain/activities/activity';
import type { LedgerRepositories } from './ledger-repositories';

async function addMembers(ledger: LedgerRepositories, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const r = await ledger.members.createMember({ ...emptyMemberFields(9), name });
    if (!r.ok) throw new Error('member');
    ids.push(r.value.id);
  }
  return ids;
}

const inspection = (extra: Record<string, unknown> = {}) => ({ ...emptyActivityFields('2025-04-10'), title: '视察县人民医院', type: '视察', ...extra });

describe('activities repository', () => {
  it('saves an inspection with 8 participants, one 请假, and lists it for its year', async () => {
    const ledger = await openTestLedger();
    const ids = await addMembers(ledger, ['甲一', '乙二', '丙三', '丁四', '戊五', '己六', '庚七', '辛八']);
    const participants = ids.map((memberId, i) => ({ memberId, status: i === 3 ? '请假' : '出席', reason: i === 3 ? '外出学习' : '' }));
    const saved = await ledger.activities.saveActivity(undefined, { fields: inspection(), participants });
    expect(saved.ok).toBe(true);
    const list = await ledger.activities.listActivities(2025);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ title: '视察县人民医院', year: 2025, expected: 8, present: 7 });
    expect(await ledger.activities.listActivities(2024)).toEqual([]);
    const byType = await ledger.activities.listActivities(2025, { type: '调研' });
    expect(byType).toEqual([]);
  });

  it('keeps a 批示 row\'s id when the form saves it again, stamps the one edited, and leaves the one taken off as a tombstone', async () => {
    const ledger = await openTestLedger();
    const ins = (leader: string, text = '') => ({ level: '县' as const, leader, date: '2025-04-20', text });
    const first = await ledger.activities.saveActivity(undefined, { fields: { ...inspection(), instructions: [ins('县长'), ins('副县长'), ins('县委书记')] }, participants: [] });
    if (!first.ok) throw new Error('save');
    const [kept, edited, removed] = first.value.instructions;
    // As the form sends them back: each row shown with its id, one changed, one taken off.
    const again = await ledger.activities.saveActivity(first.value.id, {
      fields: { ...inspection(), instructions: [{ ...ins('县长'), id: kept!.id }, { ...ins('副县长', '请抓紧落实。'), id: edited!.id }] }, participants: [],
    });
    if (!again.ok) throw new Error('save again');
    const stored = (await ledger.db.activities.get(first.value.id))!.instructions;
    expect(stored.find((i) => i.id === kept!.id)).toEqual(kept);
    expect(stored.find((i) => i.id === edited!.id)).toMatchObject({ text: '请抓紧落实。', createdAt: edited!.createdAt, deletedAt: null });
    expect(stored.find((i) => i.id === edited!.id)!.updatedAt).toBe(again.value.updatedAt);
    expect(stored.find((i) => i.id === removed!.id)).toMatchObject({ leader: '县委书记', deletedAt: again.value.updatedAt });
    expect(stored).toHaveLength(3);
  });

  it('keeps attendance row ids on edit and soft-deletes a participant taken off', async () => {
    const ledger = await openTestLedger();
    const [a, b] = await addMembers(ledger, ['甲一', '乙二']);
    const first = await ledger.activities.saveActivity(undefined, { fields: inspection(), participants: [{ memberId: a!, status: '出席', reason: '' }, { memberId: b!, status: '出席', reason: '' }] });
    if (!first.ok) throw new Error('save');
    const before = await ledger.activities.getActivity(first.value.id);
    const rowA = before!.participants.find((p) => p.memberId === a)!;
    const second = await ledger.activities.saveActivity(first.value.id, { fields: inspection({ startDate: '2026-01-05', endDate: '2026-01-05' }), participants: [{ memberId: a!, status: '请假', reason: '病假' }] });
    expect(second.ok).toBe(true);
    const after = await ledger.activities.getActivity(first.value.id);
    expect(after!.participants).toHaveLength(1);
    expect(after!.participants[0]).toMatchObject({ id: rowA.id, status: '请假', reason: '病假' });
    expect(after!.activity.year).toBe(2026);
    expect(after!.activity.memberIds).toEqual([a]);
    expect(after!.activity.participants.find((r) => r.memberId === b)!.deletedAt).not.toBeNull();
    expect(await ledger.members.listMemberParticipation(b!)).toEqual([]);
  });

  it('still saves an activity whose participant, type and organizer were deleted since, but refuses new uses', async () => {
    const ledger = await openTestLedger();
    const [a, b] = await addMembers(ledger, ['甲一', '乙二']);
    const saved = await ledger.activities.saveActivity(undefined, {
      fields: inspection({ organizerKind: '乡镇', organizer: '龙岸镇' }), participants: [{ memberId: a!, status: '出席', reason: '' }],
    });
    if (!saved.ok) throw new Error('save');
    await ledger.members.deleteMember(a!);
    const entries = await ledger.dictionary.listDictionaryEntries();
    for (const e of entries.filter((x) => (x.kind === 'activityType' && x.name === '视察') || (x.kind === 'township' && x.name === '龙岸镇'))) {
      await ledger.dictionary.deleteDictionaryEntry(e.id);
    }
    const edited = await ledger.activities.saveActivity(saved.value.id, {
      fields: inspection({ title: '视察县人民医院（改）', organizerKind: '乡镇', organizer: '龙岸镇' }), participants: [{ memberId: a!, status: '出席', reason: '' }],
    });
    expect(edited.ok).toBe(true);
    expect((await ledger.figures.loadHomeFigures(2025)).byType).toEqual([{ type: '视察', count: 1 }]);
    const fresh = await ledger.activities.saveActivity(undefined, { fields: inspection(), participants: [{ memberId: b!, status: '出席', reason: '' }] });
    expect(!fresh.ok && fresh.errors['fields.type']).toBe('活动类型“视察”不在字典中，请先在设置中添加');
    const newDeleted = await ledger.activities.saveActivity(saved.value.id, {
      fields: inspection({ organizerKind: '乡镇', organizer: '龙岸镇' }), participants: [{ memberId: a!, status: '出席', reason: '' }, { memberId: 'ghost', status: '出席', reason: '' }],
    });
    expect(!newDeleted.ok && newDeleted.errors['participants.1.memberId']).toBe('第2位参加人员不在委员名单中');
  });

  it('writes nothing when the input is refused', async () => {
    const ledger = await openTestLedger();
    const [a] = await addMembers(ledger, ['甲一']);
    const r = await ledger.activities.saveActivity(undefined, { fields: inspection({ endDate: '2025-04-01' }), participants: [{ memberId: a!, status: '出席', reason: '' }] });
    expect(r.ok).toBe(false);
    expect(await ledger.db.activities.count()).toBe(0);
  });

  it('deletes an activity with its rows and attachments, and restores them together', async () => {
    const ledger = await openTestLedger();
    const [a] = await addMembers(ledger, ['甲一']);
    const saved = await ledger.activities.saveActivity(undefined, { fields: inspection(), participants: [{ memberId: a!, status: '出席', reason: '' }] });
    if (!saved.ok) throw new Error('save');
    const id = saved.value.id;
    const added = await ledger.attachments.addAttachment({ kind: 'activity', id }, { name: '现场照片.jpg', mime: 'image/jpeg', data: new Uint8Array([1, 2, 3]) });
    expect(added.ok).toBe(true);
    await ledger.activities.deleteActivity(id);
    expect(await ledger.activities.listActivities(2025)).toEqual([]);
    expect(await ledger.members.listMemberParticipation(a!)).toEqual([]);
    const bin = await ledger.recycleBin.listRecycleBin();
    expect(bin.map((i) => [i.kind, i.title])).toEqual([['activities', '视察县人民医院']]);
    await ledger.recycleBin.restoreFromBin('activities', id);
    expect((await ledger.activities.listActivities(2025))[0]).toMatchObject({ expected: 1, present: 1 });
    expect(await ledger.attachments.listAttachments(id)).toHaveLength(1);
    expect(await ledger.recycleBin.listRecycleBin()).toEqual([]);
  });

  it('refuses an attachment over the size limit with a clear message, and writes nothing', async () => {
    const ledger = await openTestLedger();
    const r = await ledger.attachments.addAttachment({ kind: 'activity', id: 'x' }, { name: '录像.pdf', mime: 'application/pdf', data: new Uint8Array(21 * 1024 * 1024) });
    expect(r).toEqual({ ok: false, message: '“录像.pdf”有 21.0 MB，超过单个附件 20.0 MB 的上限，请压缩后再添加' });
    const exe = await ledger.attachments.addAttachment({ kind: 'activity', id: 'x' }, { name: 'setup.exe', mime: '', data: new Uint8Array(3) });
    expect(exe.ok).toBe(false);
    expect(await ledger.db.attachments.count()).toBe(0);
  });
});

describe('recycle bin, search and member participation', () => {
  it('purges only after delete, and for good', async () => {
    const ledger = await openTestLedger();
    const [a] = await addMembers(ledger, ['甲一']);
    await ledger.recycleBin.purgeFromBin('members', a!);
    expect(await ledger.members.getMember(a!)).toBeDefined();
    await ledger.members.deleteMember(a!);
    expect(await ledger.members.listMembers()).toEqual([]);
    await ledger.recycleBin.purgeFromBin('members', a!);
    expect(await ledger.db.members.count()).toBe(0);
  });

  it('keeps a member named on an activity in the bin, so the ledger never points at nobody', async () => {
    const ledger = await openTestLedger();
    const [a] = await addMembers(ledger, ['甲一']);
    await ledger.activities.saveActivity(undefined, { fields: inspection(), participants: [{ memberId: a!, status: '出席', reason: '' }] });
    await ledger.members.deleteMember(a!);
    expect(await ledger.recycleBin.purgeFromBin('members', a!)).toEqual({
      ok: false, message: '该委员出现在1项活动中，彻底删除后这些记录将缺少这位委员，因此保留在回收站',
    });
    const emptied = await ledger.recycleBin.emptyRecycleBin();
    expect(emptied.purged).toBe(0);
    expect(emptied.kept.map((k) => k.title)).toEqual(['甲一']);
    expect(await ledger.db.members.count()).toBe(1);
  });

  it('finds members and activities across years, not deleted ones', async () => {
    const ledger = await openTestLedger();
    const [a, b] = await addMembers(ledger, ['王明', '王强']);
    await ledger.members.deleteMember(b!);
    await ledger.activities.saveActivity(undefined, { fields: inspection({ title: '王村饮水工程视察', startDate: '2023-05-01', endDate: '2023-05-01' }), participants: [] });
    const hits = await ledger.search.searchLedger('王');
    expect(hits.map((h) => [h.kind, h.title])).toEqual([['member', '王明'], ['activity', '王村饮水工程视察']]);
    expect(hits[0]!.id).toBe(a);
    expect(await ledger.search.searchLedger('  ')).toEqual([]);
  });

  it('shows what a member took part in, per year', async () => {
    const ledger = await openTestLedger();
    const [a] = await addMembers(ledger, ['甲一']);
    await ledger.activities.saveActivity(undefined, { fields: inspection(), participants: [{ memberId: a!, status: '出席', reason: '' }] });
    await ledger.activities.saveActivity(undefined, { fields: inspection({ title: '去年调研', type: '调研', startDate: '2024-06-01', endDate: '2024-06-01' }), participants: [{ memberId: a!, status: '缺席', reason: '' }] });
    expect((await ledger.members.listMemberParticipation(a!, 2025)).map((p) => p.activity.title)).toEqual(['视察县人民医院']);
    expect((await ledger.members.listMemberParticipation(a!)).map((p) => p.attendance.status)).toEqual(['出席', '缺席']);
  });

  it('lists the years that hold activities, newest first', async () => {
    const ledger = await openTestLedger();
    await ledger.activities.saveActivity(undefined, { fields: inspection(), participants: [] });
    await ledger.activities.saveActivity(undefined, { fields: inspection({ startDate: '2023-02-01', endDate: '2023-02-01' }), participants: [] });
    expect(await ledger.activities.listActivityYears()).toEqual([2025, 2023]);
  });
});
