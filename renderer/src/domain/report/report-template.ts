// A report template: the office's own text, in sections with 一、/（一）/1./（1） levels, whose
// paragraphs hold figures as {{key}} placeholders (keys of the figure catalogue) and a few
// context placeholders ({{year}}, {{until}}, {{committee}}). Staff edit the text, reorder and
// hide sections, and can reset to the default of each kind; a saved template is validated here
// before anything uses it. Heading numbers are not stored: the renderer numbers the visible
// sections, so reordering or hiding never leaves a gap.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { validateWith, type Validated } from '../common/validation';
import { textField } from '../common/text';
import { SUPERVISION_TEMPLATE } from './templates/supervision-template';
import { STANDING_TEMPLATE } from './templates/standing-template';
import { PROPOSALS_TEMPLATE } from './templates/proposals-template';
import { MEMBER_TEMPLATE } from './templates/member-template';
import { TABLE_PREFIX, tableFigureKeys } from './report-tables';
import { CHART_PREFIX } from './report-charts';

export const REPORT_TEMPLATE_KINDS = ['supervision', 'standing', 'proposals', 'member'] as const;
export type ReportKind = (typeof REPORT_TEMPLATE_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  supervision: '民主监督工作情况汇报',
  standing: '常委会工作报告',
  proposals: '提案工作情况报告',
  member: '委员履职档案',
};

export type SectionLevel = 1 | 2 | 3 | 4;

export interface TemplateSection {
  id: string;
  level: SectionLevel;
  /** Without its number: 抓好规范建设，强化常规监督 (the renderer writes 一、). Empty: paragraphs only, no heading. */
  heading: string;
  hidden: boolean;
  paragraphs: string[];
}

export interface ReportTemplate {
  kind: ReportKind;
  title: string;
  /** The speech-style occasion line: ——在政协××县第九届委员会常务委员会第五次会议上 */
  occasion: string;
  speaker: string;
  useSpeechHeader: boolean;
  sections: TemplateSection[];
}

/** Context placeholders every template may use beside the catalogue's figures. */
export const CONTEXT_PLACEHOLDERS = {
  year: '年度（2025）',
  until: '截至日期（2025年11月30日）',
  untilMonth: '截至月份（11月底）',
  committee: '政协全称',
  session: '会议届次（九届二次会议；未选会议时为“2025年”）',
} as const;

const text = (max: number, label: string) => z.preprocess(textField, z.string().max(max, tooLong(label, max)));

export const templateSectionSchema = z.object({
  id: z.string().min(1, '章节编号不能为空').max(64),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: '章节级别只能是1至4' }),
  heading: text(200, '章节标题'),
  hidden: z.boolean({ error: '“隐藏”应为是或否' }),
  paragraphs: z.array(text(5000, '段落')).max(100, '一个章节不超过100段'),
});

export const reportTemplateSchema = z
  .object({
    kind: z.enum(REPORT_TEMPLATE_KINDS, { error: '报告类型不正确' }),
    title: z.preprocess(textField, z.string().min(1, '请填写报告标题').max(300, tooLong('报告标题', 300))),
    occasion: text(200, '会议名称'),
    speaker: text(60, '报告人'),
    useSpeechHeader: z.boolean({ error: '“讲话稿格式”应为是或否' }),
    sections: z.array(templateSectionSchema).min(1, '报告至少要有一个章节').max(200, '报告不超过200个章节'),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `第${i + 1}个章节的编号与前面的重复` });
      seen.add(s.id);
    });
  });

/** A saved template as read back from settings or a file: validated, text cleaned of control characters. */
export function parseReportTemplate(input: unknown): Validated<ReportTemplate> {
  return validateWith(reportTemplateSchema, input);
}

export const DEFAULT_TEMPLATES: Record<ReportKind, ReportTemplate> = {
  supervision: SUPERVISION_TEMPLATE,
  standing: STANDING_TEMPLATE,
  proposals: PROPOSALS_TEMPLATE,
  member: MEMBER_TEMPLATE,
};

/** A fresh copy of the default, so editing it never changes DEFAULT_TEMPLATES. */
export function resetTemplate(kind: ReportKind): ReportTemplate {
  return structuredClone(DEFAULT_TEMPLATES[kind]);
}

/** Moves a section up (−1) or down (+1); at either end it stays where it is. */
export function moveSection(t: ReportTemplate, id: string, direction: -1 | 1): ReportTemplate {
  const from = t.sections.findIndex((s) => s.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= t.sections.length) return t;
  return moveSectionTo(t, id, to);
}

/** Moves a section to an index (drag and drop). */
export function moveSectionTo(t: ReportTemplate, id: string, index: number): ReportTemplate {
  const from = t.sections.findIndex((s) => s.id === id);
  if (from < 0) return t;
  const sections = [...t.sections];
  const [moved] = sections.splice(from, 1);
  sections.splice(Math.max(0, Math.min(index, sections.length)), 0, moved!);
  return { ...t, sections };
}

export function setSectionHidden(t: ReportTemplate, id: string, hidden: boolean): ReportTemplate {
  return updateSection(t, id, { hidden });
}

export function updateSection(t: ReportTemplate, id: string, patch: Partial<Omit<TemplateSection, 'id'>>): ReportTemplate {
  return { ...t, sections: t.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Resets one section to its default text, if the default has a section with that id. */
export function resetSection(t: ReportTemplate, id: string): ReportTemplate {
  const original = DEFAULT_TEMPLATES[t.kind].sections.find((s) => s.id === id);
  return original ? updateSection(t, id, structuredClone({ ...original, hidden: false })) : t;
}

/** Matches {{key}}; anything between the braces is taken, so a mistyped key ({{视察 次数}}) is found and reported, never printed. */
export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The placeholder keys a paragraph uses, in order. */
export function placeholdersIn(paragraph: string): string[] {
  return [...paragraph.matchAll(PLACEHOLDER)].map((m) => m[1]!.trim());
}

/** Every figure key the visible sections use — tables' figures included, context placeholders left out — for computeFiguresFor. */
export function figureKeysOf(t: ReportTemplate): string[] {
  const keys = new Set<string>();
  const add = (k: string) => {
    if (k.startsWith(TABLE_PREFIX)) for (const f of tableFigureKeys(k.slice(TABLE_PREFIX.length))) keys.add(f);
    else if (k.startsWith(CHART_PREFIX)) return;
    else if (!(k in CONTEXT_PLACEHOLDERS)) keys.add(k);
  };
  for (const s of t.sections) if (!s.hidden) for (const p of s.paragraphs) for (const k of placeholdersIn(p)) add(k);
  return [...keys];
}

/** The charts ({{chart:key}}, keys without the prefix) the visible sections place, for computeReportCharts. */
export function chartKeysOf(t: ReportTemplate): string[] {
  const keys = new Set<string>();
  for (const s of t.sections) if (!s.hidden) for (const p of s.paragraphs) for (const k of placeholdersIn(p)) if (k.startsWith(CHART_PREFIX)) keys.add(k.slice(CHART_PREFIX.length));
  return [...keys];
}
