// Turns a learned report and the clerk's decisions into the office's template for that kind:
// headings become sections (the program numbers them again), each sentence a clause with the
// figures it states (so a sentence whose figures are now 0 is left out, and a sentence opening
// 一是/二是 is numbered again over what is kept), every bound number a placeholder of its figure,
// a range {{min~max}}, the report's year and 截至 date their context placeholders, the 存在问题 and
// 下步打算 sections the year's own notes with last year's text as the fallback, and every other
// word exactly as last year's document wrote it. A table is placed when its columns are one of the
// program's tables; any other table cannot be filled from the ledger and is listed, never dropped
// silently.
import { REPORT_TABLES } from '../report-tables';
import { clause, type ReportTemplate, type TemplateParagraph, type TemplateSection } from '../report-template';
import type { LearnedReport, LearnedNumber, NumberRole } from './learn-report';
import { learnedTexts } from './learn-report';

/** What the clerk decided for one number. */
export type NumberDecision = { role: 'figure'; key: string; toKey?: string } | { role: Exclude<NumberRole, 'figure'> };

export type Decisions = ReadonlyMap<string, NumberDecision>;

/** The program's proposals taken as they are: what the template is if the clerk accepts everything. */
export function proposedDecisions(report: LearnedReport): Map<string, NumberDecision> {
  return new Map(report.numbers.map((n) => [n.id, decisionOf(n)]));
}

function decisionOf(n: LearnedNumber): NumberDecision {
  if (n.role === 'figure' && n.proposal.key) return { role: 'figure', key: n.proposal.key, ...(n.proposal.toKey ? { toKey: n.proposal.toKey } : {}) };
  return { role: n.role === 'figure' ? 'text' : n.role };
}

export interface LearnedTemplate {
  template: ReportTemplate;
  /** Tables of the document that are none of the program's, in Chinese, for the clerk. */
  leftOut: string[];
}

// A document's own {{ or [[ would read as a placeholder or a part.
const literal = (text: string) => text.replace(/\{\{/g, '｛｛').replace(/\}\}/g, '｝｝').replace(/\[\[/g, '［［').replace(/\]\]/g, '］］');

/** The text with each decided number replaced by its placeholder; numbers kept as text stay as written. */
function withPlaceholders(text: string, numbers: readonly LearnedNumber[], decisions: Decisions): string {
  let out = '';
  let at = 0;
  for (const n of numbers) {
    const d = decisions.get(n.id) ?? decisionOf(n);
    const placeholder = placeholderOf(n, d);
    if (placeholder === null) continue;
    const m = n.mention;
    // A rate is printed with its % (95.2%), every other figure without its unit.
    const [start, end] = d.role === 'figure' ? [m.numberStart, m.unit === '%' ? m.end : m.numberEnd] : [m.start, m.end];
    out += literal(text.slice(at, start)) + placeholder;
    at = end;
  }
  return out + literal(text.slice(at));
}

function placeholderOf(n: LearnedNumber, d: NumberDecision): string | null {
  switch (d.role) {
    case 'figure':
      return d.toKey && n.mention.kind === 'range' ? `{{${d.key}~${d.toKey}}}` : `{{${d.key}}}`;
    case 'year':
      return n.mention.kind === 'year' ? '{{year}}年' : null;
    case 'until':
      // 截至2025年11月底 keeps its 月底; a whole date is the 截至 date.
      return n.mention.date?.day === 0 ? '{{year}}年{{untilMonth}}' : '{{until}}';
    case 'untilMonth':
      return '{{untilMonth}}';
    case 'text':
      return null;
  }
}

function tableKeyOf(rows: string[][]): string | undefined {
  const header = (rows[0] ?? []).map((c) => c.trim());
  return REPORT_TABLES.find((t) => t.columns.length === header.length && t.columns.every((c, i) => header[i] === c))?.key;
}

/** A paragraph's sentences, each with its closing 。！？ (and a closing quote or bracket after it). */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。！？]+(?:[。！？]+[”’）)]*|$)/g)?.filter((s) => s.trim() !== '') ?? [];
}

const ORDINAL = /^([一二三四五六七八九十]{1,2})是/;
const FIGURE_PLACEHOLDER = /\{\{(?!year\}|until|untilMonth|table:|notes\.)[^{}]+\}\}/;

/**
 * 召开全体会议{{a}}次、常委会议{{b}}次，出席率{{c}}。→ each piece between 、，；with a figure is a
 * part, so a figure that is 0 this year takes only its own piece out, not the whole sentence.
 * A sentence with one piece of figures needs no part: the clause itself is left out.
 */
function withParts(sentence: string): string {
  const pieces = sentence.split(/(?<=[，、；])/);
  if (pieces.filter((p) => FIGURE_PLACEHOLDER.test(p)).length < 2) return sentence;
  return pieces
    .map((piece) => {
      if (!FIGURE_PLACEHOLDER.test(piece)) return piece;
      const m = /^(.*?)([，、；。！？”’）)]*)$/.exec(piece)!;
      return `[[${m[1]}]]${m[2]}`;
    })
    .join('');
}

/** Sentences as clauses; one opening 一是/二是 is numbered by the renderer, so its ordinal is dropped here. */
function clausesOf(id: string, text: string): TemplateParagraph {
  return {
    clauses: sentencesOf(text).map((sentence, k) => {
      const numbered = ORDINAL.test(sentence);
      return clause(`${id}.${k}`, withParts(numbered ? sentence.replace(ORDINAL, '') : sentence), { numbered });
    }),
  };
}

/** The notes a learned 存在问题 / 下步打算 section prints: the 提案 report's own, the year's for the other kinds. */
const slotPlaceholder = (kind: ReportTemplate['kind'], slot: 'problems' | 'plans') =>
  kind === 'proposals' ? (slot === 'problems' ? '{{notes.proposals.problems}}' : '{{notes.proposals.nextSteps}}') : slot === 'problems' ? '{{notes.problems}}' : '{{notes.nextSteps}}';

export function learnedTemplate(report: LearnedReport, decisions: Decisions): LearnedTemplate {
  const byWhere = new Map<string, LearnedNumber[]>();
  for (const n of report.numbers) byWhere.set(n.where, [...(byWhere.get(n.where) ?? []), n]);
  const textOf = new Map(learnedTexts(report.structure).map((t) => [t.where, t.text]));
  const fill = (where: string) => withPlaceholders(textOf.get(where) ?? '', byWhere.get(where) ?? [], decisions);
  const leftOut: string[] = [];
  const s = report.structure;
  const sections: TemplateSection[] = s.sections.map((section, si) => {
    const id = `learned-${si + 1}`;
    const texts: string[] = [];
    const paragraphs: TemplateParagraph[] = [];
    section.body.forEach((item, ii) => {
      if (item.kind === 'paragraph') {
        texts.push(fill(`body:${si}:${ii}`));
        paragraphs.push(clausesOf(`${id}.${ii}`, texts.at(-1)!));
        return;
      }
      const key = tableKeyOf(item.rows ?? []);
      if (key) paragraphs.push({ clauses: [clause(`${id}.${ii}.0`, `{{table:${key}}}`)] });
      else leftOut.push(`“${section.heading || '开头'}”中的表格（首行：${(item.rows?.[0] ?? []).join('、')}）不是程序能填写的表格，未写入模板`);
    });
    // 存在问题 / 下步打算: the year's own notes from the 工作要点 screen, last year's words when there are none.
    const slotted = section.slot && texts.length ? [{ clauses: [clause(`${id}.notes`, slotPlaceholder(report.kind, section.slot), { fallback: texts.join('\n') })] }] : paragraphs;
    return { id, level: section.level, heading: section.heading ? fill(`heading:${si}`) : '', hidden: false, paragraphs: slotted };
  });
  const template: ReportTemplate = {
    kind: report.kind,
    title: fill('title') || '报告',
    occasion: literal(s.occasion),
    speaker: literal(s.speaker),
    useSpeechHeader: s.occasion !== '' || s.salutation !== '',
    sections,
    phrases: [],
  };
  return { template, leftOut };
}
