// A report template: the office's own text in sections with 一、/（一）/1./（1） levels, each
// section's paragraphs made of CLAUSES. A clause is a sentence (or a few) that states figures:
// its text holds {{key}} placeholders (the figure catalogue's keys, the context ones below, a
// range {{min~max}}, a year-bound {{phrase:key}}) and [[…]] parts (clause-text.ts has the syntax).
//
// What the renderer (render-report.ts) does with clauses, and so what a template author can rely on:
// - a clause (or part) whose figure is 0, has no records behind it, or is a rate over an empty
//   base is left out — unless the clause is marked keepWhenZero (不满意0件), which keeps a zero
//   only beside a figure that is not (a clause of zeros only still goes) and never keeps a rate
//   over an empty base; its `fallback` text, when given, stands in its place instead;
// - `numbered` clauses get 一是、二是… counted over what the section keeps, so the numbering closes up;
// - a paragraph whose clauses with figures were all left out goes, its figure-less clauses with it;
//   a section whose paragraphs all went goes, and a heading goes when nothing under it is left;
// - the review copy (核对稿) prints each left-out clause as 【未写入：…】, the clause's `missing`
//   text or one made from its figures' labels.
//
// The API, small on purpose (another module builds templates from an office's old .docx on it):
//   types ReportTemplate / TemplateSection / TemplateParagraph / TemplateClause / YearPhrase;
//   parseReportTemplate(input)  validates a template, migrating one saved by the earlier release
//                               (paragraphs as plain strings) — template-migration.ts;
//   templateProblems(template)  what refuses a save, each message naming the clause (template-check.ts);
//   clause(id, text, options?)  a clause with defaults, for code that builds templates;
//   renderReport(template, figures, context, charts?) in render-report.ts.
// Heading numbers are not stored: the renderer numbers the visible sections.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { validateWith, type Validated } from '../common/validation';
import { textField } from '../common/text';
import { SUPERVISION_TEMPLATE } from './templates/supervision-template';
import { STANDING_TEMPLATE } from './templates/standing-template';
import { PROPOSALS_TEMPLATE } from './templates/proposals-template';
import { MEMBER_TEMPLATE } from './templates/member-template';
import { migrateTemplateInput } from './template-migration';
import { normalizeMarkers } from './clause-text';
import { PROPOSAL_CATEGORIES, type ProposalCategoryCode } from '../dictionaries/proposal-categories';

export { PLACEHOLDER, placeholdersIn } from './clause-text';
export { clause, section } from './templates/authoring';

export { REPORT_KIND_LABELS, REPORT_TEMPLATE_KINDS } from './template-types';
export type { PhraseVariant, ReportKind, ReportTemplate, SectionLevel, TemplateClause, TemplateParagraph, TemplateSection, YearPhrase } from './template-types';
import { REPORT_TEMPLATE_KINDS, type ReportKind, type ReportTemplate, type TemplateClause, type TemplateSection } from './template-types';

/** Context placeholders every template may use beside the catalogue's figures. */
export const CONTEXT_PLACEHOLDERS = {
  year: '年度（2025）',
  until: '截至日期（2025年11月30日）',
  untilMonth: '截至月份（11月底）',
  committee: '政协全称（标题和开头用）',
  short: '政协简称（县政协，正文用）',
  party: '同级党委（县委、市委或区委）',
  government: '同级政府（县政府、市政府或区政府）',
  area: '本级行政区（县、市或区：全县、县直单位）',
  township: '下一级行政区（县为乡镇，区和县级市为镇（街道））',
  session: '会议届次（九届二次会议；未选会议时为“2025年”）',
  termCommittee: '本届委员会（政协青山县第九届委员会；届次或地名不明时为政协全称）',
  upperCommittee: '上一级政协（设置中填写的名称；未填时县、区为市政协，县级市为上级政协）',
  unit: '基层单位名称（乡镇政协工作联络站，设置中可改）',
  'notes.problems': '本年存在问题（“工作要点”页填写）',
  'notes.nextSteps': '本年下步打算和建议（“工作要点”页填写）',
  'notes.proposals.problems': '本年提案工作存在问题（“工作要点”页填写）',
  'notes.proposals.nextSteps': '本年提案工作下步打算（“工作要点”页填写）',
  // A 提案类别's name as the ledger's dictionary gives it, so the text and the table by 类别 say the same.
  ...(Object.fromEntries(PROPOSAL_CATEGORIES.map((c) => [`category.${c.code}`, `提案类别“${c.name}”的名称（设置中可改）`])) as Record<`category.${ProposalCategoryCode}`, string>),
} as const;
export type ContextKey = keyof typeof CONTEXT_PLACEHOLDERS;

export const isContextKey = (key: string): key is ContextKey => Object.hasOwn(CONTEXT_PLACEHOLDERS, key);

/** Whether a placeholder states a figure (or a range of two): not context, and not a {{phrase:…}}, {{table:…}} or {{chart:…}}, the only keys with a colon. */
const statesFigure = (key: string) => !isContextKey(key) && !key.includes(':');

const text = (max: number, label: string) => z.preprocess(textField, z.string().max(max, tooLong(label, max)));
const halfWidthMarks = (v: unknown) => (typeof v === 'string' ? normalizeMarkers(v) : v);
/** Text that may hold marks: ｛｛…｝｝ and 【【…】】 typed by an input method are stored as {{…}} and [[…]], at save and whenever a template saved before is read. */
const marked = (max: number, label: string) => z.preprocess(halfWidthMarks, text(max, label));
const flag = (label: string) => z.boolean({ error: `“${label}”应为是或否` });

export const templateClauseSchema = z.object({
  id: z.string().min(1, '句子编号不能为空').max(80),
  text: marked(5000, '句子'),
  numbered: flag('一是二是编号'),
  keepWhenZero: flag('为0时也写入'),
  missing: marked(200, '未写入说明'),
  fallback: marked(5000, '替代文字'),
});

export const templateParagraphSchema = z.object({
  clauses: z.array(templateClauseSchema).max(50, '一段不超过50句'),
});

export const templateSectionSchema = z.object({
  id: z.string().min(1, '章节编号不能为空').max(64),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: '章节级别只能是1至4' }),
  heading: marked(200, '章节标题'),
  hidden: flag('隐藏'),
  paragraphs: z.array(templateParagraphSchema).max(100, '一个章节不超过100段'),
});

const phraseKey = z.string().regex(/^[A-Za-z][\w.-]{0,39}$/, '用语编号只能是字母、数字和“.-_”，以字母开头');
const year = z.number().int().min(1949, '年份不早于1949').max(2200, '年份不晚于2200').nullable();

export const yearPhraseSchema = z.object({
  key: phraseKey,
  label: text(40, '用语名称'),
  variants: z
    .array(z.object({ fromYear: year, toYear: year, text: text(200, '用语') }))
    .min(1, '用语至少要有一种写法')
    .max(20),
});

export const reportTemplateSchema = z.preprocess(
  // Today's built-in templates: a paragraph still in the earlier release's built-in wording takes theirs.
  (input) => migrateTemplateInput(input, { builtIns: DEFAULT_TEMPLATES, isFigure: statesFigure }),
  z
    .object({
      kind: z.enum(REPORT_TEMPLATE_KINDS, { error: '报告类型不正确' }),
      title: z.preprocess((v) => textField(halfWidthMarks(v)), z.string().min(1, '请填写报告标题').max(300, tooLong('报告标题', 300))),
      occasion: marked(200, '会议名称'),
      speaker: text(60, '报告人'),
      useSpeechHeader: flag('讲话稿格式'),
      sections: z.array(templateSectionSchema).min(1, '报告至少要有一个章节').max(200, '报告不超过200个章节'),
      phrases: z.array(yearPhraseSchema).max(50, '用语不超过50条'),
    })
    .superRefine((t, ctx) => {
      const seen = new Set<string>();
      t.sections.forEach((s, i) => {
        if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `第${i + 1}个章节的编号与前面的重复` });
        seen.add(s.id);
      });
      const clauses = new Set<string>();
      t.sections.forEach((s, i) =>
        s.paragraphs.forEach((p, j) =>
          p.clauses.forEach((c, k) => {
            if (clauses.has(c.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'paragraphs', j, 'clauses', k, 'id'], message: `第${i + 1}节第${j + 1}段第${k + 1}句的编号与前面的重复` });
            clauses.add(c.id);
          }),
        ),
      );
      const phrases = new Set<string>();
      t.phrases.forEach((p, i) => {
        if (phrases.has(p.key)) ctx.addIssue({ code: 'custom', path: ['phrases', i, 'key'], message: `用语“${p.label}”的编号与前面的重复` });
        phrases.add(p.key);
      });
    }),
);

/** A saved template as read back from settings or a file: migrated, validated, text cleaned of control characters. */
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

/** Every clause of the template, with its section, in order (hidden sections included). */
export function clausesOf(t: ReportTemplate): { section: TemplateSection; clause: TemplateClause }[] {
  return t.sections.flatMap((section) => section.paragraphs.flatMap((p) => p.clauses.map((c) => ({ section, clause: c }))));
}
