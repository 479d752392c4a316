// What the words around a number tell the proposer beyond its label: an aside in brackets, a share
// written 占立案总数的, the parts after 其中, a figure already stated with another value, a clause
// naming what it counts in words no figure has, a numeral in a slogan, a plan for next year, a unit
// of the same kind only, quoted words and book titles, words two parts of the work share, and a
// praised few (优秀承办单位), verbs of holding or issuing one for another, and words of an unnamed part
// that end a name of the named part's figure.
import { describe, expect, it } from 'vitest';
import { learnReport, type LearnedNumber } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

function learnedIn(title: string, ...paragraphs: string[]): LearnedNumber[] {
  return learnReport([p(title), ...paragraphs.map((t) => p(t))], 'standing').numbers.filter((n) => n.where !== 'title');
}
const learned = (...paragraphs: string[]) => learnedIn('关于2025年工作的报告', ...paragraphs);
/** A figure of one part of the work is sure only where the document, heading or sentence names that part. */
const inProposals = (...paragraphs: string[]) => learnedIn('关于2025年提案工作情况的报告', ...paragraphs);

const said = (n: LearnedNumber | undefined) => `${n?.proposal.key ?? 'text'}${n?.proposal.sure ? '（确定）' : ''}`;

describe('proposing the figure of a number', () => {
  it('reads past an aside in brackets to the words before it', () => {
    const [a] = learned('属于A类（所提问题已经解决或基本采纳）的89件。');
    expect(a!.proposal.key).toBe('proposals.class.A');
    expect(a!.clause).toBe('属于A类（所提问题已经解决或基本采纳）的89件');
  });

  it('takes a share after its count however 占 is written, as sure as the count', () => {
    const [count, share] = inProposals('经济建设方面58件，占立案总数的36.02%。');
    expect(said(count)).toBe('proposals.category.economy（确定）');
    expect(said(share)).toBe('proposals.category.economy.share（确定）');
    const [, unsureShare] = learned('属于B类（正在解决）的54件，占33.5%。');
    expect(said(unsureShare)).toBe('proposals.class.B.share');
  });

  it('never takes a part after 其中 for the whole, nor a figure already stated with another value', () => {
    const numbers = learned('提出意见建议126条，其中38条被区委采纳。');
    expect(said(numbers[0])).toBe('activities.suggestions（确定）');
    expect(numbers[1]!.proposal.key).not.toBe('activities.suggestions');
    const again = learned('提出意见建议126条。', '联络站收集意见建议164条。');
    expect(again[1]!.proposal.key).not.toBe('activities.suggestions');
  });

  it('leaves a numeral opening a slogan and a plan for next year as text, with the proposal offered', () => {
    const [slogan] = learned('实行“三位一体”督办机制。');
    expect(slogan!.role).toBe('text');
    const plans = learnReport([p('关于2025年工作的报告'), p('一、2025年工作回顾'), p('开展视察3次。'), p('二、2026年工作建议'), p('力争开展专题协商4次。')], 'standing').numbers.filter((n) => n.where !== 'title');
    expect(plans.map((n) => [n.mention.value, n.role])).toEqual([[2025, 'year'], [3, 'figure'], [2026, 'text'], [4, 'text']]);
    expect(plans[3]!.proposal.candidates[0]?.key).toBe('activities.type.topicConsultation');
  });

  it('takes a unit of the same kind as a weak hint only, never sure', () => {
    const [n] = learned('11篇调研成果获区主要领导批示。');
    expect(n!.proposal.candidates.map((c) => c.key)).toContain('activities.instructions');
    expect(n!.proposal.sure).toBe(false);
    const [meeting] = learned('常委会议应出席282人次。');
    expect(said(meeting)).toBe('meetings.standing.expected（确定）');
  });

  it('binds no figure to a count of something no figure counts, named only by a sentence before about another figure', () => {
    const numbers = learned('今年开展政风行风民主评议，组成4个评议小组，共发放问卷1500份，收回1420份。');
    expect(numbers.map(said)).toEqual(['text', 'text', 'text']);
  });

  it('leaves as text a count whose own clause names something no figure counts, offering the figure named before', () => {
    const [visits] = learned('全年开展民主评议，组织委员暗访窗口单位36次。');
    expect(said(visits)).toBe('text');
    expect(visits!.proposal.candidates[0]?.key).toBe('evaluations.rounds');
    // A clause of a verb only takes what the sentence before named.
    const [returned] = learned('向承办单位发出办理情况征询意见表，收回142份。');
    expect(returned!.proposal.key).toBe('proposals.feedbackReturned');
  });

  it('reads quoted words and any book title as part of the clause', () => {
    const [revisit] = learnedIn('关于2025年民主评议工作情况的报告', '组织开展整改“回头看”2次。');
    expect(said(revisit)).toBe('evaluations.revisits（确定）');
    const [issues] = learned('编报《北城政协信息》19期。');
    expect(said(issues)).toBe('opinions.issuesCompiled');
    const [villages] = learned('组织委员结对帮扶12个村。');
    expect(said(villages)).toBe('pairings.villages（确定）');
  });

  it('calls words two parts of the work share sure only where the sentence names the part', () => {
    const [, station] = learned('依托6个联络站，收集群众意见建议88条。');
    expect(said(station)).toBe('stations.opinions（确定）');
    const [elsewhere] = learned('走访中收集群众意见建议88条。');
    expect(elsewhere!.proposal.sure).toBe(false);
  });

  it('does not call sure a praised few of what a figure counts (优秀承办单位)', () => {
    const [units] = inProposals('评选承办单位8个。');
    // Without the part named anywhere, not sure.
    expect(said(learned('评选承办单位8个。')[0])).toBe('proposals.unitsAssigned');
    expect(said(units)).toBe('proposals.unitsAssigned（确定）');
    const [praised] = inProposals('评选优秀承办单位8个。');
    expect(praised!.proposal.sure).toBe(false);
  });

  it('takes one verb of holding or issuing for another, and not as sure where two figures differ only by it', () => {
    const [issues] = learned('全年编报社情民意信息36期。');
    expect(said(issues)).toBe('opinions.issuesCompiled（确定）');
    const [rounds] = learned('今年举办民主评议3次。');
    expect(said(rounds)).toBe('evaluations.rounds');
  });

  it('reads words of a part the sentence does not name as the figure of the part it names whose name they end', () => {
    const [, , rate] = learned('组织民主评议2次，对9个部门进行评议，评议满意率为94.1%。');
    expect(said(rate)).toBe('evaluations.satisfactionRate');
    const [own] = inProposals('提案办理满意率为94.1%。');
    expect(own!.proposal.key).toBe('proposals.satisfactionRate');
  });

  it('takes attendances right after a kind of activity in its sentence as that kind’s, unless the clause names all activities', () => {
    const [, inspection] = learned('开展专项视察4次，组织委员65人次参加。');
    expect(said(inspection)).toBe('activities.type.inspection.personTimes');
    const [, all] = learned('全年开展视察4次，委员参加各类活动900人次。');
    expect(all!.proposal.key).toBe('activities.personTimes');
  });

  it('reads the places at either end of a ranking written 居前, and the units named for them', () => {
    const ranked = learned('组织民主评议1次，得分居前三位的单位被评为满意单位，末位2个单位被确定为重点监督单位，共查摆问题40条。');
    expect(ranked.slice(1).map((n) => n.proposal.key)).toEqual(['evaluations.topNamed', 'evaluations.bottomNamed', 'evaluations.problemsFound']);
  });

  it('does not take kinds listed together before 等活动 for one of them', () => {
    const [lumped] = learned('全年开展协商、视察、调研等活动86次。');
    expect(said(lumped)).toBe('text');
    const [stations] = learned('全年各联络站开展协商议事、接待群众等活动52场。');
    expect(stations!.proposal.key).toBe('stations.activities');
  });

  it('reads a verb closed by 了 right before the number as the verb', () => {
    const [, units] = learned('组织民主评议1次，评议了9个部门。');
    expect(units!.proposal.key).toBe('evaluations.unitsEvaluated');
  });

  it('does not call sure a name narrowed to what was done on time', () => {
    const [, onTime] = inProposals('立案提案已全部办复，共138件，按期办复率97.1%。');
    expect(said(onTime)).toBe('proposals.replyRate');
  });
});

describe('the rule over the plan’s own activities', () => {
  it('reads the steps counted after the plan’s activities as theirs, a step written with its weeks ahead as on time', () => {
    const plan = learned('对工作要点中已开展的41次活动，我们逐项登记：活动方案按时拿出的39次，通知提前三周发出的38次。');
    expect(plan.map(said)).toEqual(['rule.plan.activities（确定）', 'rule.plan.scheme.onTime', 'rule.plan.notice.onTime']);
    const all = learned('对纳入“1234”管理的33次活动逐项登记：活动方案按时拿出的30次，通知提前三周发出的31次。');
    expect(all.map((n) => n.proposal.key)).toEqual([null, 'rule.activities', 'rule.scheme.onTime', 'rule.notice.onTime']);
  });
});

describe('the fields of the proposals registered', () => {
  it('reads a field by the words offices name it with, and its share after it', () => {
    const numbers = inProposals('立案提案中，关于产业转型和县域经济的68件，所占比例为34.7%；关于就业、社保、住房等民生保障的52件，所占比例为26.5%；涉及教育、文化、卫生的33件，占20.5%；关于生态修复的22件。');
    expect(numbers.map((n) => n.proposal.key)).toEqual([
      'proposals.category.economy', 'proposals.category.economy.share', 'proposals.category.society', 'proposals.category.society.share',
      'proposals.category.culture', 'proposals.category.culture.share', 'proposals.category.ecology',
    ]);
  });
});

describe('the deeds done for the people', () => {
  it('reads 为群众办实事好事 as all deeds, not the service kind', () => {
    expect(learned('各界别委员联系38个村，为群众办实事好事340件次。')[1]?.proposal.key).toBe('pairings.deeds');
  });
});

describe('proposals turned into another form', () => {
  it('reads 改作社情民意信息 as 转为社情民意信息: the proposals not registered and turned into items', () => {
    expect(inProposals('不予立案9件，经提案者同意，改作社情民意信息7件。')[1]?.proposal.key).toBe('proposals.rejectedAs.publicOpinion');
  });
});
