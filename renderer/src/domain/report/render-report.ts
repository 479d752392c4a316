// Fills a template from the figures and turns it into the document a preview shows and the docx
// writer lays out: numbered headings, paragraphs (as runs, each printed figure marked), tables,
// the speech-style header, issuer and date. Nothing here knows about pages or fonts.
//
// Clauses are composed by compose-clause.ts; here they become paragraphs and sections: a clause
// left out closes up the 一是/二是 numbering, a paragraph whose figure clauses all went goes with
// its connective text, a section with nothing left goes, and a heading with nothing under it. A
// table without rows and a chart with nothing in it are left out like a clause. The same call
// makes both copies: the 印发稿 (`copy: 'print'`) and the 核对稿 (`'review'`), where each
// left-out clause stands as a note 【未写入：…】 in its place. A placeholder naming no figure stays
// visible as an error and blocks export.
import { formatChineseDate } from '../common/dates';
import { toChineseNumeral } from '../common/chinese-numerals';
import type { FigureResult } from './figure-result';
import { clausesOf, DEFAULT_TEMPLATES, type ReportTemplate, type SectionLevel, type TemplateSection } from './report-template';
import { contextValue, emptyContextReason, isNotesKey, phraseFor } from './context-values';
import { DEFAULT_STATION_UNIT_NAME } from '../stations/station-settings';
import { cleanReportText } from './report-text';
import { headingNumbers, typedHeadingOf } from './heading-numbers';
import { REPORT_TABLES, TABLE_PREFIX } from './report-tables';
import { figureByKey } from './figure-catalogue';
import { CHART_PREFIX, isEmptyChart, reportChartByKey, type ReportChartData } from './report-charts';
import { blockPlaceholderOf, leftoverMarkers } from './clause-text';
import { composeClause, noteText, unknownFigureText, type ClauseEnv, type ClauseProblemKind, type ComposeMemo, type ReportRun } from './compose-clause';
import { filledText, newRenderMemo, titleLinesOf, type RenderMemo } from './render-memo';
import { DEFAULT_REPORT_STYLE, type ReportStyle } from './report-style';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';

export { unknownFigureText, type ReportRun } from './compose-clause';

export type ReportBlock =
  | { kind: 'heading'; level: SectionLevel; text: string }
  /** `runs` joined are `text`; `note`: a review-copy paragraph standing for what was left out. */
  | { kind: 'paragraph'; text: string; figureKeys: string[]; runs?: ReportRun[]; note?: true }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] }
  /** A chart as data (key without `chart:`); the preview draws it, the .docx gets a picture of it. */
  | { kind: 'chart'; key: string; caption: string; data: ReportChartData };

/**
 * A clause's problem; `nothing-recorded`: every clause stating a figure went, so the document
 * would say nothing of the ledger; `leftover-marker`: the printed text still holds a mark
 * (｛activities.total｝, 【【…】】 from another source) that no reading turned into a figure.
 */
export type ReportProblemKind = ClauseProblemKind | 'nothing-recorded' | 'leftover-marker';

export interface ReportProblem {
  /** Index into `blocks`; −1 for the title, the header or the whole document. */
  blockIndex: number;
  /** The figure's key; for `nothing-recorded`, what the ledger lacks (the left-out clauses' first reasons). */
  key: string;
  kind: ReportProblemKind;
  /** For `unrecorded`: how many members lack the field, in the words of missing-reasons.ts. */
  detail?: string;
}

/** A clause (or a table, a chart) the document leaves out, and why. */
export interface OmittedClause {
  clauseId: string;
  /** The section's heading, or 开头 for one without. */
  section: string;
  /** What the review copy prints inside 【未写入：…】. */
  reasons: string[];
}

export interface ReportHeader {
  occasion: string;
  speaker: string;
  salutation: '各位委员、同志们：';
}

export interface ReportDocument {
  title: string;
  /** The title broken by the program at word boundaries into balanced lines (GB/T 9704). */
  titleLines: string[];
  header?: ReportHeader;
  blocks: ReportBlock[];
  issuer: string;
  /** 2025年11月30日 */
  dateText: string;
  problems: ReportProblem[];
  /** What was left out (both copies list it; only the review copy prints it). */
  omitted?: OmittedClause[];
  /** 印发稿 or 核对稿; absent: a document printed as it is (a member's record, a ranking). */
  copy?: ReportCopy;
}

export type { ReportContext, ReportCopy } from './context-values';
import type { ReportContext, ReportCopy } from './context-values';

function envOf(template: ReportTemplate, figures: ReadonlyMap<string, FigureResult>, context: ReportContext, memo: ComposeMemo): ClauseEnv {
  return {
    memo,
    figures,
    context: (key) => contextValue(key, context),
    emptyContextReason,
    isNotesKey,
    phrase: (key) => phraseFor(template.phrases, key, context.scope.year),
    phraseGap: (key) => `用语“${template.phrases.find((p) => p.key === key)?.label ?? key}”没有${context.scope.year}年的写法`,
    style: context.style ?? DEFAULT_REPORT_STYLE,
    review: (context.copy ?? 'print') === 'review',
    dictionary: context.dictionary ?? [],
    unitName: context.unitName || DEFAULT_STATION_UNIT_NAME,
    builtInFallback: (id) => builtInFallbacks(template.kind).get(id),
  };
}

const fallbacksByKind = new Map<ReportTemplate['kind'], ReadonlyMap<string, string>>();
/** The built-in template's 替代文字 by clause id: a clause whose fallback differs is the office's own wording. */
function builtInFallbacks(kind: ReportTemplate['kind']): ReadonlyMap<string, string> {
  let found = fallbacksByKind.get(kind);
  if (!found) fallbacksByKind.set(kind, (found = new Map(clausesOf(DEFAULT_TEMPLATES[kind]).map(({ clause }) => [clause.id, clause.fallback]))));
  return found;
}

function textOfRuns(runs: readonly ReportRun[]): string {
  let text = '';
  for (const r of runs) text += r.text;
  return text;
}

/** The figures a paragraph prints, each once, in order. */
function figureKeysOf(runs: readonly ReportRun[]): string[] {
  const keys = new Set<string>();
  for (const r of runs) if (r.figure) keys.add(r.figure);
  return [...keys];
}

/** Each line cleaned (cleanReportText), the breaks kept; a text of one line, as nearly every one is, without splitting it. */
const cleanLines = (text: string) => (text.includes('\n') ? text.split('\n').map(cleanReportText).join('\n') : cleanReportText(text));

/**
 * Runs with line breaks (the office's notes) as several paragraphs, each run's text cleaned first
 * (notes the office wrote keep their line breaks until here, where they split the paragraph).
 */
function cleanParagraphs(runs: readonly ReportRun[]): ReportRun[][] {
  const out: ReportRun[][] = [[]];
  for (const run of runs) {
    const text = run.figure || run.note ? run.text : cleanLines(run.text);
    // A run of one line (nearly all) goes on the paragraph as it is, without splitting its text.
    if (!text.includes('\n')) {
      if (text) out[out.length - 1]!.push({ ...run, text });
      continue;
    }
    text.split('\n').forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece) out.at(-1)!.push({ ...run, text: piece });
    });
  }
  return out.filter((p) => textOfRuns(p).trim() !== '');
}

interface SectionOut {
  blocks: ReportBlock[];
  problems: Omit<ReportProblem, 'blockIndex'>[][];
  /** Whether anything with figures (or a connective-only section) survived. */
  kept: boolean;
  omitted: OmittedClause[];
}

type Charts = ReadonlyMap<string, ReportChartData>;

/** A table or chart placed by a clause alone in its paragraph, or a left-out one with its reason. */
function blockClause(text: string, figures: ReadonlyMap<string, FigureResult>, charts: Charts, style: ReportStyle, dictionary: readonly DictionaryEntry[]): { block?: ReportBlock; problems: Omit<ReportProblem, 'blockIndex'>[]; reason?: string } | undefined {
  const placed = blockPlaceholderOf(text);
  if (!placed) return undefined;
  const fullKey = placed.prefix + placed.key;
  const unknown = { block: { kind: 'paragraph' as const, text: unknownFigureText(fullKey), figureKeys: [] }, problems: [{ key: fullKey, kind: 'unknown-figure' as const }] };
  if (placed.prefix === TABLE_PREFIX) {
    const table = REPORT_TABLES.find((t) => t.key === placed.key);
    if (!table) return unknown;
    const built = table.build(figures, style, dictionary);
    const problems = built.missing.map((key) => ({ key, kind: 'unknown-figure' as const }));
    if (built.rows.length === 0) return { problems, reason: `${table.caption}没有数据` };
    return { block: { kind: 'table', caption: table.caption, columns: table.columns, rows: built.rows }, problems };
  }
  const chart = reportChartByKey(placed.key);
  if (!chart) return unknown;
  const data = charts.get(placed.key);
  if (!data) throw new Error(`图表“${chart.caption}”的数据没有计算（renderReport 的 charts 参数缺少 ${placed.key}）`);
  if (isEmptyChart(data)) return { problems: [], reason: `${chart.caption}各项都是0` };
  return { block: { kind: 'chart', key: placed.key, caption: chart.caption, data }, problems: [] };
}

/** `where`: the section's heading as printed (placeholders filled), or 开头. */
function sectionBody(section: TemplateSection, env: ClauseEnv, figures: ReadonlyMap<string, FigureResult>, charts: Charts, where: string): SectionOut {
  const out: SectionOut = { blocks: [], problems: [], kept: false, omitted: [] };
  let ordinal = 0;
  let bearingParagraphs = 0;
  let bearingKept = 0;
  let stays = false;
  const connective: { at: number; count: number }[] = [];
  const push = (block: ReportBlock, problems: Omit<ReportProblem, 'blockIndex'>[]) => {
    out.blocks.push(block);
    out.problems.push(problems);
  };
  const pushNote = (reasons: string[]) => {
    if (env.review) push({ kind: 'paragraph', text: noteText(reasons), figureKeys: [], runs: [{ text: noteText(reasons), note: true }], note: true }, []);
  };
  // Composed first, so the 一是/二是 numbering knows how many of its clauses the section keeps.
  const composedParagraphs = section.paragraphs.map((paragraph) => {
    const only = paragraph.clauses.length === 1 ? paragraph.clauses[0]! : undefined;
    const placed = only && blockClause(only.text, figures, charts, env.style, env.dictionary);
    if (only && placed) return { kind: 'block' as const, paragraph, placed: { clause: only, ...placed } };
    const composed = paragraph.clauses.map((c) => ({ clause: c, result: composeClause(c, env) }));
    const bearing = composed.some((c) => c.result.bearing);
    const anyKept = composed.some((c) => c.result.bearing && c.result.kept);
    // Connective text goes with the figures it introduces, unless marked to stay (keepWhenZero).
    const printed = composed.map(({ clause, result }) => result.kept && !(bearing && !anyKept && !clause.keepWhenZero));
    return { kind: 'clauses' as const, paragraph, composed, bearing, anyKept, printed };
  });
  // A list of one is no list: a lone clause left of a 一是/二是 sequence is printed without its ordinal.
  const numberedKept = composedParagraphs.reduce((n, p) => n + (p.kind === 'clauses' ? p.composed.filter(({ clause }, k) => clause.numbered && p.printed[k]).length : 0), 0);
  for (const entry of composedParagraphs) {
    const { paragraph } = entry;
    if (entry.kind === 'block') {
      const { placed } = entry;
      bearingParagraphs += 1;
      if (placed.block) {
        bearingKept += 1;
        push(placed.block, placed.problems);
      } else {
        out.omitted.push({ clauseId: placed.clause.id, section: where, reasons: [placed.reason!] });
        pushNote([placed.reason!]);
      }
      continue;
    }
    const { composed, bearing, anyKept, printed } = entry;
    const runs: ReportRun[] = [];
    const problems: Omit<ReportProblem, 'blockIndex'>[] = [];
    for (const [k, { clause, result }] of composed.entries()) {
      if (!printed[k]) {
        if (result.bearing) {
          out.omitted.push({ clauseId: clause.id, section: where, reasons: result.reasons });
          if (env.review) runs.push({ text: noteText(result.reasons), note: true });
        }
        problems.push(...result.problems);
        continue;
      }
      problems.push(...result.problems);
      // A review note leading the clause (its 默认文字 or 替代文字) goes before 二是, never between it and its sentence.
      const leading = result.runs.findIndex((r) => !r.note);
      const notes = leading < 0 ? result.runs : result.runs.slice(0, leading);
      runs.push(...notes);
      if (clause.numbered && numberedKept > 1) runs.push({ text: `${toChineseNumeral(++ordinal)}是` });
      runs.push(...result.runs.slice(notes.length));
    }
    if (bearing) bearingParagraphs += 1;
    if (bearing && anyKept) bearingKept += 1;
    // A piece with no word or number left ("。" after its clauses all went) is no paragraph.
    const pieces = cleanParagraphs(runs).filter((p) => p.some((r) => r.note) || /[\p{L}\p{N}]/u.test(textOfRuns(p)));
    if (!bearing && !paragraph.clauses.some((c) => c.keepWhenZero)) connective.push({ at: out.blocks.length, count: pieces.length });
    if (!bearing && paragraph.clauses.some((c) => c.keepWhenZero) && pieces.length) stays = true;
    for (const piece of pieces) {
      const only = piece.every((r) => r.note);
      // A line the office numbered itself （一）… (its notes on the 工作要点 page) is a heading of
      // that level, not a body paragraph. One whose text runs on after the heading's 。 is printed
      // as the heading on its own line and the rest as the paragraph under it: GB/T 9704 sets a
      // paragraph opening with （一） in that level's face throughout, so a run-in lead in 楷体
      // before 仿宋 body text reads (and is checked) as a heading in the wrong face.
      const text = textOfRuns(piece);
      const typed = piece.some((r) => r.note || r.figure) ? undefined : typedHeadingOf(text);
      if (typed) {
        push({ kind: 'heading', level: typed.level, text: text.slice(0, typed.length) }, problems);
        const rest = text.slice(typed.length);
        if (rest) push({ kind: 'paragraph', text: rest, figureKeys: [], runs: [{ text: rest }] }, problems);
        continue;
      }
      push({ kind: 'paragraph', text: textOfRuns(piece), figureKeys: figureKeysOf(piece), runs: piece, ...(only ? { note: true as const } : {}) }, problems);
    }
  }
  // A section of connective text only (or none: a heading the office wrote alone) stays.
  out.kept = bearingKept > 0 || stays || bearingParagraphs === 0;
  if (!out.kept && bearingParagraphs > 0) {
    // Nothing with figures is left: the connective text goes too, the notes stay in the review copy.
    const drop = new Set(connective.flatMap((c) => Array.from({ length: c.count }, (_, i) => c.at + i)));
    const keep = out.blocks.map((_, i) => !drop.has(i));
    out.blocks = out.blocks.filter((_, i) => keep[i]);
    out.problems = out.problems.filter((_, i) => keep[i]);
  }
  return out;
}

/**
 * Whether a block prints something of the year counted from the ledger: a table, a chart, or a
 * figure that is not the roll's (现有委员4名 alone says nothing of the year's work).
 */
const statesYear = (b: ReportBlock, dictionary: readonly DictionaryEntry[]) =>
  b.kind === 'table' || b.kind === 'chart' || (b.kind === 'paragraph' && !b.note && b.figureKeys.some((k) => !figureByKey(k, dictionary)?.roll));

/** Sections whose level is deeper than `index`'s, right after it: its subsections. */
function hasKeptDescendant(sections: readonly TemplateSection[], index: number, kept: readonly boolean[]): boolean {
  const level = sections[index]!.level;
  for (let i = index + 1; i < sections.length && sections[i]!.level > level; i++) if (kept[i]) return true;
  return false;
}

/**
 * `charts` holds the data of the charts the template places (computeReportCharts with
 * chartKeysOf(template)); a caller that leaves a known chart out of it is told so by an error.
 */
export function renderReport(template: ReportTemplate, figures: ReadonlyMap<string, FigureResult>, context: ReportContext, charts: Charts = new Map()): ReportDocument {
  return render(template, figures, context, charts, newRenderMemo());
}

/**
 * The 印发稿 and the 核对稿 of one report, as renderReport makes each (`context.copy` aside), with
 * what the two have in common — the clauses' parses, the placeholders' verdicts, the title and
 * headings filled, the title broken into lines — worked out once.
 */
export function renderReportCopies(template: ReportTemplate, figures: ReadonlyMap<string, FigureResult>, context: ReportContext, charts: Charts = new Map()): { print: ReportDocument; review: ReportDocument } {
  const memo = newRenderMemo();
  return { print: render(template, figures, { ...context, copy: 'print' }, charts, memo), review: render(template, figures, { ...context, copy: 'review' }, charts, memo) };
}

function render(template: ReportTemplate, figures: ReadonlyMap<string, FigureResult>, context: ReportContext, charts: Charts, memo: RenderMemo): ReportDocument {
  const env = envOf(template, figures, context, memo.compose);
  const blocks: ReportBlock[] = [];
  const problems: ReportProblem[] = [];
  const omitted: OmittedClause[] = [];
  const fill = (raw: string) => filledText(raw, env, memo);
  const line = (raw: string) => {
    const composed = fill(raw);
    problems.push(...composed.problems.filter((p) => p.kind === 'unknown-figure').map((p) => ({ ...p, blockIndex: -1 })));
    return textOfRuns(composed.runs);
  };
  const titleText = line(template.title) || '报告';
  const visible = template.sections.filter((s) => !s.hidden);
  // Notes and the 报告 screen's list name a section as it would print: “2025年工作回顾”, not “{{year}}年工作回顾”.
  const printedHeading = (s: TemplateSection) => textOfRuns(fill(s.heading).runs);
  const bodies = visible.map((s) => sectionBody(s, env, figures, charts, printedHeading(s) || '开头'));
  const kept = bodies.map((b) => b.kept);
  const shown = visible.map((section, i) => cleanReportText(section.heading) !== '' && (kept[i] || hasKeptDescendant(visible, i, kept)));
  const numbers = headingNumbers(visible.filter((_, i) => shown[i]).map((s) => s.level));
  visible.forEach((section, i) => {
    const body = bodies[i]!;
    omitted.push(...body.omitted);
    const showHeading = shown[i];
    const heading = cleanReportText(section.heading);
    if (showHeading) blocks.push({ kind: 'heading', level: section.level, text: numbers.shift()! + line(heading) });
    if (!showHeading && heading && env.review && body.omitted.length) {
      const text = noteText([`“${printedHeading(section)}”一节无可写内容`]);
      blocks.push({ kind: 'paragraph', text, figureKeys: [], runs: [{ text, note: true }], note: true });
    }
    body.blocks.forEach((block, k) => {
      problems.push(...body.problems[k]!.map((p) => ({ ...p, blockIndex: blocks.length })));
      blocks.push(block);
    });
  });
  // A report whose every clause with a figure of the year went (a 提案 report of a ledger with no
  // proposals, a 常委会 report left with 现有委员4名) would be its opening, the roll and the canned
  // closing words only: refused, the same for every kind, naming what is missing, rather than
  // handed to the clerk as a report.
  if (omitted.length > 0 && !blocks.some((b) => statesYear(b, env.dictionary))) {
    problems.push({ blockIndex: -1, key: [...new Set(omitted.flatMap((o) => o.reasons.slice(0, 1)))].slice(0, 3).join('；'), kind: 'nothing-recorded' });
  }
  let header: ReportHeader | undefined;
  if (template.useSpeechHeader) {
    const occasion = line(template.occasion);
    header = { occasion: occasion && !occasion.startsWith('——') ? `——${occasion}` : occasion, speaker: cleanReportText(template.speaker), salutation: '各位委员、同志们：' };
  }
  problems.push(...leftoverProblems(titleText, header, blocks));
  return {
    title: titleText,
    titleLines: titleLinesOf(titleText, memo),
    ...(header ? { header } : {}),
    blocks,
    issuer: cleanReportText(context.issuer),
    dateText: formatChineseDate(context.date),
    problems,
    omitted,
    copy: context.copy ?? 'print',
  };
}

/** Every mark left in what the document prints (the review copy's own notes aside), one problem per piece. */
function leftoverProblems(title: string, header: ReportHeader | undefined, blocks: readonly ReportBlock[]): ReportProblem[] {
  const out: ReportProblem[] = [];
  const check = (text: string, blockIndex: number) => {
    for (const key of leftoverMarkers(text)) out.push({ blockIndex, key, kind: 'leftover-marker' });
  };
  check(title, -1);
  if (header) check(header.occasion + header.speaker, -1);
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') check(b.text, i);
    else if (b.kind === 'paragraph') check(b.runs ? textOfRuns(b.runs.filter((r) => !r.note)) : b.note ? '' : b.text, i);
    else if (b.kind === 'table') check([b.caption, ...b.columns, ...b.rows.flat()].join('\n'), i);
  });
  return out;
}

/** The problems that make export refuse: a placeholder naming no figure or a mark left as typed must never reach paper, nor a report with nothing of the ledger in it. */
export function exportBlockers(doc: ReportDocument): ReportProblem[] {
  return doc.problems.filter((p) => p.kind === 'unknown-figure' || p.kind === 'nothing-recorded' || p.kind === 'leftover-marker');
}

/** The problem as the preview states it. */
/** `unitName`: the office's 基层单位名称, so a 联络站 figure is named as the document names it. */
export function problemMessage(p: Pick<ReportProblem, 'key' | 'kind' | 'detail'>, dictionary: readonly DictionaryEntry[] = [], unitName?: string): string {
  const label = figureByKey(p.key, dictionary, unitName)?.label ?? (p.key.startsWith(CHART_PREFIX) ? reportChartByKey(p.key.slice(CHART_PREFIX.length))?.caption : undefined) ?? p.key;
  switch (p.kind) {
    case 'unknown-figure':
      return `“${p.key}”不是已有的统计数字，请从数字列表中重新插入；修正前不能导出`;
    case 'zero':
      return `“${label}”为0，仍按模板写入，请核对台账后再印发`;
    case 'no-records':
      return `“${label}”没有对应的台账记录，请核对`;
    case 'unrecorded':
      return p.detail ?? `“${label}”只计了填写齐全的记录，请核对`;
    case 'leftover-marker':
      return `文中的“${p.key}”像是没有换成数字的标记（可能是全角符号），请在“编辑模板”中改为半角的{{ }}或[[ ]]，或删去；修正前不能导出`;
    case 'nothing-recorded':
      // The reasons are what each clause would have stated; any one of them recorded is enough.
      return `台账中没有这份报告可写的记录（${p.key}），文稿只会剩下开头和结尾的套话；登记其中任何一项即可生成`;
  }
}

/** A left-out clause as the 报告 screen lists it: 抓好监督创新：民主评议单位数为0. */
export function omittedMessage(o: OmittedClause): string {
  return `${o.section}：${[...new Set(o.reasons)].join('；')}`;
}
