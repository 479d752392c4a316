// Building templates in code (the built-in ones; a template learned from an office's .docx): a
// clause with its defaults filled in, and a section whose clauses get ids from their place
// (`review.2.0`: section review, third paragraph, first clause), unique as the schema wants.
import type { SectionLevel, TemplateClause, TemplateParagraph, TemplateSection } from '../template-types';

export type ClauseOptions = Partial<Omit<TemplateClause, 'id' | 'text'>>;

/** A clause with the defaults filled in. */
export function clause(id: string, text: string, options: ClauseOptions = {}): TemplateClause {
  return { id, text, numbered: false, keepWhenZero: false, missing: '', fallback: '', ...options };
}

/** A clause as a built-in template writes it: its text and any option but the id. */
export type ClauseSpec = string | ({ text: string } & ClauseOptions);

/** A numbered clause (一是、二是…): the renderer writes the ordinal. */
export const numbered = (text: string, options: ClauseOptions = {}): ClauseSpec => ({ text, numbered: true, ...options });

/** Connective text that stays even when the figures around it are all left out. */
export const stays = (text: string): ClauseSpec => ({ text, keepWhenZero: true });

/** A section whose paragraphs are lists of clause specs (a lone spec is a paragraph of one clause). */
export function section(id: string, level: SectionLevel, heading: string, paragraphs: (ClauseSpec | ClauseSpec[])[]): TemplateSection {
  return { id, level, heading, hidden: false, paragraphs: paragraphsOf(id, paragraphs) };
}

/** Paragraphs from clause specs, their clauses' ids made from `idPrefix` and their place. */
export function paragraphsOf(idPrefix: string, paragraphs: (ClauseSpec | ClauseSpec[])[]): TemplateParagraph[] {
  return paragraphs.map((p, i): TemplateParagraph => ({
    clauses: (Array.isArray(p) ? p : [p]).map((spec, k) => {
      const { text, ...options } = typeof spec === 'string' ? { text: spec } : spec;
      return clause(`${idPrefix}.${i}.${k}`, text, options);
    }),
  }));
}
