// Lists that write less than each item needs: a unit only after the last number, a kind of
// activities named by its 类 alone. Each read on a sentence written here, not taken from a report.
import { describe, expect, it } from 'vitest';
import { learnReport, type LearnedNumber } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

function learned(...paragraphs: string[]): LearnedNumber[] {
  return learnReport([p('关于2025年工作的报告'), ...paragraphs.map((t) => p(t))], 'standing').numbers.filter((n) => n.where !== 'title');
}

const said = (n: LearnedNumber | undefined) => `${n?.role === 'figure' ? n.proposal.key : n?.role}${n?.proposal.sure ? '（确定）' : ''}`;

describe('reading lists that write their unit or their word once', () => {
  it('reads a kind of activities named by its 类 alone, its unit written after the list, never sure of a unit not written', () => {
    const numbers = learned('全年组织履职活动88次（调研类12、视察类7、学习培训类6次）。');
    expect(numbers.map(said).slice(1)).toEqual(['activities.category.research', 'activities.category.inspection', 'activities.category.training（确定）']);
  });

  it('leaves a number standing alone without a unit as text', () => {
    const numbers = learned('调研类12，视察类7次。');
    expect(said(numbers[0])).toBe('text');
  });
});

describe('numbers that are not what was done', () => {
  it('leaves a number after words of intent in its clause as text, unless the figure is a plan’s', () => {
    const [planned, done] = learned('今年计划走访承办单位9个，已走访承办单位5个。');
    expect(said(planned)).toBe('text');
    expect(done!.role).not.toBe('text');
    const [fromPlan] = learned('工作要点计划视察4项。');
    expect(fromPlan!.proposal.key).toBe('plans.planned.inspection');
  });

  it('leaves one number stated for each of several named things as text', () => {
    const [each] = learned('农业界、科技界委员各9名。');
    expect(said(each)).toBe('text');
    const [alone] = learned('科技界委员9名。');
    expect(alone!.role).toBe('figure');
  });
});

describe('members named by their 界别 alone', () => {
  it('reads a 界别 named alone as its members, and 增补 as the members added', () => {
    const [sector, added] = learned('无党派人士6名，年内增补2名。');
    expect(said(sector)).toMatch(/^members\.sector\.无党派人士/);
    expect(said(added)).toMatch(/^members\.new/);
  });
});

describe('lists whose labels write their shared words once', () => {
  it('reads labels of one letter with the words written after the last (A、B、C类答复分别为…)', () => {
    const numbers = learned('A、B、C类答复分别为30件、12件、4件。');
    expect(numbers.map((n) => n.proposal.key)).toEqual(['proposals.class.A', 'proposals.class.B', 'proposals.class.C']);
  });
});

describe('the “1234” rule’s steps late or not done', () => {
  it('reads a step named late or not issued as that step’s figure', () => {
    const numbers = learned('全年方案逾期4次，未印发材料2次。');
    expect(numbers.map((n) => n.proposal.key)).toEqual(['rule.scheme.late', 'rule.materials.missing']);
  });
});

describe('a count right after a count of kinds', () => {
  it('is never sure of one kind’s figure', () => {
    const [, things] = learned('组织委员开展走访、宣讲、调研等5类活动17次。');
    expect(things!.proposal.sure).toBe(false);
    const [alone] = learned('组织委员开展调研17次。');
    expect(said(alone)).toBe('activities.type.research（确定）');
  });
});

describe('what a sentence said before a number', () => {
  it('takes a share worded 所占比例为 after its count as that count’s', () => {
    const numbers = learnReport([p('关于2025年提案工作情况的报告'), p('立案提案中，经济建设方面45件，所占比例为30.2%。')], 'proposals').numbers.filter((n) => n.where !== 'title');
    expect(numbers.map((n) => n.proposal.key)).toEqual(['proposals.category.economy', 'proposals.category.economy.share']);
  });

  it('reads the attendance after a session of the 届 in its sentence as the plenary’s', () => {
    const numbers = learned('九届三次会议应到委员150人次，实到141人次，请假7人次，出席率94%。');
    expect(numbers.filter((n) => n.role === 'figure').map((n) => n.proposal.key)).toEqual([
      'meetings.plenary.expected', 'meetings.plenary.present', 'meetings.plenary.excused', 'meetings.plenary.rate',
    ]);
  });
});

describe('parts of a whole named only by what tells them apart', () => {
  it('reads 其中 and a bracket after a count as its parts, named by their kind alone', () => {
    const numbers = learned('工作要点安排20项，其中协商5项。上半年已完成8项（协商2项）。');
    expect(numbers.map((n) => n.proposal.key)).toEqual(['plans.planned', 'plans.planned.consultation', 'plans.done', 'plans.done.consultation']);
    expect(numbers.some((n) => n.proposal.key?.endsWith('.consultation') && n.proposal.sure)).toBe(false);
  });
});

describe('other words for handling proposals', () => {
  it('reads 合并办理 as merged and 见面沟通 as handled face to face', () => {
    const numbers = learnReport([p('关于2025年提案工作情况的报告'), p('与同类提案合并办理的9件。与提案人见面沟通的提案140件。')], 'proposals').numbers.filter((n) => n.where !== 'title');
    expect(numbers.map((n) => n.proposal.key)).toEqual(['proposals.merged', 'proposals.faceToFace']);
  });
});
