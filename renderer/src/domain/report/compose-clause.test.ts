// How a clause closes up when parts of it are left out: the separators kept keep the list's
// structure, and the words leading into a list go with it when all its items went, so no verb
// runs into the next ("开展开展", "形成提出") and none dangles before a full stop.
import { describe, expect, it } from 'vitest';
import { composeText, type ClauseEnv } from './compose-clause';
import type { FigureResult } from './figure-result';
import { DEFAULT_REPORT_STYLE } from './report-style';

/** Figures by key: a value with one record behind it (0: none). */
function envOf(values: Record<string, number>, review = false): ClauseEnv {
  const figures = new Map<string, FigureResult>(Object.entries(values).map(([key, value]) => [key, { value, records: value ? [{ table: 'activities', id: key, label: key }] : [] }]));
  return {
    figures,
    context: (key) => ({ party: '县委', government: '县政府' })[key],
    emptyContextReason: () => '',
    isNotesKey: () => false,
    phrase: () => undefined,
    phraseGap: () => '',
    style: DEFAULT_REPORT_STYLE,
    review,
    dictionary: [],
    unitName: '乡镇政协工作联络站',
  };
}

const printed = (text: string, values: Record<string, number>) => {
  const composed = composeText(text, envOf(values), false);
  return composed.kept ? composed.runs.map((r) => r.text).join('') : null;
};

describe('the words leading into a list of parts', () => {
  const consult = '组织委员开展[[视察{{activities.type.inspection}}次]]、[[调研{{activities.type.research}}次]][[，开展专题协商等协商活动{{activities.category.consultation}}次]]。';

  it('go when every item of the list went and the clause goes on with a new phrase', () => {
    expect(printed(consult, { 'activities.type.inspection': 0, 'activities.type.research': 0, 'activities.category.consultation': 2 })).toBe('开展专题协商等协商活动2次。');
    expect(printed('形成[[调研报告{{activities.reports.researchReports}}篇]]、[[视察报告{{activities.reports.inspectionReports}}篇]][[，提出意见建议{{activities.suggestions}}条]]。', {
      'activities.reports.researchReports': 0, 'activities.reports.inspectionReports': 0, 'activities.suggestions': 20,
    })).toBe('提出意见建议20条。');
  });

  it('stay while an item of the list is kept', () => {
    expect(printed(consult, { 'activities.type.inspection': 0, 'activities.type.research': 3, 'activities.category.consultation': 2 })).toBe('组织委员开展调研3次，开展专题协商等协商活动2次。');
  });

  it('stay before a group of parts that carries its own lead words', () => {
    const grouped = '组织委员[[开展[[视察{{activities.type.inspection}}次]]、[[调研{{activities.type.research}}次]]]][[，开展专题协商等协商活动{{activities.category.consultation}}次]]。';
    expect(printed(grouped, { 'activities.type.inspection': 0, 'activities.type.research': 0, 'activities.category.consultation': 2 })).toBe('组织委员开展专题协商等协商活动2次。');
    expect(printed(grouped, { 'activities.type.inspection': 1, 'activities.type.research': 0, 'activities.category.consultation': 2 })).toBe('组织委员开展视察1次，开展专题协商等协商活动2次。');
  });

  it('go with the comma before them when the sentence ends right after the list', () => {
    expect(printed('开展协商活动{{activities.category.consultation}}次，形成[[调研报告{{activities.reports.researchReports}}篇]]、[[视察报告{{activities.reports.inspectionReports}}篇]]。', {
      'activities.category.consultation': 2, 'activities.reports.researchReports': 0, 'activities.reports.inspectionReports': 0,
    })).toBe('开展协商活动2次。');
  });

  it('leave the review copy a note where each item stood', () => {
    const composed = composeText(consult, envOf({ 'activities.type.inspection': 0, 'activities.type.research': 0, 'activities.category.consultation': 2 }, true), false);
    const text = composed.runs.map((r) => r.text).join('');
    expect(text.replace(/【未写入：[^】]*】/g, '')).toBe('开展专题协商等协商活动2次。');
    expect(composed.runs.filter((r) => r.note)).toHaveLength(2);
  });

  it('go with a part whose own figure only led into them: no "2次活动中，；" left hanging', () => {
    const steps = '每项活动做到提前4周制定方案[[，工作要点已开展的{{rule.plan.activities}}次活动中，[[方案按时制定{{rule.plan.scheme.onTime}}次]]、[[通知按时下发{{rule.plan.notice.onTime}}次]]]][[；活动成果跟踪{{rule.plan.followedUp}}次]]。';
    const noneOnTime = printed(steps, { 'rule.plan.activities': 2, 'rule.plan.scheme.onTime': 0, 'rule.plan.notice.onTime': 0, 'rule.plan.followedUp': 1 });
    expect(noneOnTime).not.toContain('活动中');
    expect(noneOnTime).toMatch(/^[^，；]*活动成果跟踪1次。$/);
    expect(printed(steps, { 'rule.plan.activities': 2, 'rule.plan.scheme.onTime': 0, 'rule.plan.notice.onTime': 1, 'rule.plan.followedUp': 1 })).toBe('每项活动做到提前4周制定方案，工作要点已开展的2次活动中，通知按时下发1次；活动成果跟踪1次。');
    expect(printed('开展活动[[共{{activities.total}}项，其中[[视察{{activities.type.inspection}}项]]、[[调研{{activities.type.research}}项]]]]。', { 'activities.total': 5, 'activities.type.inspection': 0, 'activities.type.research': 0 })).toBeNull();
  });

  it('keep a note of a part left out inside a kept part as a note, highlighted as every note is', () => {
    const nested = '共收到提案{{proposals.received}}件[[，立案{{proposals.registered}}件[[，其中重点提案{{proposals.key}}件]]]]。';
    const composed = composeText(nested, envOf({ 'proposals.received': 30, 'proposals.registered': 25, 'proposals.key': 0 }, true), false);
    const notes = composed.runs.filter((r) => r.note).map((r) => r.text);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^【未写入：/);
    expect(composed.runs.filter((r) => !r.note).map((r) => r.text).join('')).toBe('共收到提案30件，立案25件。');
  });
});

describe('a phrase whose list lost every item', () => {
  const pairings = '组织委员参与活动，[[{{pairings.sectors}}个界别的]]委员共联系[[{{pairings.villages}}个村]]、[[{{pairings.households}}户群众]][[，为民办实事好事{{pairings.deeds}}件次]]。';
  const evaluation = '开展民主评议{{evaluations.rounds}}次，对[[{{evaluations.unitsEvaluated}}个单位]]、[[{{supervisors.unitsCovered}}个部门]]进行评议[[，平均满意率{{evaluations.topNamed}}个]]。';

  it('goes with the kept words that qualify it, never leaving its verb without an object ("委员共联系为民办实事")', () => {
    expect(printed(pairings, { 'pairings.sectors': 6, 'pairings.villages': 0, 'pairings.households': 0, 'pairings.deeds': 11 })).toBe('组织委员参与活动，为民办实事好事11件次。');
    expect(printed(pairings, { 'pairings.sectors': 6, 'pairings.villages': 4, 'pairings.households': 0, 'pairings.deeds': 11 })).toBe('组织委员参与活动，6个界别的委员共联系4个村，为民办实事好事11件次。');
  });

  it('goes, and the clause with it, when nothing else of the clause is left', () => {
    expect(printed(pairings, { 'pairings.sectors': 6, 'pairings.villages': 0, 'pairings.households': 0, 'pairings.deeds': 0 })).toBeNull();
  });

  it('goes with the words that close it ("对进行评议")', () => {
    const none = { 'evaluations.rounds': 2, 'evaluations.unitsEvaluated': 0, 'supervisors.unitsCovered': 0 };
    expect(printed(evaluation, { ...none, 'evaluations.topNamed': 0 })).toBe('开展民主评议2次。');
    expect(printed(evaluation, { ...none, 'evaluations.topNamed': 4 })).toBe('开展民主评议2次，平均满意率4个。');
    expect(printed(evaluation, { ...none, 'supervisors.unitsCovered': 3, 'evaluations.topNamed': 0 })).toBe('开展民主评议2次，对3个部门进行评议。');
    expect(printed('开展民主评议{{evaluations.rounds}}次，对[[{{evaluations.unitsEvaluated}}个单位]]、[[{{supervisors.unitsCovered}}个部门]]进行评议，形成报告。', none)).toBe('开展民主评议2次，形成报告。');
  });
});

describe('the separators of a list when a part goes', () => {
  const steps = '[[方案按时制定{{rule.plan.scheme.onTime}}次]]、[[通知按时下发{{rule.plan.notice.onTime}}次]]；[[跟踪{{rule.plan.followedUp}}次]]、[[报告{{party}}、{{government}}{{rule.plan.reported}}次]]。';
  const all = { 'rule.plan.scheme.onTime': 12, 'rule.plan.notice.onTime': 10, 'rule.plan.followedUp': 4, 'rule.plan.reported': 13 };

  it('keep the "；" between groups when the first item of the second group goes', () => {
    expect(printed(steps, { ...all, 'rule.plan.followedUp': 0 })).toBe('方案按时制定12次、通知按时下发10次；报告县委、县政府13次。');
  });

  it('keep the "；" when the last item of the first group goes', () => {
    expect(printed(steps, { ...all, 'rule.plan.notice.onTime': 0 })).toBe('方案按时制定12次；跟踪4次、报告县委、县政府13次。');
  });

  it('close up a list of items as before', () => {
    expect(printed(steps, { ...all, 'rule.plan.reported': 0 })).toBe('方案按时制定12次、通知按时下发10次；跟踪4次。');
    expect(printed(steps, { ...all, 'rule.plan.scheme.onTime': 0 })).toBe('通知按时下发10次；跟踪4次、报告县委、县政府13次。');
    expect(printed(steps, all)).toBe('方案按时制定12次、通知按时下发10次；跟踪4次、报告县委、县政府13次。');
  });
});
