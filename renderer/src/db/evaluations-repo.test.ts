// The 民主评议 and 监督员 repositories against a fresh database per test: a round with its units,
// results and problems; bad input refused at its field with the round left exactly as it was;
// soft delete, the recycle bin, and a member kept in the bin while an appointment names them.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { emptyMemberFields } from '../domain/members/member';

const roundFields = { title: '2025年度政风行风民主评议', date: '2025-06-10', methods: ['测评会'], raters: [{ kind: '委员', count: 40 }], dimensions: ['工作作风'], resultKind: 'shares', maxScore: 100, namedCount: 1, note: '' };

async function roundWithUnits() {
  const ledger = await openTestLedger();
  const made = await ledger.evaluations.saveEvaluationRound(undefined, roundFields);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const units = await ledger.evaluations.setEvaluatedUnits(made.value.id, ['县公安局', '县教育局', '县民政局']);
  if (!units.ok) throw new Error(JSON.stringify(units.errors));
  return { ledger, round: units.value };
}

describe('evaluations repository', () => {
  it('keeps results when units are re-chosen, and counts the year', async () => {
    const { ledger, round } = await roundWithUnits();
    const [a, b, c] = round.units;
    const saved = await ledger.evaluations.saveEvaluationResults(round.id, [
      { unitId: a!.id, satisfied: 90, basic: 10, unsatisfied: 0, score: null },
      { unitId: b!.id, satisfied: 90, basic: 5, unsatisfied: 5, score: null },
      { unitId: c!.id, satisfied: 60, basic: 30, unsatisfied: 10, score: null },
    ]);
    expect(saved.ok).toBe(true);
    const rechosen = await ledger.evaluations.setEvaluatedUnits(round.id, ['县教育局', '县公安局', '县民政局', '县财政局']);
    expect(rechosen.ok && rechosen.value.units.map((u) => [u.unit, u.satisfied])).toEqual([['县教育局', 90], ['县公安局', 90], ['县民政局', 60], ['县财政局', null]]);
    const f = await ledger.evaluations.loadEvaluationFigures(2025);
    // (90 + 90 + 60) / 3 = 80; the tie takes first place twice.
    expect([f.unitsEvaluated, f.satisfactionRate, f.ranking?.rows.map((r) => r.rank)]).toEqual([3, 80, [1, 1, 3]]);
  });

  it('refuses shares that do not add up and a problem rectified before it was found, changing nothing', async () => {
    const { ledger, round } = await roundWithUnits();
    const before = await ledger.db.evaluations.get(round.id);
    const bad = await ledger.evaluations.saveEvaluationResults(round.id, [{ unitId: round.units[0]!.id, satisfied: 50, basic: 10, unsatisfied: 0, score: null }]);
    expect(bad).toEqual({ ok: false, errors: { 'units.0.satisfied': '县公安局的满意、基本满意、不满意占比合计为60%，应为100%' } });
    const problem = { text: '窗口服务不规范', foundDate: '2025-06-10', status: '已整改', startedDate: '', rectifiedDate: '2025-06-01', revisitDate: '', revisitFinding: '' };
    expect(await ledger.evaluations.saveEvaluationProblem(round.id, round.units[0]!.id, undefined, problem)).toEqual({ ok: false, errors: { rectifiedDate: '整改完成日期不能早于发现问题的日期' } });
    expect(await ledger.evaluations.saveEvaluationProblem(round.id, round.units[0]!.id, undefined, { ...problem, foundDate: '2025-05-01', rectifiedDate: '2025-06-20' }))
      .toEqual({ ok: false, errors: { foundDate: '发现日期不能早于测评日期' } });
    expect(await ledger.db.evaluations.get(round.id)).toEqual(before);
  });

  it('keeps a unit with problems in the round, and puts a deleted round in the recycle bin', async () => {
    const { ledger, round } = await roundWithUnits();
    const p = await ledger.evaluations.saveEvaluationProblem(round.id, round.units[2]!.id, undefined, { text: '办事效率不高', foundDate: '2025-06-10', status: '整改中', startedDate: '2025-06-20', rectifiedDate: '', revisitDate: '', revisitFinding: '' });
    expect(p.ok).toBe(true);
    expect(await ledger.evaluations.setEvaluatedUnits(round.id, ['县公安局'])).toEqual({ ok: false, errors: { units: '县民政局已登记存在问题，不能移出本次评议' } });
    await ledger.evaluations.deleteEvaluationRound(round.id);
    expect(await ledger.evaluations.listEvaluationRounds(2025)).toEqual([]);
    const bin = await ledger.recycleBin.listRecycleBin();
    expect(bin.map((i) => [i.kind, i.title])).toEqual([['evaluations', '2025年度政风行风民主评议']]);
    await ledger.recycleBin.restoreFromBin('evaluations', round.id);
    expect((await ledger.evaluations.listEvaluationRounds(2025)).map((r) => r.units[2]!.problems.length)).toEqual([1]);
  });
});

describe('supervisors repository', () => {
  it('lists appointments in stroke order, refuses an end before the start, and keeps an appointed member in the bin', async () => {
    const ledger = await openTestLedger();
    const ids: string[] = [];
    for (const name of ['王明', '丁一']) {
      const m = await ledger.members.createMember({ ...emptyMemberFields(9), name });
      if (!m.ok) throw new Error('member');
      ids.push(m.value.id);
    }
    const base = { memberId: ids[0], kind: '特约监督员', unit: '县公安局', group: '第一监督组', fromDate: '2025-03-01', toDate: '', note: '' };
    expect(await ledger.supervisors.saveAppointment(undefined, { ...base, toDate: '2025-01-01' })).toEqual({ ok: false, errors: { toDate: '聘任结束日期不能早于开始日期' } });
    expect(await ledger.db.supervisors.count()).toBe(0);
    expect((await ledger.supervisors.saveAppointment(undefined, base)).ok).toBe(true);
    expect((await ledger.supervisors.saveAppointment(undefined, { ...base, memberId: ids[1], unit: '县教育局' })).ok).toBe(true);
    // 丁 (2 strokes) before 王 (4).
    expect((await ledger.supervisors.listAppointments(2025)).map((a) => a.memberName)).toEqual(['丁一', '王明']);
    expect(await ledger.supervisors.listAppointments(2024)).toEqual([]);
    const f = await ledger.supervisors.loadSupervisionFigures(2025);
    expect([f.membersAppointed, f.unitsCovered, f.groups]).toEqual([2, 2, 1]);
    await ledger.members.deleteMember(ids[0]!);
    expect(await ledger.recycleBin.purgeFromBin('members', ids[0]!)).toEqual({ ok: false, message: '该委员出现在1条监督员聘任记录中，彻底删除后这些记录将缺少这位委员，因此保留在回收站' });
  });
});
