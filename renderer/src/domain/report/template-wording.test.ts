// The wording rules every built-in template keeps, so a report reads as the office's own at any
// level: the full name ({{committee}}) only in the title, the occasion line and the opening, the
// 简称 ({{short}}) after; 县委/县政府/全县 never written out but {{party}}, {{government}} and
// {{area}}, which follow the committee's level; phrases that belong to years only as {{phrase:…}};
// and no word for the year as seen from today (今年, 本年, 一年来): a report of 2026 is made in
// January 2027, when 今年 is 2027, and one 截至3月31日 is no year — {{year}}年 reads right in both.
import { describe, expect, it } from 'vitest';
import { clausesOf, DEFAULT_TEMPLATES, REPORT_TEMPLATE_KINDS } from './report-template';
import { RURAL_AIM_PHRASE } from './templates/supervision-template';

const LEVEL_WORDS = /[县市区](委|政府|直)|全[县市区]/;
const YEAR_BOUND = RURAL_AIM_PHRASE.variants.map((v) => v.text);
const YEAR_FROM_TODAY = /今年|本年|一年来|全年|年内|过去一年|这一年|去年|明年/;

describe.each(REPORT_TEMPLATE_KINDS)('the built-in %s template', (kind) => {
  const template = DEFAULT_TEMPLATES[kind];
  const body = clausesOf(template).filter(({ section }) => section.id !== 'opening');
  const texts = [template.title, template.occasion, ...template.sections.map((s) => s.heading), ...clausesOf(template).flatMap(({ clause }) => [clause.text, clause.fallback])];

  it('writes the full name only in the title, the occasion and the opening', () => {
    expect(body.filter(({ clause }) => `${clause.text}${clause.fallback}`.includes('{{committee}}')).map(({ clause }) => clause.id)).toEqual([]);
  });

  it('writes no level-bound word (县委, 县政府, 县直, 全县) but through its placeholder', () => {
    expect(texts.filter((t) => LEVEL_WORDS.test(t))).toEqual([]);
  });

  it('writes no year as seen from today (今年, 一年来) in what it prints', () => {
    expect(texts.filter((t) => YEAR_FROM_TODAY.test(t))).toEqual([]);
    expect(template.phrases.flatMap((p) => p.variants.map((v) => v.text)).filter((t) => YEAR_FROM_TODAY.test(t))).toEqual([]);
  });

  it('writes a year-bound phrase only through {{phrase:…}}', () => {
    expect(texts.filter((t) => YEAR_BOUND.some((p) => t.includes(p)))).toEqual([]);
  });
});
