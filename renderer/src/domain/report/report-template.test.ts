import { describe, expect, it } from 'vitest';
import { figureKeysOf } from './template-keys';
import { DEFAULT_TEMPLATES, moveSection, moveSectionTo, parseReportTemplate, placeholdersIn, REPORT_TEMPLATE_KINDS, resetSection, resetTemplate, setSectionHidden, updateSection } from './report-template';
import { paragraphsOf } from './templates/authoring';

const ids = (t: { sections: { id: string }[] }) => t.sections.map((s) => s.id);

describe('report templates', () => {
  it('has a valid default of every kind, in the seed\'s order for the supervision report', () => {
    for (const kind of REPORT_TEMPLATE_KINDS) {
      const checked = parseReportTemplate(DEFAULT_TEMPLATES[kind]);
      expect(checked.ok, kind).toBe(true);
      expect(DEFAULT_TEMPLATES[kind].kind).toBe(kind);
    }
    expect(DEFAULT_TEMPLATES.supervision.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual([
      '抓好规范建设，强化常规监督', '抓好监督创新，拓展监督平台', '抓好监督质量，增强监督实效', '聚焦重点，主动实施民主监督', '围绕全{{area}}中心工作，开展民主监督', '存在问题', '下步打算',
    ]);
  });

  it('refuses a saved template that is malformed, saying where in Chinese', () => {
    const good = resetTemplate('supervision');
    const bad = (change: (t: Record<string, unknown>) => void) => {
      const t = structuredClone(good) as unknown as Record<string, unknown>;
      change(t);
      const r = parseReportTemplate(t);
      return r.ok ? null : r.errors;
    };
    expect(bad((t) => (t.kind = 'annual'))).toEqual({ kind: '报告类型不正确' });
    expect(bad((t) => (t.title = '  '))).toEqual({ title: '请填写报告标题' });
    expect(bad((t) => ((t.sections as { level: number }[])[1]!.level = 5))).toEqual({ 'sections.1.level': '章节级别只能是1至4' });
    expect(bad((t) => ((t.sections as { id: string }[])[2]!.id = 'opening'))).toEqual({ 'sections.2.id': '第3个章节的编号与前面的重复' });
    expect(bad((t) => (t.sections = []))).toEqual({ sections: '报告至少要有一个章节' });
    expect(bad((t) => (t.title = '题'.repeat(301)))).toEqual({ title: '报告标题最多300字，现有301字' });
  });

  it('cleans control characters out of saved text', () => {
    const t = updateSection(resetTemplate('supervision'), 'routine', { heading: '抓好\u000b规范' });
    const checked = parseReportTemplate({ ...t, title: '标题\u0000' });
    expect(checked.ok && checked.value.title).toBe('标题');
    expect(checked.ok && checked.value.sections[1]!.heading).toBe('抓好规范');
  });

  it('reorders, hides and resets sections without touching the default', () => {
    const t = resetTemplate('supervision');
    const up = moveSection(t, 'quality', -1);
    expect(ids(up).slice(0, 4)).toEqual(['opening', 'routine', 'quality', 'innovation']);
    expect(moveSection(t, 'opening', -1)).toBe(t);
    expect(ids(moveSectionTo(t, 'problems', 0))[0]).toBe('problems');
    const hidden = setSectionHidden(t, 'centre', true);
    expect(hidden.sections.find((s) => s.id === 'centre')!.hidden).toBe(true);
    const edited = updateSection(hidden, 'routine', { paragraphs: paragraphsOf('r', ['改过的']) });
    expect(resetSection(edited, 'routine').sections.find((s) => s.id === 'routine')!.paragraphs).toEqual(DEFAULT_TEMPLATES.supervision.sections[1]!.paragraphs);
    edited.sections[0]!.paragraphs.push(...paragraphsOf('x', ['x']));
    expect(DEFAULT_TEMPLATES.supervision.sections[0]!.paragraphs).toHaveLength(1);
    expect(resetTemplate('supervision')).toEqual(DEFAULT_TEMPLATES.supervision);
  });

  it('finds the placeholders, figures apart from context', () => {
    expect(placeholdersIn('{{year}}年视察{{ activities.type.inspection }}次{{bad key}}')).toEqual(['year', 'activities.type.inspection', 'bad key']);
    const keys = figureKeysOf(setSectionHidden(resetTemplate('supervision'), 'focus', true));
    expect(keys).toContain('activities.total');
    expect(keys).not.toContain('year');
    expect(keys).not.toContain('proposals.received');
  });

  it('counts whether the year has a 工作要点 for a template that names the plan\'s 1234 steps but not its items', () => {
    // An office that kept the 1234 sentence and dropped the one on its 工作要点: the verdict on the
    // sentence still asks first whether there is a plan, on the screen and from the home button alike.
    const base = resetTemplate('supervision');
    const clause = { id: 'own-1234', text: '工作要点已开展的{{rule.plan.activities}}次活动中方案按时制定{{rule.plan.scheme.onTime}}次。', numbered: false, keepWhenZero: true, missing: '', fallback: '' };
    const only = { ...base, sections: [{ id: 'own', level: 1 as const, heading: '规范建设', hidden: false, paragraphs: [{ clauses: [clause] }] }] };
    expect(figureKeysOf(only).sort()).toEqual(['plans.planned', 'rule.plan.activities', 'rule.plan.scheme.onTime']);
  });
});
