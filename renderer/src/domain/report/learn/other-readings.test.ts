// The genre's other ways of saying what a number counts (other-readings.ts, catalogue-words.ts,
// group-version.ts), each on sentences of its own: a district's or a city's own level words, a
// list after 分别, a number before what it counts, a second measure of the same things, a rate
// worded as a share, a bracketed other name, a bracket that widens a name, a handling written
// another way, a verb after what it counts past an aside, a label X的Y said after the number, a
// verb with words between it and its object, and a part of the work's own version of a general
// figure. None of these is ever called sure.
import { describe, expect, it } from 'vitest';
import { learnReport, type LearnedNumber } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

function learnedIn(title: string, ...paragraphs: string[]): LearnedNumber[] {
  return learnReport([p(title), ...paragraphs.map((t) => p(t))], 'standing').numbers.filter((n) => n.where !== 'title');
}
const learned = (...paragraphs: string[]) => learnedIn('关于2025年工作的报告', ...paragraphs);
const said = (n: LearnedNumber | undefined) => `${n?.proposal.key ?? 'text'}${n?.proposal.sure ? '（确定）' : ''}`;

describe('reading what a number counts the other ways reports say it', () => {
  it('reads a district or a county-level city own level words as the catalogue county words', () => {
    const district = learnedIn('政协青山区第五届委员会2025年工作报告', '调研成果报送区委8次、报送区政府6次，社情民意信息被市政协采用5条。');
    expect(district.map((n) => n.proposal.key)).toEqual(['activities.sentToParty', 'activities.sentToGovernment', 'opinions.adopted.city']);
    const [city] = learnedIn('政协青山市第五届委员会2025年工作报告', '全年履职成果报送市委3次。');
    expect(city!.proposal.key).toBe('activities.sentToParty');
    // In a county's report 市委 is the city above it: not the county's 县委.
    const [county] = learnedIn('政协青山县第五届委员会2025年工作报告', '全年履职成果报送市委3次。');
    expect(county!.proposal.key).not.toBe('activities.sentToParty');
  });

  it('pairs a list after 分别 in order with the labels named before it, sharing the end written once', () => {
    const rates = learned('主席会议和秘书长会议的出席率分别为97.5%和92%。');
    expect(rates.map(said)).toEqual(['meetings.chairs.rate', 'meetings.secretaries.rate']);
    const counts = learned('组织委员视察、调研分别为6次、8次。');
    expect(counts.map(said)).toEqual(['activities.type.inspection', 'activities.type.research']);
    // A group joined by 、 whose first items lack the last one's ending is one name.
    const joined = learnedIn('关于2025年提案工作的报告', '满意率和满意、基本满意率分别为80.4%和97.5%。');
    expect(joined.map((n) => n.proposal.key)).toEqual(['proposals.satisfactionRate', 'proposals.satisfiedOrBasicRate']);
    // Three labels for two numbers are not a list the program can pair.
    const unpaired = learned('主席会议、秘书长会议和全体会议分别为4次和2次。');
    expect(unpaired.map((n) => n.proposal.key)).not.toEqual(['activities.type.chairs', 'activities.type.secretaries']);
  });

  it('pairs a list whose labels come before 分别 and a verb, or after them, and a list of shares 依次为 with the counts before it', () => {
    const before = learned('一年来，常委会议、主席会议分别召开6次和11次。');
    expect(before.map((n) => n.proposal.key)).toEqual(['activities.type.standing', 'activities.type.chairs']);
    // Any verb marked done by 了 or 过 between 分别 and the numbers.
    const done = learned('常委会议、主席会议和秘书长会议分别开了4次、11次和7次。');
    expect(done.map((n) => n.proposal.key)).toEqual(['activities.type.standing', 'activities.type.chairs', 'activities.type.secretaries']);
    const after = learned('今年分别召开常委会议、主席会议和秘书长会议6次、11次和7次。');
    expect(after.map((n) => n.proposal.key)).toEqual(['activities.type.standing', 'activities.type.chairs', 'activities.type.secretaries']);
    const shares = learnedIn('关于2025年提案工作的报告', '立案提案中，经济、文化和社会方面的分别为30件、10件和40件，所占比例依次为37.5%、12.5%和50%。');
    expect(shares.slice(3).map(said)).toEqual(['proposals.category.economy.share', 'proposals.category.culture.share', 'proposals.category.society.share']);
  });

  it('reads leaders named by level as the level figures where the sentence gives 批示 level by level, else as all 批示', () => {
    const county = (...paragraphs: string[]) => learnedIn('政协青山县委员会2025年工作报告', ...paragraphs);
    const levels = county('调研成果获县委、县政府领导批示11次，获市领导批示3次、省领导批示1次。');
    expect(levels.map((n) => n.proposal.key)).toEqual(['activities.instructions.county', 'activities.instructions.city', 'activities.instructions.province']);
    const [all] = county('调研成果获县委主要领导批示11次。');
    expect(all!.proposal.key).toBe('activities.instructions');
    const above = county('全年报送社情民意信息90条，被市政协采用12条、省政协采用3条，9条信息得到县级以上领导批示。').at(-1);
    expect(above!.proposal.key).toBe('opinions.instructions');
    const opinions = county('全年报送社情民意信息90条。信息获市领导和省领导批示分别为4次和2次。');
    expect(opinions.slice(1).map((n) => n.proposal.key)).toEqual(['opinions.instructions.city', 'opinions.instructions.province']);
  });

  it('reads a number opening its clause by the next clause, a bare total by the sentence before, a session as the plenary, and 吸纳 as 采纳', () => {
    const [, merged] = learnedIn('关于2025年提案工作的报告', '共收到提案100件，其中8件与其他提案内容相近，作并案处理。');
    expect(said(merged)).toBe('proposals.merged');
    const [volumes] = learned('编辑出版《青山文史》和《青山名人》，共2辑。');
    expect(said(volumes)).toBe('culture.volumes');
    const [, , rate] = learned('九届三次会议委员出席率为95.1%。');
    expect(said(rate)).toBe('meetings.plenary.rate');
    const [, adopted] = learned('委员提出意见建议60条，其中41条被县政府吸纳。');
    expect(said(adopted)).toBe('activities.adopted');
    const [, stations] = learnedIn('政协青山县委员会2025年工作报告', '全县12个乡镇均建有委员工作站，共12个。');
    expect(said(stations)).toBe('stations.built');
  });

  it('reads a total after a list of things with one ending as all of them, never sure', () => {
    const [, , total] = learned('开展视察5次、调研7次，形成调研报告和视察报告共计12篇。');
    expect(said(total)).toBe('activities.reports');
    const [members] = learned('本届委员共198名。');
    expect(said(members)).toBe('members.total（确定）');
  });

  it('reads people opening a clause by its end, past a number counting something else in it', () => {
    const [members, units] = learned('18名委员受聘担任县法院、县公安局等7个单位的特约监督员。');
    expect([said(members), units!.proposal.key]).toEqual(['supervisors.appointed', 'supervisors.unitsCovered']);
  });

  it('reads a number opening its clause by what follows it, and the verbs of receiving as 获', () => {
    const adopted = learned('委员提出意见建议60条，其中19条被县政府采纳。');
    expect(adopted.map(said)).toEqual(['activities.suggestions（确定）', 'activities.adopted']);
    const [, instructed] = learned('全年收集社情民意信息80条，9条信息获得市领导批示。');
    expect(said(instructed)).toBe('opinions.instructions');
  });

  it('takes a part of the work own version of a general figure when the sentence names the part', () => {
    const [, part] = learned('报送社情民意信息80条，6条获县领导批示。');
    expect(said(part)).toBe('opinions.instructions');
    const [general] = learned('委员调研成果6次获县领导批示。');
    expect(general!.proposal.key).toBe('activities.instructions');
  });

  it('reads a second measure right after a count as measuring the same things', () => {
    const numbers = learned('今年征集文史稿件31篇、共计19万字。');
    expect(numbers.map(said)).toEqual(['culture.materials（确定）', 'culture.collectedWan']);
  });

  it('reads a rate worded as a share of the whole, and never a negated one as the rate', () => {
    const [share] = learned('委员对办理结果满意和基本满意的占96%。');
    expect(said(share)).toBe('proposals.satisfiedOrBasicRate');
    const [negated] = learned('委员对办理结果不满意的占4%。');
    expect(negated!.proposal.key).toBeNull();
  });

  it('reads a short bracket right before the number as another name of the words before it', () => {
    const [built] = learned('各乡镇建成委员之家（联络站）12个。');
    expect(said(built)).toBe('stations.built');
  });

  it('matches a verb and its object with words between them (解决……问题)', () => {
    const [, solved] = learned('各联络站收集意见建议40条，协调解决群众反映强烈的问题28件。');
    expect(said(solved)).toBe('stations.problems');
  });

  it('reads a bracket that widens a name as part of it (满意率（含基本满意）)', () => {
    const numbers = learnedIn('关于2025年提案工作情况的报告', '满意率86%，满意率（含基本满意）达97.5%。');
    expect(numbers.map(said)).toEqual(['proposals.satisfactionRate（确定）', 'proposals.satisfiedOrBasicRate']);
  });

  it('reads 作为X处理 with its handling written another way', () => {
    const numbers = learnedIn('关于2025年提案工作情况的报告', '不予立案的12件，作为意见建议转有关部门参考4件、作为委员来信转交有关部门5件。');
    expect(numbers.map(said)).toEqual(['proposals.rejected（确定）', 'proposals.rejectedAs.suggestion', 'proposals.rejectedAs.letter']);
  });

  it('reads a verb written after what it counts past an aside', () => {
    const [units] = learned('对县住建局、县自然资源局等9个部门（单位）进行评议。');
    expect(said(units)).toBe('evaluations.unitsEvaluated');
  });

  it('does not take a span of time for a count of things', () => {
    const [span] = learned('承办单位须在交办之日起3个月内办复。');
    expect(said(span)).toBe('text');
  });
});
