import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { emptyMemberFields } from '../domain/members/member';
import { emptyActivityFields } from '../domain/activities/activity';
import { smallSampleSize } from '../domain/sample/generate-ledger';

const SAMPLE_SIZE_SMALL = smallSampleSize('2025-06-30');

describe('first-run setup', () => {
  it('refuses an incomplete committee at its fields and writes nothing', async () => {
    const ledger = await openTestLedger({ setUp: false });
    const r = await ledger.settings.saveCommitteeSettings({ name: '', shortName: '县政协', level: '镇', term: 9, sessions: [], operator: '' });
    expect(r.ok).toBe(false);
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['level', 'name', 'operator']);
    expect(await ledger.settings.getSettings()).toBeUndefined();
    expect(await ledger.db.dictionary.count()).toBe(0);
  });

  it('saves the committee and the default dictionaries', async () => {
    const ledger = await openTestLedger();
    const dicts = await ledger.dictionary.loadDictionaries();
    expect(dicts.sector).toContain('无党派人士');
    expect(dicts.activityType).toContain('委员履职主题实践活动');
    expect((await ledger.dictionary.loadActivityCategories()).get('常委会议')).toBe('会议');
  });

  it('adds a dictionary entry once, and soft-deletes it', async () => {
    const ledger = await openTestLedger();
    const added = await ledger.dictionary.addDictionaryEntry('sector', '港澳台侨');
    expect(added.ok).toBe(true);
    expect(await ledger.dictionary.addDictionaryEntry('sector', '港澳台侨')).toEqual({ ok: false, message: '界别“港澳台侨”已存在' });
    expect(await ledger.dictionary.addDictionaryEntry('activityType', '座谈')).toEqual({ ok: false, message: '请为活动类型选择类别' });
    if (added.ok) await ledger.dictionary.deleteDictionaryEntry(added.entry.id);
    expect((await ledger.dictionary.loadDictionaries()).sector).not.toContain('港澳台侨');
  });
});

describe('示例数据', () => {
  it('loaded into an office set up already, speaks of the office’s own 政府 in its notes and follow-ups', async () => {
    const ledger = await openTestLedger({ setUp: false });
    const saved = await ledger.settings.saveCommitteeSettings({ name: '临江市政协', shortName: '市政协', level: '市', term: 9, sessions: [{ number: 1, date: '2022-01-08' }], operator: '王文' }, ['江城街道']);
    expect(saved.ok).toBe(true);
    await ledger.sample.loadSampleLedger(SAMPLE_SIZE_SMALL);
    const notes = await ledger.db.yearNotes.toArray();
    const followUps = (await ledger.db.plans.toArray()).map((p) => p.followUp.note).filter((n) => n);
    expect(notes.map((n) => n.nextSteps).join('')).toContain('会同市政府督查室');
    expect(followUps.length).toBeGreaterThan(0);
    for (const text of [...notes.flatMap((n) => [n.problems, n.nextSteps]), ...followUps]) expect(text).not.toContain('县政府');
  });

  it('loads on a new ledger and is removed in one step, back to first run', async () => {
    const ledger = await openTestLedger({ setUp: false });
    await ledger.sample.loadSampleLedger();
    expect((await ledger.settings.getSettings())?.sampleLoaded).toBe(true);
    expect(await ledger.db.members.count()).toBe(SAMPLE_SIZE_SMALL.members);
    expect(await ledger.db.activities.count()).toBe(SAMPLE_SIZE_SMALL.activitiesPerYear);
    expect(await ledger.db.proposals.count()).toBe(SAMPLE_SIZE_SMALL.proposalsPerYear);
    await ledger.sample.removeSampleLedger();
    expect(await ledger.settings.getSettings()).toBeUndefined();
    expect(await ledger.db.members.count()).toBe(0);
    expect(await ledger.db.activities.count()).toBe(0);
    expect(await ledger.db.proposals.count()).toBe(0);
  });

  it('leaves the office’s own records when removed from a ledger in use', async () => {
    const ledger = await openTestLedger();
    await ledger.members.createMember({ ...emptyMemberFields(9), name: '真委员' });
    await ledger.sample.loadSampleLedger();
    await ledger.sample.removeSampleLedger();
    expect((await ledger.members.listMembers()).map((m) => m.name)).toEqual(['真委员']);
    expect((await ledger.settings.getSettings())?.sampleLoaded).toBe(false);
    expect((await ledger.settings.getSettings())?.committee.name).toBe('罗城仫佬族自治县政协');
  });
});

describe('示例数据 on the office’s own activity', () => {
  it('takes a sample member off a real activity’s list when the sample is removed', async () => {
    const ledger = await openTestLedger();
    const real = await ledger.members.createMember({ ...emptyMemberFields(9), name: '真委员' });
    if (!real.ok) throw new Error('member');
    await ledger.sample.loadSampleLedger();
    const sampleMember = (await ledger.members.listMembers()).find((m) => m.isSample)!;
    const saved = await ledger.activities.saveActivity(undefined, {
      fields: { ...emptyActivityFields('2025-04-10'), title: '真活动', type: '视察' },
      participants: [{ memberId: real.value.id, status: '出席', reason: '' }, { memberId: sampleMember.id, status: '出席', reason: '' }],
    });
    if (!saved.ok) throw new Error('activity');
    await ledger.sample.removeSampleLedger();
    const after = await ledger.activities.getActivity(saved.value.id);
    expect(after?.participants.map((p) => p.memberId)).toEqual([real.value.id]);
    expect(after?.activity.memberIds).toEqual([real.value.id]);
  });
});

describe('示例数据 that set the ledger up, then used for real', () => {
  it('keeps the settings and dictionaries when the office’s own records remain', async () => {
    const ledger = await openTestLedger({ setUp: false });
    await ledger.sample.loadSampleLedger();
    const own = await ledger.members.createMember({ ...emptyMemberFields(9), name: '真委员', sector: '教育界' });
    expect(own.ok).toBe(true);
    await ledger.sample.removeSampleLedger();
    expect((await ledger.members.listMembers()).map((m) => m.name)).toEqual(['真委员']);
    expect((await ledger.settings.getSettings())?.sampleLoaded).toBe(false);
    expect((await ledger.dictionary.loadDictionaries()).sector).toContain('教育界');
  });
});
