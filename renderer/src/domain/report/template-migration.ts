// Templates saved by the earlier release keep opening: there a section's paragraphs were plain
// strings and a template had no year-bound phrases. Such a paragraph becomes clauses — split
// where the office wrote 一是、二是… (those clauses are then numbered by the renderer, so leaving
// one out closes the numbering up) — and a range written {{a}}—{{b}} becomes {{a~b}}, which
// collapses when both ends are equal. Anything already in the clause shape passes untouched;
// the schema then validates the result as it validates any template.
import type { TemplateClause } from './template-types';

const ORDINAL = /[一二三四五六七八九十]+是/g;
const OLD_RANGE = /\{\{\s*([^{}~]+?)\s*\}\}\s*[—–－~～-]{1,2}\s*\{\{\s*([^{}~]+?)\s*\}\}/g;

/** An ordinal counts only at the start of the text or right after a sentence or a colon ended. */
function ordinalStarts(text: string): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[。；：！？:;]$/.test(before)) out.push({ at: m.index, length: m[0].length });
  }
  return out;
}

/** One old paragraph as clauses: the text before the first 一是 (if any), then one numbered clause per ordinal. */
export function clausesFromOldParagraph(paragraph: string, idPrefix: string): TemplateClause[] {
  const text = paragraph.replace(OLD_RANGE, (_, a: string, b: string) => `{{${a}~${b}}}`);
  const starts = ordinalStarts(text);
  const make = (i: number, t: string, numbered: boolean): TemplateClause => ({ id: `${idPrefix}.${i}`, text: t.trim(), numbered, keepWhenZero: false, missing: '', fallback: '' });
  if (starts.length === 0) return [make(0, text, false)];
  const clauses: TemplateClause[] = [];
  const lead = text.slice(0, starts[0]!.at);
  if (lead.trim()) clauses.push(make(0, lead, false));
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.at ?? text.length;
    clauses.push(make(clauses.length, text.slice(s.at + s.length, end), true));
  });
  return clauses;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The zod preprocess step: an earlier release's template in the clause shape; anything else as it came. */
export function migrateTemplateInput(input: unknown): unknown {
  if (!isRecord(input) || !Array.isArray(input.sections)) return input;
  const sections = input.sections.map((section: unknown, i) => {
    if (!isRecord(section) || !Array.isArray(section.paragraphs)) return section;
    const sectionId = typeof section.id === 'string' && section.id ? section.id : `s${i}`;
    return {
      ...section,
      paragraphs: section.paragraphs.map((p: unknown, j) => (typeof p === 'string' ? { clauses: clausesFromOldParagraph(p, `${sectionId}.${j}`) } : p)),
    };
  });
  return { ...input, sections, phrases: input.phrases ?? [] };
}
