// Templates saved by the earlier release (paragraphs as plain strings): a paragraph still in that
// release's built-in wording takes today's built-in clauses; a reworded one keeps its words, split
// at 一是/二是, and its "1234" sentence moves to the rule over the plan's activities.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, parseReportTemplate } from './report-template';
import { RELEASED_BUILT_IN } from './templates/released-built-in';
import { figureKeysOf } from './template-keys';
import { figureByKey } from './figure-catalogue';
import type { ReportTemplate } from './template-types';
import { computeFigures } from './figure-catalogue';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { renderReport, type ReportContext } from './render-report';
import { partsOfOldClause } from './old-clause-parts';
import { SUPERSEDED_BUILT_IN } from './templates/superseded-built-in';

type OldKind = keyof typeof RELEASED_BUILT_IN;

/** A template as the earlier release saved it: its built-in one, paragraphs as strings, no phrases. */
function savedByEarlierRelease(kind: OldKind, edit: (sections: { id: string; paragraphs: string[] }[]) => void = () => {}): unknown {
  const r = RELEASED_BUILT_IN[kind];
  const sections = r.sections.map((s) => ({ id: s.id, level: s.level, heading: s.heading, hidden: false, paragraphs: [...s.paragraphs] }));
  edit(sections);
  return { kind, title: r.title, occasion: r.occasion, speaker: '', useSpeechHeader: false, sections };
}

function parsed(input: unknown): ReportTemplate {
  const result = parseReportTemplate(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const allText = (t: ReportTemplate) => t.sections.flatMap((s) => [s.heading, ...s.paragraphs.flatMap((p) => p.clauses.map((c) => c.text))]).join('\n');

describe('a template saved by the earlier release', () => {
  it('never reworded is today’s built-in template, every sentence in its clause form', () => {
    for (const kind of Object.keys(RELEASED_BUILT_IN) as OldKind[]) expect(parsed(savedByEarlierRelease(kind)), kind).toEqual(DEFAULT_TEMPLATES[kind]);
  });

  it('keeps its saved speaker and speech header when it takes the built-in wording', () => {
    const saved = { ...(savedByEarlierRelease('standing') as object), speaker: '张三', useSpeechHeader: true };
    expect(parsed(saved)).toMatchObject({ speaker: '张三', useSpeechHeader: true, sections: DEFAULT_TEMPLATES.standing.sections });
  });

  it('takes the built-in clauses for the paragraphs it did not reword, keeps the words of those it did', () => {
    const reworded = '一是坚持会议制度。全年召开全体会议{{activities.type.plenary}}次、常委会议{{activities.type.standing}}次。';
    const t = parsed(savedByEarlierRelease('supervision', (sections) => {
      sections.find((s) => s.id === 'routine')!.paragraphs[1] = reworded;
      sections.find((s) => s.id === 'focus')!.paragraphs.splice(2, 1);
    }));
    const routine = t.sections.find((s) => s.id === 'routine')!;
    const builtIn = DEFAULT_TEMPLATES.supervision.sections.find((s) => s.id === 'routine')!;
    // Its list split into parts (old-clause-parts.ts): no lead verb before the first item, so that one stays.
    expect(routine.paragraphs[1]!.clauses.map((c) => [c.text, c.numbered])).toEqual([['坚持会议制度。全年召开全体会议{{activities.type.plenary}}次、[[常委会议{{activities.type.standing}}次]]。', true]]);
    for (const j of [0, 2, 3]) expect(routine.paragraphs[j]!.clauses.map((c) => c.text)).toEqual(builtIn.paragraphs[j]!.clauses.map((c) => c.text));
    // The focus section lost a paragraph: the rest still read as today's built-in ones, in their new places.
    const focus = t.sections.find((s) => s.id === 'focus')!;
    const builtInFocus = DEFAULT_TEMPLATES.supervision.sections.find((s) => s.id === 'focus')!;
    expect(focus.paragraphs.map((p) => p.clauses[0]!.text)).toEqual(builtInFocus.paragraphs.filter((_, j) => j !== 2).map((p) => p.clauses[0]!.text));
    // The old wording is gone wherever the office left it: no 县委 written out, no 助力脱贫攻坚 for every year.
    expect(allText(t)).not.toMatch(/县委|全县|助力脱贫攻坚|我县政协/);
    expect(t.phrases).toEqual(DEFAULT_TEMPLATES.supervision.phrases);
  });

  it('moves a reworded "1234" sentence to the rule over the plan’s activities, and leaves a rule figure with no plan counterpart', () => {
    const t = parsed(savedByEarlierRelease('supervision', (sections) => {
      const quality = sections.find((s) => s.id === 'quality')!;
      quality.paragraphs[1] = '我们落实“1234”要求，{{rule.activities}}次活动中方案按时制定{{rule.scheme.onTime}}次、通知按时下发{{rule.notice.onTime}}次；成果跟踪{{rule.followedUp}}次。';
      quality.paragraphs[2] = '方案未制定的活动{{rule.scheme.missing}}次，其中{{rule.activities}}次。';
    }));
    const quality = t.sections.find((s) => s.id === 'quality')!;
    expect(quality.paragraphs[1]!.clauses[0]!.text).toBe('[[我们落实“1234”要求，{{rule.plan.activities}}次活动中方案按时制定{{rule.plan.scheme.onTime}}次、通知按时下发{{rule.plan.notice.onTime}}次]]；[[成果跟踪{{rule.plan.followedUp}}次]]。');
    expect(quality.paragraphs[2]!.clauses[0]!.text).toBe('方案未制定的活动{{rule.scheme.missing}}次[[，其中{{rule.activities}}次]]。');
  });

  it('keeps a reworded title and heading, and clause ids stay unique when reworded and built-in paragraphs mix', () => {
    const saved = savedByEarlierRelease('standing', (sections) => {
      sections.find((s) => s.id === 'consultation')!.paragraphs[0] = '开展协商活动{{activities.category.consultation}}次。';
    });
    const t = parsed({ ...(saved as object), title: '{{committee}}常委会工作报告（讨论稿）' });
    expect(t.title).toBe('{{committee}}常委会工作报告（讨论稿）');
    const ids = t.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.clauses.map((c) => c.id)));
    expect(new Set(ids).size).toBe(ids.length);
    const consultation = t.sections.find((s) => s.id === 'consultation')!;
    expect(consultation.paragraphs[0]!.clauses[0]!.text).toBe('开展协商活动{{activities.category.consultation}}次。');
    expect(consultation.paragraphs[1]!.clauses[0]!.text).toBe(DEFAULT_TEMPLATES.standing.sections.find((s) => s.id === 'consultation')!.paragraphs[1]!.clauses[0]!.text);
  });
});

describe('a reworded sentence of the earlier release', () => {
  const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
  const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE };
  const reworded = (routine: string, quality: string) => parsed(savedByEarlierRelease('supervision', (sections) => {
    sections.find((s) => s.id === 'routine')!.paragraphs[1] = routine;
    sections.find((s) => s.id === 'quality')!.paragraphs[2] = quality;
  }));
  const textOf = (t: ReportTemplate) => renderReport(t, figures, context).blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : '')).join('\n');

  it('loses only the figure that is 0, not the sentence: 主席会议 0, no 主席会议 attendance, no city 批示', () => {
    // The fixture (report-fixtures.ts): 全体会议 1 (2 of 4 present), 常委会议 1, no 主席会议; 调研报告 2, 视察报告 1,
    // 意见建议 8 of which 3 adopted, sent to 县委 2 and 县政府 1, no 市级 批示.
    const t = reworded(
      '一是坚持会议制度。召开全体会议{{activities.type.plenary}}次、常委会议{{activities.type.standing}}次、主席会议{{activities.type.chairs}}次，通过会议传达贯彻上级精神。全体会议应到委员{{meetings.plenary.expected}}人次、实到{{meetings.plenary.present}}人次，出席率{{meetings.plenary.rate}}；主席会议出席率{{meetings.chairs.rate}}。',
      '形成调研报告{{activities.reports.researchReports}}篇、视察报告{{activities.reports.inspectionReports}}篇，提出意见建议{{activities.suggestions}}条，被采纳{{activities.adopted}}条；成果报送县委{{activities.sentToParty}}次、县政府{{activities.sentToGovernment}}次，获市级领导批示{{activities.instructions.city}}次。',
    );
    const lines = textOf(t).split('\n');
    expect(lines.find((l) => l.includes('坚持会议制度'))).toMatch(/^一是坚持会议制度。召开全体会议1次、常委会议1次，通过会议传达贯彻上级精神。全体会议应到委员4人次、实到2人次，出席率50(\.0)?%。$/);
    expect(lines.find((l) => l.startsWith('形成调研报告'))).toBe('形成调研报告2篇、视察报告1篇，提出意见建议8条，被采纳3条；成果报送县委2次、县政府1次。');
  });

  it('is split only where its shape says which words go with which figure', () => {
    const isFigure = (k: string) => k.includes('.');
    // A list after a lead verb: the verb stays outside, each item is a part.
    expect(partsOfOldClause('召开全体会议{{a.x}}次、常委会议{{a.y}}次。', isFigure)).toBe('召开[[全体会议{{a.x}}次]]、[[常委会议{{a.y}}次]]。');
    // No known lead: the first item holds the subject and stays.
    expect(partsOfOldClause('全体会议应到{{a.x}}人次、实到{{a.y}}人次。', isFigure)).toBe('全体会议应到{{a.x}}人次、[[实到{{a.y}}人次]]。');
    // A first phrase stating nothing: the phrases after the comma are not split from it.
    expect(partsOfOldClause('每项活动做到提前4周制定方案，方案按时{{a.x}}次，通知按时{{a.y}}次。', isFigure)).toBe('每项活动做到提前4周制定方案，方案按时{{a.x}}次，通知按时{{a.y}}次。');
    // One figure, or parts already written: as it is.
    expect(partsOfOldClause('开展视察{{a.x}}次，成效明显。', isFigure)).toBe('开展视察{{a.x}}次，成效明显。');
    expect(partsOfOldClause('召开[[全体会议{{a.x}}次]]、常委会议{{a.y}}次。', isFigure)).toBe('召开[[全体会议{{a.x}}次]]、常委会议{{a.y}}次。');
  });
});

describe('one fact, one definition', () => {
  const OLD_SETS = ['rule.activities', 'activities.type.themedPractice'];

  it('no built-in template counts the rule over every activity or the campaign by activity type', () => {
    for (const [kind, t] of Object.entries(DEFAULT_TEMPLATES)) {
      const keys = figureKeysOf(t);
      expect(keys.filter((k) => OLD_SETS.includes(k) || (k.startsWith('rule.') && !k.startsWith('rule.plan.'))), kind).toEqual([]);
    }
  });

  it('each figure of an overlapping pair says which set it counts, naming the other', () => {
    expect(figureByKey('rule.activities')!.description).toContain('rule.plan');
    expect(figureByKey('rule.scheme.onTime')!.description).toContain('rule.plan');
    expect(figureByKey('rule.plan.activities')!.description).toContain('不含未列入工作要点的活动');
    expect(figureByKey('activities.type.themedPractice')!.description).toContain('campaigns.activities');
    expect(figureByKey('campaigns.activities')!.description).toContain('不是类型为“委员履职主题实践活动”的活动数');
  });
});

describe('a template saved with a built-in 替代文字 the built-ins have since reworded', () => {
  /** The standing template as a release saved it before its 存在问题 fallback said {{year}}年: one clause reworded by the office, the rest built-in. */
  function savedWithOldFallback(): unknown {
    const t = structuredClone(DEFAULT_TEMPLATES.standing);
    const clauses = t.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.clauses));
    const shortcoming = clauses.find((c) => c.fallback.startsWith('回顾{{year}}年以来的工作'))!;
    shortcoming.fallback = '回顾一年来的工作，我们也清醒地看到存在的差距和不足：一是协商议政的质量有待进一步提高。二是民主监督的实效有待进一步增强。三是委员履职的积极性和主动性有待进一步激发。';
    clauses.find((c) => c.text.startsWith('开展联谊交流活动'))!.text = '全年开展联谊交流活动{{activities.type.exchange}}次。';
    return t;
  }

  it('takes today’s built-in wording, so the 核对稿 calls it the template’s default, not the office’s own', () => {
    const t = parsed(savedWithOldFallback());
    const clauses = t.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.clauses));
    expect(clauses.find((c) => c.id === SUPERSEDED_BUILT_IN[0]!.clauseId)!.fallback).toMatch(/^回顾\{\{year\}\}年以来的工作/);
    // The office's own rewording stays.
    expect(clauses.some((c) => c.text === '全年开展联谊交流活动{{activities.type.exchange}}次。')).toBe(true);
    const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
    const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE, copy: 'review' };
    const text = renderReport(t, figures, context).blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('以下是模板的默认写法；本单位的文字请在');
    expect(text).toContain('回顾2025年以来的工作');
    expect(text).not.toContain('本单位写的替代文字');
  });

  it('takes today’s text for a clause still as an earlier release wrote it (今年开展民主评议, 驻乡镇委员)', () => {
    const t = structuredClone(DEFAULT_TEMPLATES.supervision);
    const clauses = t.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.clauses));
    for (const s of SUPERSEDED_BUILT_IN.filter((x) => x.kind === 'supervision')) clauses.find((c) => c.id === s.clauseId)![s.field] = s.old;
    expect(allText(t)).toMatch(/今年开展民主评议/);
    expect(parsed(t)).toEqual(DEFAULT_TEMPLATES.supervision);
  });

  it('keeps a 替代文字 the office wrote itself, even one close to an old built-in', () => {
    const own = '回顾一年来的工作，我们也看到存在的差距和不足。';
    const t = structuredClone(DEFAULT_TEMPLATES.standing);
    const shortcoming = t.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.clauses)).find((c) => c.id === SUPERSEDED_BUILT_IN[0]!.clauseId)!;
    shortcoming.fallback = own;
    expect(parsed(t).sections.flatMap((s) => s.paragraphs.flatMap((p) => p.clauses)).find((c) => c.id === shortcoming.id)!.fallback).toBe(own);
  });

  it('lists each superseded wording once, for a clause today’s built-in has, whose wording today differs', () => {
    const texts = SUPERSEDED_BUILT_IN.map((s) => s.old);
    expect(new Set(texts).size).toBe(texts.length);
    for (const s of SUPERSEDED_BUILT_IN) {
      const now = DEFAULT_TEMPLATES[s.kind].sections.flatMap((x) => x.paragraphs.flatMap((p) => p.clauses)).find((c) => c.id === s.clauseId);
      expect(now, s.clauseId).toBeDefined();
      expect(now![s.field], s.clauseId).not.toBe(s.old);
    }
  });
});
