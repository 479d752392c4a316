// The shape of a report template (report-template.ts says what the parts mean): its kinds,
// sections, paragraphs, clauses and year-bound phrases. Apart from report-template.ts so the
// built-in templates (templates/*) and the schema that lists them share it without a loop.

export const REPORT_TEMPLATE_KINDS = ['supervision', 'standing', 'proposals', 'member'] as const;
export type ReportKind = (typeof REPORT_TEMPLATE_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  supervision: '民主监督工作情况汇报',
  standing: '常委会工作报告',
  proposals: '提案工作情况报告',
  member: '委员履职档案',
};

export type SectionLevel = 1 | 2 | 3 | 4;

export interface TemplateClause {
  /** Unique in the template: messages and the review copy name the clause by it. */
  id: string;
  /** The sentence with its placeholders and [[parts]] (clause-text.ts). */
  text: string;
  /** Starts with 一是、二是…, numbered among the clauses its section keeps. */
  numbered: boolean;
  /** Printed even when a figure is 0 (a zero worth saying) if another it states is not; a rate over an empty base is still left out. */
  keepWhenZero: boolean;
  /** What the review copy says when the clause is left out (本年未登记民主评议); empty: made from the figures' labels. */
  missing: string;
  /** Printed instead when the clause is left out (the built-in 存在问题 when the office wrote none); may hold placeholders. */
  fallback: string;
}

export interface TemplateParagraph {
  clauses: TemplateClause[];
}

export interface TemplateSection {
  id: string;
  level: SectionLevel;
  /** Without its number: 抓好规范建设，强化常规监督 (the renderer writes 一、). Empty: paragraphs only, no heading. */
  heading: string;
  hidden: boolean;
  paragraphs: TemplateParagraph[];
}

/** One wording of a year-bound phrase, for the years fromYear..toYear (null: open). */
export interface PhraseVariant {
  fromYear: number | null;
  toYear: number | null;
  text: string;
}

/** A phrase that belongs to years ({{phrase:key}}): 助力脱贫攻坚 up to 2020, 助力乡村振兴 from 2021. */
export interface YearPhrase {
  key: string;
  label: string;
  variants: PhraseVariant[];
}

export interface ReportTemplate {
  kind: ReportKind;
  title: string;
  /** The speech-style occasion line: ——在政协××县第九届委员会常务委员会第五次会议上 */
  occasion: string;
  speaker: string;
  useSpeechHeader: boolean;
  sections: TemplateSection[];
  phrases: YearPhrase[];
}
