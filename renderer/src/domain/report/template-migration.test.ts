// Templates saved by the earlier release (paragraphs as plain strings): a paragraph still in that
// release's built-in wording takes today's built-in clauses; a reworded one keeps its words, split
// at 一是/二是, and its "1234" sentence moves to the rule over the plan's activities.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, parseReportTemplate } from './report-template';
import { RELEASED_BUILT_IN } from './templates/released-built-in';
import { figureKeysOf } from './template-keys';
import { figureByKey } from './figure-catalogue';
import type { ReportTemplate } from './template-types';

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
    expect(routine.paragraphs[1]!.clauses.map((c) => [c.text, c.numbered])).toEqual([['坚持会议制度。全年召开全体会议{{activities.type.plenary}}次、常委会议{{activities.type.standing}}次。', true]]);
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
    expect(quality.paragraphs[1]!.clauses[0]!.text).toBe('我们落实“1234”要求，{{rule.plan.activities}}次活动中方案按时制定{{rule.plan.scheme.onTime}}次、通知按时下发{{rule.plan.notice.onTime}}次；成果跟踪{{rule.plan.followedUp}}次。');
    expect(quality.paragraphs[2]!.clauses[0]!.text).toBe('方案未制定的活动{{rule.scheme.missing}}次，其中{{rule.activities}}次。');
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
