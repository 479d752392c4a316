// The plan repository against a fresh database per test: entering an item, linking the activity
// that fulfils it, recording its steps, what the home screen lists, the figures, the recycle bin,
// the steps of an activity recorded without a plan, and the year's own words. A refused input
// leaves the table exactly as it was.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { emptyActivityFields } from '../domain/activities/activity';

const item = (extra: Record<string, unknown> = {}) => ({
  year: 2025, kind: '视察', title: '视察城区停车场建设', plannedMonth: 3, plannedDate: '2025-03-20', organizer: '经济委员会', leader: '陈刚', ...extra,
});

async function activity(ledger: LedgerRepositories, type: string, date: string): Promise<string> {
  const r = await ledger.activities.saveActivity(undefined, { fields: { ...emptyActivityFields(date), title: `${type}活动`, type }, participants: [] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.id;
}

async function plan(ledger: LedgerRepositories, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await ledger.plans.savePlan(undefined, item(extra));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.id;
}

const snapshot = async (ledger: LedgerRepositories) => JSON.stringify(await ledger.db.plans.toArray());

describe('plans repository', () => {
  it('enters an item and refuses bad input without writing', async () => {
    const ledger = await openTestLedger();
    const id = await plan(ledger);
    const before = await snapshot(ledger);
    expect(await ledger.plans.savePlan(id, item({ kind: '跳舞' }))).toEqual({ ok: false, errors: { kind: '类别“跳舞”不在字典中，请先在设置中添加' } });
    expect(await ledger.plans.savePlan(undefined, item({ plannedDate: '2025-04-01' }))).toEqual({ ok: false, errors: { plannedDate: '计划日期应在计划月份（3月）内' } });
    expect(await ledger.plans.setStepDone(id, 'scheme', { date: '2025-03-02' }, '2025-03-01')).toEqual({ ok: false, errors: { date: '方案完成日期不能晚于今天' } });
    expect(await ledger.plans.saveFollowUp(id, { date: '2025-03-01', note: '' }, '2025-03-05')).toEqual({ ok: false, errors: { date: '请先关联已开展的活动，再填写跟踪日期' } });
    expect(await snapshot(ledger)).toBe(before);
    expect((await ledger.plans.getPlan(id))?.item).toMatchObject({ kind: '视察', plannedMonth: 3, activityId: null, unplanned: false, steps: { scheme: null, notice: null, materials: null } });
  });

  it('links one item per activity, of the item’s year, not before the steps already done', async () => {
    const ledger = await openTestLedger();
    const a = await activity(ledger, '视察', '2025-03-18');
    const old = await activity(ledger, '视察', '2024-03-18');
    const p1 = await plan(ledger);
    const p2 = await plan(ledger, { title: '另一项' });
    expect(await ledger.plans.linkActivity(p1, old)).toEqual({ ok: false, errors: { activityId: '所选活动在2024年，不在本工作要点的2025年内' } });
    expect((await ledger.plans.linkActivity(p1, a)).ok).toBe(true);
    expect(await ledger.plans.linkActivity(p2, a)).toEqual({ ok: false, errors: { activityId: '该活动已关联工作要点“视察城区停车场建设”' } });
    const row = await ledger.plans.getPlan(p1);
    // The held activity's date wins over the planned one.
    expect(row?.activityDate).toBe('2025-03-18');
    expect(row?.activity).toMatchObject({ id: a, deleted: false });
    expect((await ledger.plans.setStepDone(p2, 'materials', { date: '2025-03-19' }, '2025-04-01')).ok).toBe(true);
    const late = await activity(ledger, '视察', '2025-03-10');
    expect(await ledger.plans.linkActivity(p2, late)).toEqual({ ok: false, errors: { activityId: '材料完成日期晚于该活动的日期，请先核对' } });
  });

  it('lists the steps coming due and late on the home screen, and drops one marked done', async () => {
    const ledger = await openTestLedger();
    const id = await plan(ledger);
    // 3月20日: 方案 due 2月20日 (late on 3月1日), 通知 2月27日 (late), 材料 3月6日 (within three weeks).
    const due = await ledger.plans.listDueSteps('2025-03-01');
    expect(due.map((d) => [d.step, d.due, d.late])).toEqual([['scheme', '2025-02-20', true], ['notice', '2025-02-27', true], ['materials', '2025-03-06', false]]);
    expect((await ledger.plans.setStepDone(id, 'scheme', { date: '2025-03-01' }, '2025-03-01')).ok).toBe(true);
    expect((await ledger.plans.listDueSteps('2025-03-01')).map((d) => d.step)).toEqual(['notice', 'materials']);
  });

  it('counts an item done once its activity is held, and an activity without an item against the rule', async () => {
    const ledger = await openTestLedger();
    const a = await activity(ledger, '视察', '2025-03-20');
    const unplannedActivity = await activity(ledger, '调研', '2025-05-10');
    const id = await plan(ledger);
    expect((await ledger.plans.loadPlanFigures(2025)).done).toEqual([]);
    await ledger.plans.linkActivity(id, a);
    await ledger.plans.setStepDone(id, 'scheme', { date: '2025-02-20' }, '2025-04-01');
    await ledger.plans.setStepDone(id, 'notice', { date: '2025-03-01' }, '2025-04-01');
    expect((await ledger.plans.saveReport(id, { date: '2025-03-25', to: ['县委', '县政府'] }, '2025-04-01')).ok).toBe(true);
    let f = await ledger.plans.loadPlanFigures(2025);
    expect(f.done.map((p) => p.id)).toEqual([id]);
    expect(f.ruleActivities.map((x) => x.id)).toEqual([a, unplannedActivity]);
    expect(f.withoutItem.map((x) => x.id)).toEqual([unplannedActivity]);
    expect([f.steps.scheme.onTime.length, f.steps.notice.late.length, f.steps.materials.missing.length, f.reported.length]).toEqual([1, 1, 2, 1]);
    // The steps of the 调研 are recorded from its page: an unplanned item, in the rule's figures only.
    const made = await ledger.plans.recordStepsForActivity(unplannedActivity);
    expect(made.ok && made.value).toMatchObject({ unplanned: true, activityId: unplannedActivity, year: 2025, kind: '调研', plannedMonth: 5 });
    const again = await ledger.plans.recordStepsForActivity(unplannedActivity);
    expect(again.ok && made.ok && again.value.id).toBe(made.ok && made.value.id);
    if (made.ok) await ledger.plans.setStepDone(made.value.id, 'scheme', { date: '2025-04-01' }, '2025-06-01');
    f = await ledger.plans.loadPlanFigures(2025);
    expect(f.planned.map((p) => p.id)).toEqual([id]);
    expect(f.withoutItem).toEqual([]);
    expect(f.steps.scheme.onTime.map((x) => x.id)).toEqual([a, unplannedActivity]);
  });

  it('deletes to the recycle bin and restores; purging an activity leaves its item not done', async () => {
    const ledger = await openTestLedger();
    const a = await activity(ledger, '视察', '2025-03-20');
    const id = await plan(ledger);
    await ledger.plans.linkActivity(id, a);
    await ledger.plans.deletePlan(id);
    expect(await ledger.plans.listPlans(2025)).toEqual([]);
    const bin = await ledger.recycleBin.listRecycleBin();
    expect(bin.map((b) => [b.kind, b.title])).toEqual([['plans', '视察城区停车场建设']]);
    await ledger.recycleBin.restoreFromBin('plans', id);
    expect((await ledger.plans.listPlans(2025)).map((r) => r.item.id)).toEqual([id]);
    await ledger.activities.deleteActivity(a);
    expect((await ledger.plans.getPlan(id))?.activity?.deleted).toBe(true);
    expect((await ledger.plans.loadPlanFigures(2025)).notDone.map((p) => p.id)).toEqual([id]);
    expect(await ledger.recycleBin.purgeFromBin('activities', a)).toEqual({ ok: true });
    expect((await ledger.plans.getPlan(id))?.item.activityId).toBeNull();
  });

  it('loads the sample’s items and words without overwriting the office’s, and takes them out again', async () => {
    const ledger = await openTestLedger();
    const year = new Date().getFullYear();
    await ledger.plans.saveYearNotes(year, { problems: '办公室自己写的问题。', nextSteps: '' });
    await ledger.sample.loadSampleLedger({ firstYear: year, years: 1, members: 20, activitiesPerYear: 30, participantsPerActivity: 3, seed: 9 });
    const sampleItems = await ledger.db.plans.toArray();
    expect(sampleItems.length).toBeGreaterThan(0);
    expect((await ledger.plans.getYearNotes(year))?.problems).toBe('办公室自己写的问题。');
    const sampleActivity = sampleItems.find((p) => p.activityId)!.activityId!;
    const own = await plan(ledger, { year, plannedMonth: 1, plannedDate: null });
    await ledger.db.plans.where('activityId').equals(sampleActivity).modify({ activityId: null });
    expect((await ledger.plans.linkActivity(own, sampleActivity)).ok).toBe(true);
    await ledger.sample.removeSampleLedger();
    expect((await ledger.db.plans.toArray()).map((p) => [p.id, p.activityId])).toEqual([[own, null]]);
    expect((await ledger.db.yearNotes.toArray()).map((n) => n.problems)).toEqual(['办公室自己写的问题。']);
  });

  it('keeps the year’s own words, one record a year', async () => {
    const ledger = await openTestLedger();
    expect(await ledger.plans.getYearNotes(2025)).toBeNull();
    expect((await ledger.plans.saveYearNotes(2025, { problems: '委员监督意识不强。', nextSteps: '加强学习培训。' })).ok).toBe(true);
    expect(await ledger.plans.saveYearNotes(2025, { problems: '长'.repeat(5001), nextSteps: '' })).toEqual({ ok: false, errors: { problems: '存在问题最多5000字，现有5001字' } });
    await ledger.plans.saveYearNotes(2025, { problems: '改过的问题。', nextSteps: '加强学习培训。' });
    expect(await ledger.db.yearNotes.toArray()).toMatchObject([{ year: 2025, problems: '改过的问题。', nextSteps: '加强学习培训。', isSample: false }]);
  });

  it('keeps the 提案 report\'s own 存在问题 and 下步打算 beside the year\'s, refusing one too long by its name', async () => {
    const ledger = await openTestLedger();
    const notes = { problems: '委员监督意识不强。', nextSteps: '加强学习培训。', proposalProblems: '部分提案质量不高。', proposalNextSteps: '健全提案质量评价。' };
    expect((await ledger.plans.saveYearNotes(2025, notes)).ok).toBe(true);
    expect(await ledger.plans.getYearNotes(2025)).toMatchObject(notes);
    expect(await ledger.plans.saveYearNotes(2025, { ...notes, proposalNextSteps: '长'.repeat(5001) })).toEqual({ ok: false, errors: { proposalNextSteps: '提案工作下步打算最多5000字，现有5001字' } });
    expect(await ledger.plans.getYearNotes(2025)).toMatchObject(notes);
  });
});
