// What the template editor does to a template beyond the domain's move/hide/reset: put a figure
// where the cursor is, add and remove paragraphs and sections, and say in Chinese what would
// stop the template from printing (a placeholder that names no figure) before it is saved.
import { CONTEXT_PLACEHOLDERS, placeholdersIn, updateSection, type ReportTemplate, type SectionLevel } from '../../../domain/report/report-template';
import { figureByKey } from '../../../domain/report/figure-catalogue';
import { REPORT_TABLES, TABLE_PREFIX } from '../../../domain/report/report-tables';
import { CHART_PREFIX, reportChartByKey } from '../../../domain/report/report-charts';

/** The text with `{{key}}` in place of the selection, and where the cursor goes after it. */
export function insertPlaceholder(text: string, start: number, end: number, key: string): { text: string; cursor: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const token = `{{${key}}}`;
  return { text: text.slice(0, from) + token + text.slice(to), cursor: from + token.length };
}

export function isKnownPlaceholder(key: string): boolean {
  if (key in CONTEXT_PLACEHOLDERS) return true;
  if (key.startsWith(TABLE_PREFIX)) return REPORT_TABLES.some((t) => TABLE_PREFIX + t.key === key);
  if (key.startsWith(CHART_PREFIX)) return reportChartByKey(key.slice(CHART_PREFIX.length)) !== undefined;
  return figureByKey(key) !== undefined;
}

const sectionName = (index: number, heading: string) => `第${index + 1}节${heading ? `“${heading}”` : ''}`;

/** Every placeholder in the template that names nothing known, as messages naming where it is. */
export function unknownPlaceholderMessages(t: ReportTemplate): string[] {
  const messages: string[] = [];
  for (const key of placeholdersIn(t.title)) if (!isKnownPlaceholder(key)) messages.push(`标题中的“{{${key}}}”不是已有的统计数字`);
  t.sections.forEach((s, i) => {
    for (const key of placeholdersIn(s.heading)) if (!isKnownPlaceholder(key)) messages.push(`${sectionName(i, s.heading)}的标题中的“{{${key}}}”不是已有的统计数字`);
    s.paragraphs.forEach((p, k) => {
      for (const key of placeholdersIn(p)) if (!isKnownPlaceholder(key)) messages.push(`${sectionName(i, s.heading)}第${k + 1}段中的“{{${key}}}”不是已有的统计数字`);
    });
  });
  return messages;
}

export function setParagraph(t: ReportTemplate, sectionId: string, index: number, text: string): ReportTemplate {
  const section = t.sections.find((s) => s.id === sectionId);
  if (!section) return t;
  return updateSection(t, sectionId, { paragraphs: section.paragraphs.map((p, i) => (i === index ? text : p)) });
}

export function addParagraph(t: ReportTemplate, sectionId: string): ReportTemplate {
  const section = t.sections.find((s) => s.id === sectionId);
  return section ? updateSection(t, sectionId, { paragraphs: [...section.paragraphs, ''] }) : t;
}

export function removeParagraph(t: ReportTemplate, sectionId: string, index: number): ReportTemplate {
  const section = t.sections.find((s) => s.id === sectionId);
  return section ? updateSection(t, sectionId, { paragraphs: section.paragraphs.filter((_, i) => i !== index) }) : t;
}

/** A new, empty section after `afterId` (or at the end), with an id no other section has. */
export function addSection(t: ReportTemplate, level: SectionLevel, afterId?: string, newId: () => string = () => globalThis.crypto.randomUUID()): ReportTemplate {
  let id = `custom-${newId()}`;
  while (t.sections.some((s) => s.id === id)) id = `custom-${newId()}`;
  const at = afterId === undefined ? t.sections.length : t.sections.findIndex((s) => s.id === afterId) + 1;
  const sections = [...t.sections];
  sections.splice(at <= 0 ? sections.length : at, 0, { id, level, heading: '', hidden: false, paragraphs: [''] });
  return { ...t, sections };
}

/** Removes a section the office added; the default's own sections are hidden instead, so a reset can bring them back. */
export function removeSection(t: ReportTemplate, id: string): ReportTemplate {
  if (t.sections.length <= 1) return t;
  return { ...t, sections: t.sections.filter((s) => s.id !== id) };
}
