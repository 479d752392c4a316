// The wording rules every built-in template keeps, so a report reads as the office's own at any
// level: the full name ({{committee}}) only in the title, the occasion line and the opening, the
// 简称 ({{short}}) after; 县委/县政府/全县 never written out but {{party}}, {{government}} and
// {{area}}, which follow the committee's level; phrases that belong to years only as {{phrase:…}}.
import { describe, expect, it } from 'vitest';
import { clausesOf, DEFAULT_TEMPLATES, REPORT_TEMPLATE_KINDS } from './report-template';
import { RURAL_AIM_PHRASE } from './templates/supervision-template';

const LEVEL_WORDS = /[县市区](委|政府|直)|全[县市区]/;
const YEAR_BOUND = RURAL_AIM_PHRASE.variants.map((v) => v.text);

describe.each(REPORT_TEMPLATE_KINDS)('the built-in %s template', (kind) => {
  const template = DEFAULT_TEMPLATES[kind];
  const body = clausesOf(template).filter(({ section }) => section.id !== 'opening');
  const texts = [template.title, ...template.sections.map((s) => s.heading), ...clausesOf(template).flatMap(({ clause }) => [clause.text, clause.fallback])];

  it('writes the full name only in the title, the occasion and the opening', () => {
    expect(body.filter(({ clause }) => `${clause.text}${clause.fallback}`.includes('{{committee}}')).map(({ clause }) => clause.id)).toEqual([]);
  });

  it('writes no level-bound word (县委, 县政府, 县直, 全县) but through its placeholder', () => {
    expect(texts.filter((t) => LEVEL_WORDS.test(t))).toEqual([]);
  });

  it('writes a year-bound phrase only through {{phrase:…}}', () => {
    expect(texts.filter((t) => YEAR_BOUND.some((p) => t.includes(p)))).toEqual([]);
  });
});
