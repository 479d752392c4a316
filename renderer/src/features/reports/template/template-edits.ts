// What the template editor does to a template beyond the domain's move/hide/reset: put a figure
// where the cursor is, add and remove paragraphs, clauses and sections, change a clause and a
// year-bound phrase, and say in Chinese what would stop the template from saving (a placeholder
// that names no figure, a [[part]] left open), naming the clause (domain/report/template-check.ts).
import { clause, updateSection, type PhraseVariant, type ReportTemplate, type SectionLevel, type TemplateClause, type TemplateSection } from '../../../domain/report/report-template';
import { templateProblems } from '../../../domain/report/template-check';
import type { DictionaryEntry } from '../../../domain/dictionaries/dictionary-kinds';

export { isKnownPlaceholder } from '../../../domain/report/template-check';

type NewId = () => string;
const randomId: NewId = () => globalThis.crypto.randomUUID();

/** The text with `{{key}}` in place of the selection, and where the cursor goes after it. */
export function insertPlaceholder(text: string, start: number, end: number, key: string): { text: string; cursor: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const token = `{{${key}}}`;
  return { text: text.slice(0, from) + token + text.slice(to), cursor: from + token.length };
}

/** Every reason the template would be refused at save, each naming the clause. */
export function unknownPlaceholderMessages(t: ReportTemplate, dictionary: readonly DictionaryEntry[] = []): string[] {
  return templateProblems(t, dictionary);
}

/** A clause id no clause of the template has. */
function freshClauseId(t: ReportTemplate, newId: NewId): string {
  const taken = new Set(t.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.clauses.map((c) => c.id))));
  let id = `custom-${newId()}`;
  while (taken.has(id)) id = `custom-${newId()}`;
  return id;
}

function withParagraphs(t: ReportTemplate, sectionId: string, change: (paragraphs: TemplateSection['paragraphs']) => TemplateSection['paragraphs']): ReportTemplate {
  const section = t.sections.find((s) => s.id === sectionId);
  return section ? updateSection(t, sectionId, { paragraphs: change(section.paragraphs) }) : t;
}

export function setClause(t: ReportTemplate, sectionId: string, paragraph: number, index: number, patch: Partial<Omit<TemplateClause, 'id'>>): ReportTemplate {
  return withParagraphs(t, sectionId, (ps) => ps.map((p, i) => (i === paragraph ? { clauses: p.clauses.map((c, k) => (k === index ? { ...c, ...patch } : c)) } : p)));
}

export function addParagraph(t: ReportTemplate, sectionId: string, newId: NewId = randomId): ReportTemplate {
  const id = freshClauseId(t, newId);
  return withParagraphs(t, sectionId, (ps) => [...ps, { clauses: [clause(id, '')] }]);
}

export function removeParagraph(t: ReportTemplate, sectionId: string, index: number): ReportTemplate {
  return withParagraphs(t, sectionId, (ps) => ps.filter((_, i) => i !== index));
}

/** A new, empty clause after the others of a paragraph. */
export function addClause(t: ReportTemplate, sectionId: string, paragraph: number, newId: NewId = randomId): ReportTemplate {
  const id = freshClauseId(t, newId);
  return withParagraphs(t, sectionId, (ps) => ps.map((p, i) => (i === paragraph ? { clauses: [...p.clauses, clause(id, '')] } : p)));
}

/** Removes a clause; a paragraph left without clauses goes too. */
export function removeClause(t: ReportTemplate, sectionId: string, paragraph: number, index: number): ReportTemplate {
  return withParagraphs(t, sectionId, (ps) =>
    ps.map((p, i) => (i === paragraph ? { clauses: p.clauses.filter((_, k) => k !== index) } : p)).filter((p) => p.clauses.length > 0),
  );
}

/** A new, empty section after `afterId` (or at the end), with an id no other section has. */
export function addSection(t: ReportTemplate, level: SectionLevel, afterId?: string, newId: NewId = randomId): ReportTemplate {
  let id = `custom-${newId()}`;
  while (t.sections.some((s) => s.id === id)) id = `custom-${newId()}`;
  const at = afterId === undefined ? t.sections.length : t.sections.findIndex((s) => s.id === afterId) + 1;
  const sections = [...t.sections];
  sections.splice(at <= 0 ? sections.length : at, 0, { id, level, heading: '', hidden: false, paragraphs: [{ clauses: [clause(freshClauseId(t, newId), '')] }] });
  return { ...t, sections };
}

/** Removes a section the office added; the default's own sections are hidden instead, so a reset can bring them back. */
export function removeSection(t: ReportTemplate, id: string): ReportTemplate {
  if (t.sections.length <= 1) return t;
  return { ...t, sections: t.sections.filter((s) => s.id !== id) };
}

/** Changes one wording of a year-bound phrase. */
export function setPhraseVariant(t: ReportTemplate, key: string, index: number, patch: Partial<PhraseVariant>): ReportTemplate {
  return { ...t, phrases: t.phrases.map((p) => (p.key === key ? { ...p, variants: p.variants.map((v, i) => (i === index ? { ...v, ...patch } : v)) } : p)) };
}

export function addPhraseVariant(t: ReportTemplate, key: string): ReportTemplate {
  return { ...t, phrases: t.phrases.map((p) => (p.key === key ? { ...p, variants: [...p.variants, { fromYear: null, toYear: null, text: '' }] } : p)) };
}

export function removePhraseVariant(t: ReportTemplate, key: string, index: number): ReportTemplate {
  return { ...t, phrases: t.phrases.map((p) => (p.key === key && p.variants.length > 1 ? { ...p, variants: p.variants.filter((_, i) => i !== index) } : p)) };
}
