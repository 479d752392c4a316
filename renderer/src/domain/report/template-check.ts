// What stops a template from being saved: a placeholder that names no figure, a [[part]] or
// {{…}} left open, a brace left single ({…}, ｛…｝: marks of either width read alike, clause-text.ts), a {{phrase:…}} the template does not define or whose wordings leave years
// uncovered, a table or chart placed inside a sentence. Each message names the clause (第2节“抓好监督创新”第3段第1句), so the office can find
// it. The editor shows these before saving and the repository refuses to save while any is left.
import { figureByKey } from './figure-catalogue';
import { REPORT_TABLES, TABLE_PREFIX } from './report-tables';
import { CHART_PREFIX, reportChartByKey } from './report-charts';
import { blockPlaceholderOf, keysOfPlaceholder, parseClauseText, PHRASE_PREFIX, placeholdersIn, RANGE_SEPARATOR, strayMarkers, widthHint } from './clause-text';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import { isContextKey, type PhraseVariant, type ReportTemplate, type TemplateSection } from './report-template';

/** Whether a placeholder (without braces) names something the renderer knows; phrases need the template's list, an office's own activity types the ledger's dictionary. */
export function isKnownPlaceholder(key: string, phraseKeys: ReadonlySet<string> = new Set(), dictionary: readonly DictionaryEntry[] = []): boolean {
  if (key.startsWith(PHRASE_PREFIX)) return phraseKeys.has(key.slice(PHRASE_PREFIX.length));
  if (key.startsWith(TABLE_PREFIX)) return REPORT_TABLES.some((t) => TABLE_PREFIX + t.key === key);
  if (key.startsWith(CHART_PREFIX)) return reportChartByKey(key.slice(CHART_PREFIX.length)) !== undefined;
  if (key.includes(RANGE_SEPARATOR)) {
    const ends = keysOfPlaceholder(key);
    return ends.length === 2 && ends.every((k) => figureByKey(k, dictionary) !== undefined);
  }
  return isContextKey(key) || figureByKey(key, dictionary) !== undefined;
}

export const sectionName = (index: number, section: Pick<TemplateSection, 'heading'>) => `第${index + 1}节${section.heading ? `“${section.heading}”` : ''}`;

/** 第2节“抓好监督创新”第3段第1句 */
export function clauseName(sectionIndex: number, section: Pick<TemplateSection, 'heading'>, paragraphIndex: number, clauseIndex: number): string {
  return `${sectionName(sectionIndex, section)}第${paragraphIndex + 1}段第${clauseIndex + 1}句`;
}

function textProblems(where: string, text: string, phraseKeys: ReadonlySet<string>, wholeBlockAllowed: boolean, dictionary: readonly DictionaryEntry[]): string[] {
  const out: string[] = [];
  const parsed = parseClauseText(text);
  if (!parsed.ok) out.push(`${where}：${parsed.error}`);
  else {
    const stray = strayMarkers(text);
    if (stray.length) out.push(`${where}中的${stray.map((s) => `“${s}”`).join('、')}不是完整的数字标记${widthHint(text) || '（数字要写作{{名称}}，请用“插入数字”）'}`);
  }
  for (const key of placeholdersIn(text)) {
    if (!isKnownPlaceholder(key, phraseKeys, dictionary)) {
      out.push(key.startsWith(PHRASE_PREFIX) ? `${where}中的“{{${key}}}”不是本模板的用语` : `${where}中的“{{${key}}}”不是已有的统计数字`);
    } else if ((key.startsWith(TABLE_PREFIX) || key.startsWith(CHART_PREFIX)) && !(wholeBlockAllowed && blockPlaceholderOf(text))) {
      out.push(`${where}中的“{{${key}}}”应单独成段`);
    }
  }
  return out;
}

/** Every reason the template cannot be saved, in Chinese, each naming where it is. */
export function templateProblems(t: ReportTemplate, dictionary: readonly DictionaryEntry[] = []): string[] {
  const phraseKeys = new Set(t.phrases.map((p) => p.key));
  const out = [...textProblems('标题', t.title, phraseKeys, false, dictionary), ...textProblems('会议名称', t.occasion, phraseKeys, false, dictionary)];
  t.sections.forEach((s, i) => {
    out.push(...textProblems(`${sectionName(i, s)}的标题`, s.heading, phraseKeys, false, dictionary));
    s.paragraphs.forEach((p, j) =>
      p.clauses.forEach((c, k) => {
        const where = clauseName(i, s, j, k);
        out.push(...textProblems(where, c.text, phraseKeys, p.clauses.length === 1, dictionary));
        if (c.fallback) out.push(...textProblems(`${where}的替代文字`, c.fallback, phraseKeys, false, dictionary));
        // The review note's text may name the office's words ({{unit}}) but no figure: it says why one is missing.
        for (const key of placeholdersIn(c.missing)) if (!isContextKey(key)) out.push(`${where}的未写入说明中的“{{${key}}}”不是报告信息（只能用年度、简称、基层单位名称等）`);
      }),
    );
  });
  t.phrases.forEach((p) => {
    p.variants.forEach((v, i) => {
      if (v.fromYear !== null && v.toYear !== null && v.fromYear > v.toYear) out.push(`用语“${p.label}”的第${i + 1}种写法起始年份晚于截止年份`);
    });
    const gaps = uncoveredYears(p.variants);
    if (gaps.length) out.push(`用语“${p.label}”没有${gaps.join('、')}的写法，请补上或放宽相邻写法的年份`);
  });
  return out;
}

const FIRST_YEAR = 1949;
const LAST_YEAR = 2200;

/** The years (as 2020年至2025年, 2020年及以前, 2026年起) that no variant of a phrase covers: a report of such a year would have no wording for it. */
export function uncoveredYears(variants: readonly PhraseVariant[]): string[] {
  const spans = variants
    .map((v) => [v.fromYear ?? FIRST_YEAR, v.toYear ?? LAST_YEAR] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  const gaps: string[] = [];
  let next = FIRST_YEAR;
  for (const [from, to] of spans) {
    if (from > next) gaps.push(yearSpanText(next, from - 1));
    next = Math.max(next, to + 1);
  }
  if (next <= LAST_YEAR) gaps.push(yearSpanText(next, LAST_YEAR));
  return gaps;
}

/** The years a variant covers, as the editor's messages and the review notes write them. */
export const variantYearsText = (v: Pick<PhraseVariant, 'fromYear' | 'toYear'>) => yearSpanText(v.fromYear ?? FIRST_YEAR, v.toYear ?? LAST_YEAR);

function yearSpanText(from: number, to: number): string {
  if (from === FIRST_YEAR) return `${to}年及以前`;
  if (to === LAST_YEAR) return `${from}年起`;
  return from === to ? `${from}年` : `${from}年至${to}年`;
}
