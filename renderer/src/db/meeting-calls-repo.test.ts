// Whom a meeting calls, per activity type, as stored with the settings: the defaults are the
// program's fixed lists of before, a type's setting changes who is filled, renaming the type keeps
// it, bad input changes nothing, and settings stored before the setting existed still load.
import { describe, expect, it } from 'vitest';
import { openTestLedger, storesHash } from './test-support';
import { emptyMemberFields, type MemberFields } from '../domain/members/member';
import { settingsRecordSchema } from '../domain/settings/committee-settings';
import type { LedgerRepositories } from './ledger-repositories';

const DATE = '2025-03-05';

async function roll(repos: LedgerRepositories): Promise<void> {
  const people: [string, MemberFields['role'], string][] = [
    ['王明', '主席', '中共'], ['李华', '副主席', '教育界'], ['张强', '秘书长', '中共'], ['赵敏', '常委', '农业界'], ['刘洋', '委员', '教育界'], ['陈静', '委员', '经济界'],
  ];
  for (const [name, role, sector] of people) {
    const r = await repos.members.createMember({ ...emptyMemberFields(9), name, role, sector });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
  }
}

const names = async (repos: LedgerRepositories, typeName: string) => (await repos.meetingCalls.loadCalledMembers(typeName, DATE))?.map((m) => m.name).sort() ?? null;
const codeOf = async (repos: LedgerRepositories, name: string) => (await repos.dictionary.listDictionaryEntries()).find((e) => e.kind === 'activityType' && e.name === name)!;

describe('who a meeting calls, stored per activity type', () => {
  it('by default fills as before: 全体会议 everyone serving, 常委会议 the 常委会组成人员, 主席会议 the chairs, others nobody', async () => {
    const repos = await openTestLedger();
    await roll(repos);
    expect(await repos.meetingCalls.loadMeetingCalls()).toEqual({});
    expect(await names(repos, '全体会议')).toEqual(['刘洋', '张强', '李华', '王明', '赵敏', '陈静'].sort());
    expect(await names(repos, '常委会议')).toEqual(['张强', '李华', '王明', '赵敏'].sort());
    expect(await names(repos, '主席会议')).toEqual(['张强', '李华', '王明'].sort());
    expect(await names(repos, '视察')).toBeNull();
    expect(await names(repos, '秘书长会议')).toBeNull();
  });

  it('a type’s setting changes who is filled, and renaming the type keeps it', async () => {
    const repos = await openTestLedger();
    await roll(repos);
    const standing = await codeOf(repos, '常委会议');
    expect(await repos.meetingCalls.saveMeetingCall(standing.code!, { kind: 'chairs' })).toMatchObject({ ok: true });
    const research = await codeOf(repos, '调研');
    expect(await repos.meetingCalls.saveMeetingCall(research.code!, { kind: 'sectors', sectors: ['教育界'] })).toMatchObject({ ok: true });
    expect(await names(repos, '常委会议')).toEqual(['张强', '李华', '王明'].sort());
    expect(await names(repos, '调研')).toEqual(['刘洋', '李华'].sort());
    expect(await names(repos, '全体会议')).toHaveLength(6);

    expect(await repos.dictionary.renameDictionaryEntry(standing.id, '常务委员会会议')).toMatchObject({ ok: true });
    expect(await names(repos, '常务委员会会议')).toEqual(['张强', '李华', '王明'].sort());
    expect(await repos.meetingCalls.loadMeetingCalls()).toEqual({ standing: { kind: 'chairs' }, research: { kind: 'sectors', sectors: ['教育界'] } });
  });

  it('refuses an unknown 界别, a type not in the dictionary and a rule it does not know, leaving the ledger as it was', async () => {
    const repos = await openTestLedger();
    const plenary = await codeOf(repos, '全体会议');
    const before = await storesHash(repos);
    expect(await repos.meetingCalls.saveMeetingCall(plenary.code!, { kind: 'sectors', sectors: ['天文界'] })).toEqual({ ok: false, errors: { sectors: '界别字典中没有“天文界”' } });
    expect(await repos.meetingCalls.saveMeetingCall(plenary.code!, { kind: 'sectors', sectors: [] })).toMatchObject({ ok: false, errors: { sectors: '请选择至少一个界别' } });
    expect(await repos.meetingCalls.saveMeetingCall('custom-nothing', { kind: 'all' })).toEqual({ ok: false, errors: { code: '该活动类型不存在或已删除' } });
    expect(await repos.meetingCalls.saveMeetingCall(plenary.code!, { kind: 'everyone' })).toMatchObject({ ok: false });
    expect(await storesHash(repos)).toBe(before);
  });

  it('settings stored before the setting existed still load, and a stored setting reads back', async () => {
    const repos = await openTestLedger();
    const stored = (await repos.settings.getSettings())!;
    expect(stored.meetingCalls).toBeUndefined();
    expect(settingsRecordSchema.safeParse(stored).success).toBe(true);
    expect(settingsRecordSchema.safeParse({ ...stored, meetingCalls: { plenary: { kind: 'none' }, 'custom-a1': { kind: 'sectors', sectors: ['教育界'] } } }).success).toBe(true);
    expect(settingsRecordSchema.safeParse({ ...stored, meetingCalls: { plenary: { kind: 'sectors' } } }).success).toBe(false);
  });
});
