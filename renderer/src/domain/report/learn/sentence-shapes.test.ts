// Shapes of a sentence that change what a number counts, each on sentences of its own: a 将 clause
// or a passive after the number, a part after 其中 of a whole with parts of that kind, a number
// opening its clause whose clause goes on to say what became of them, a plan for a later year, a
// list whose items share one number, a name qualified in its own clause, a place in a ranking,
// another body's activity, a count since before the report's year, a measure word followed by
// another noun, a verb of receiving before the number, a passive after what a number counts, words
// another figure names with a verb of holding, a body that is never the office, and forms sent out.
// None of these is ever called sure.
import { describe, expect, it } from 'vitest';
import { learnReport, type LearnedNumber } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

function learned(...paragraphs: string[]): LearnedNumber[] {
  return learnReport([p('关于2025年工作的报告'), ...paragraphs.map((t) => p(t))], 'standing').numbers.filter((n) => n.where !== 'title' && n.mention.kind !== 'year');
}
const said = (n: LearnedNumber | undefined) => `${n?.proposal.key ?? 'text'}${n?.proposal.sure ? '（确定）' : ''}`;

describe('the shape of the sentence around a number', () => {
  it('takes a 将 clause or a passive after the number by its verb, not by the words that say which things', () => {
    const [assigned] = learned('将立案的120件提案分别交由40个承办单位办理。');
    expect(said(assigned)).toBe('proposals.assigned');
    const [key] = learned('将《关于加强停车管理的建议》等5件提案列为重点提案。');
    expect(said(key)).toBe('proposals.keyCount');
    // A passive after the number says what it counts, whatever the words before it name.
    const [adopted] = learned('提出的意见建议有36条被有关部门采纳。');
    expect(said(adopted)).toBe('activities.adopted');
    // A 将 of intent with no verb after the number is not a figure.
    const [plan] = learned('将开展专题视察2次。');
    expect(said(plan)).toBe('text');
  });

  it('takes a part after 其中 of a whole that has parts of that kind as the whole own part', () => {
    const numbers = learned('年度工作要点共安排重点工作12项，其中视察3项、提案办理协商2项。', '全年开展提案办理协商5次。');
    expect(numbers.map(said)).toEqual(['plans.planned', 'plans.planned.inspection', 'plans.planned.proposalConsultation', 'activities.type.proposalConsultation（确定）']);
  });

  it('does not call sure a number named after it whose clause goes on to say what became of them', () => {
    const [ranked] = learned('11个被评议单位全部排出测评名次。');
    expect(said(ranked)).toBe('evaluations.ranked');
    const [named] = learned('11个被评议单位。');
    expect(said(named)).toBe('evaluations.unitsEvaluated（确定）');
  });

  it('leaves as text, offered, a plan in a sentence on a later year, wherever the sentence stands', () => {
    const [plan] = learned('2026年，县政协计划开展视察4次。');
    expect(plan!.role).toBe('text');
    expect(plan!.proposal.candidates[0]?.key).toBe('activities.type.inspection');
    const [year] = learned('2025年开展视察9次。');
    expect(said(year)).toBe('activities.type.inspection（确定）');
  });

  it('does not call sure a number counted since before the report year', () => {
    const [since] = learned('2024年以来累计开展视察9次。');
    expect(said(since)).toBe('activities.type.inspection');
    const [term, year] = learned('本届以来，共提交提案612件。', '今年共收到提案156件。');
    expect([said(term), said(year)]).toEqual(['proposals.received', 'proposals.received（确定）']);
  });

  it('binds no figure of one item to a number its list items share (报送县委、县政府8期)', () => {
    const [both] = learned('调研成果以专报形式报送县委、县政府8期。');
    expect(said(both)).toBe('text');
    const [oneEach, other] = learned('调研成果报送县委3次、县政府5次。');
    expect([said(oneEach), said(other)]).toEqual(['activities.sentToParty（确定）', 'activities.sentToGovernment（确定）']);
    // A list closed by 等 and a name counts what the name says.
    const [, station] = learned('全县建成联络站9个，各联络站开展协商议事、接待群众等活动64场。');
    expect(said(station)).toBe('stations.activities');
    // A name that is a list itself is read over the whole list.
    const [all] = learned('全年方案、通知、材料均按时送达的活动30次。');
    expect(said(all)).toBe('rule.allOnTime');
  });

  it('does not take a name qualified in its own clause for the one named before (提交提案的委员)', () => {
    const numbers = learned('全县现有政协委员180名，提交提案的委员有150名。');
    expect(numbers.map(said)).toEqual(['members.total', 'text']);
  });

  it('reads a place in a ranking as counting what is ranked, never sure', () => {
    const numbers = learned('评议排名前2位的评为满意单位，排名后1位的列为重点监督单位。');
    expect(numbers.map(said)).toEqual(['evaluations.topNamed', 'evaluations.bottomNamed']);
    // The places written by the score, or as the last.
    const byScore = learned('被评议单位均按综合得分排出名次，得分前2名的单位评为满意单位，最后1名的单位列为重点监督单位。');
    expect(byScore.map(said)).toEqual(['evaluations.topNamed', 'evaluations.bottomNamed']);
    expect(learned('得分排在前3位的评为满意单位。').map(said)).toEqual(['evaluations.topNamed']);
  });

  it('leaves as text an activity of the committee kind named as another body, not where it went', () => {
    const [joined] = learned('组织委员参加县人大常委会视察2次。');
    expect(said(joined)).toBe('text');
    expect(joined!.proposal.candidates[0]?.key).toBe('activities.type.inspection');
    const [meeting] = learned('列席县政府常务会议8次。');
    expect(said(meeting)).toBe('text');
    const [visited] = learned('组织委员到县人民法院视察2次。');
    expect(said(visited)).toBe('activities.type.inspection（确定）');
    // An activity whose own words name a body is the committee's figure for it.
    const [reports] = learned('安排县教育局等部门向常委会议专题汇报工作7次。');
    expect(said(reports)).toBe('activities.type.departmentReport');
  });

  it('does not call sure a measure word followed by a noun the figure does not name', () => {
    const [villages] = learned('全县156个行政村实现全覆盖。');
    expect(said(villages)).toBe('stations.townships');
    const [townships] = learned('全县12个乡镇已建成联络站。');
    expect(said(townships)).toBe('stations.townships（确定）');
    // Another figure's name ends the name after the number: that may be what it counts.
    const [stations] = learned('全市11个乡镇政协工作联络站中，8个达到标准。');
    expect(said(stations)).toBe('stations.townships');
  });

  it('does not call sure a figure stated again with the value it was bound sure to', () => {
    const [first, again] = learned('全年召开常委会议6次。年内6次常委会议累计应到246人次。');
    expect(said(first)).toBe('activities.type.standing（确定）');
    expect(said(again)).toBe('activities.type.standing');
  });

  it('does not call sure words with a verb of receiving between them and the number', () => {
    const [received] = learned('调研报告获批示6篇。');
    expect(received!.proposal.sure).toBe(false);
    const [written] = learned('形成调研报告6篇。');
    expect(said(written)).toBe('activities.reports.researchReports（确定）');
  });

  it('takes a number opening its clause, what it counts, then a passive, by the passive verb', () => {
    const [assigned] = learned('会上，120件立案提案被交由40家单位办理。');
    expect(said(assigned)).toBe('proposals.assigned');
  });

  it('does not call sure words that another figure names with only a verb of holding before them', () => {
    const [rounds] = learned('县政协今年共组织民主评议3次。');
    expect(rounds!.proposal.sure).toBe(false);
    const [deeds] = learned('结对委员为困难群众办实事好事120件次。');
    expect(deeds!.proposal.sure).toBe(false);
  });

  it('leaves as text the work of a body that is never the office, and forms sent out where the figure counts those got back', () => {
    const [others] = learned('县人大常委会今年交办代表建议88件。');
    expect(said(others)).toBe('text');
    const [party] = learned('县委常委会会议专题听取政协工作汇报2次。');
    expect(said(party)).toBe('text');
    const [sent, returned] = learned('向提案人寄发办理情况征询意见表96份，收回90份。');
    expect([said(sent), said(returned)]).toEqual(['text', 'proposals.feedbackReturned']);
    // A body the members are sent to serve in is not the subject: 担任县法院特约监督员 is the office's count.
    const [serving] = learned('选派12名委员担任县法院、县检察院特约监督员。');
    expect(serving!.proposal.key).toBe('supervisors.appointed');
  });

  it('leaves as text the count of an upper level’s 政协 as the subject, and keeps it from being taken for the office’s own', () => {
    const inCounty = (...paragraphs: string[]) => learnReport([p('政协青山县委员会2025年工作报告'), ...paragraphs.map((t) => p(t))], 'standing').numbers.filter((n) => n.mention.kind !== 'year');
    const [upper, own] = inCounty('市政协委员在我县提出提案5件，均已办结。', '全年共收到提案130件。');
    expect([said(upper), said(own)]).toEqual(['text', 'proposals.received（确定）']);
    // Helping the upper level's 政协 is the office's own work.
    const [helped] = inCounty('配合市政协开展专题调研2次。');
    expect(helped!.proposal.key).toBe('activities.type.research');
  });

  it('does not call sure a count in a sentence begun with another body’s work, or people counted beside another body', () => {
    const [, attended] = learned('县人大常委会开展执法检查4次，县政协委员18人次参加。');
    expect(attended!.proposal.sure).toBe(false);
    const [deputies] = learned('邀请县人大代表参加视察活动12人次。');
    expect(deputies!.proposal.sure).toBe(false);
  });

  it('does not call sure a count over the term or the last years, but does the report’s own period since a session', () => {
    const [term] = learned('九届政协以来累计开展视察41次。');
    expect(term!.proposal.sure).toBe(false);
    const [years] = learned('近三年来，共组织调研45次。');
    expect(years!.proposal.sure).toBe(false);
    const session = learned('九届三次会议以来，共收到提案128件。');
    expect(said(session.at(-1))).toBe('proposals.received（确定）');
  });

  it('does not call sure the things sent up to another body', () => {
    const inCounty = (...paragraphs: string[]) => learnReport([p('政协青山县委员会2025年工作报告'), ...paragraphs.map((t) => p(t))], 'standing').numbers.filter((n) => n.mention.kind !== 'year');
    const [sent, party] = inCounty('向市政协报送调研报告3篇，报送县委9次。');
    expect([said(sent), said(party)]).toEqual(['activities.reports.researchReports', 'activities.sentToParty（确定）']);
  });
});
