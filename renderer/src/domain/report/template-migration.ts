// Templates saved by the earlier release keep opening: there a section's paragraphs were plain
// strings and a template had no year-bound phrases. A paragraph still in the earlier release's
// built-in wording (templates/released-built-in.ts) takes today's built-in clauses for it, so an
// office that saved the template without rewording a sentence gets what the built-in template now
// says: clauses that close up, 县委/市委/区委 by level, year-bound phrases, and the figures that
// count one fact the same way in every report. A paragraph the office reworded keeps its words:
// it becomes clauses, split where the office wrote 一是、二是… (those clauses are then numbered by
// the renderer, so leaving one out closes the numbering up); a range written {{a}}—{{b}} becomes
// {{a~b}}, which collapses when both ends are equal; and a sentence stating the "1234" rule over
// its activities ({{rule.activities}}次活动中…) takes the rule's figures over the plan's
// activities, which are what that sentence means (figures/plan-figures.ts). A template already in
// the clause shape passes untouched but for a clause still in built-in wording the built-ins have
// since replaced (templates/superseded-built-in.ts), which takes today's; the schema then validates
// the result as it validates any template.
import type { ReportTemplate, TemplateClause, TemplateParagraph, TemplateSection, YearPhrase } from './template-types';
import { RELEASED_BUILT_IN, type ReleasedTemplate } from './templates/released-built-in';
import { SUPERSEDED_BUILT_IN } from './templates/superseded-built-in';
import { partsOfOldClause, type IsFigure } from './old-clause-parts';

const ORDINAL = /[一二三四五六七八九十]+是/g;
const OLD_RANGE = /\{\{\s*([^{}~]+?)\s*\}\}\s*[—–－~～-]{1,2}\s*\{\{\s*([^{}~]+?)\s*\}\}/g;

/**
 * The "1234" rule's figures over every activity it could cover, and the same over the plan's
 * activities. A sentence that names the rule's base ({{rule.activities}}次活动中…) and its steps
 * means the activities held to the rule, which the catalogue now counts as the plan's: its keys move
 * together. A sentence with one of these alone (rule.scheme.missing, no plan counterpart) is left.
 */
const RULE_OVER_PLAN: Readonly<Record<string, string>> = {
  'rule.activities': 'rule.plan.activities',
  'rule.scheme.onTime': 'rule.plan.scheme.onTime',
  'rule.notice.onTime': 'rule.plan.notice.onTime',
  'rule.materials.onTime': 'rule.plan.materials.onTime',
  'rule.followedUp': 'rule.plan.followedUp',
  'rule.reported': 'rule.plan.reported',
};

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** The rule's keys moved to the plan's, when the text states the base and every rule figure it names has a plan counterpart. */
export function ruleOverPlan(text: string): string {
  const keys = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const ruleKeys = keys.filter((k) => k.startsWith('rule.') && !k.startsWith('rule.plan.'));
  if (!ruleKeys.includes('rule.activities') || !ruleKeys.every((k) => k in RULE_OVER_PLAN)) return text;
  return text.replace(PLACEHOLDER, (whole, key: string) => (RULE_OVER_PLAN[key] ? `{{${RULE_OVER_PLAN[key]}}}` : whole));
}

/** An ordinal counts only at the start of the text or right after a sentence or a colon ended. */
function ordinalStarts(text: string): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[。；：！？:;]$/.test(before)) out.push({ at: m.index, length: m[0].length });
  }
  return out;
}

/**
 * One old paragraph as clauses: the text before the first 一是 (if any), then one numbered clause
 * per ordinal, each with its pieces as parts where that is mechanical (old-clause-parts.ts;
 * `isFigure` tells a figure from a context placeholder).
 */
export function clausesFromOldParagraph(paragraph: string, idPrefix: string, isFigure: IsFigure = () => false): TemplateClause[] {
  const text = ruleOverPlan(paragraph.replace(OLD_RANGE, (_, a: string, b: string) => `{{${a}~${b}}}`));
  const starts = ordinalStarts(text);
  const make = (i: number, t: string, numbered: boolean): TemplateClause => ({ id: `${idPrefix}.${i}`, text: partsOfOldClause(t.trim(), isFigure), numbered, keepWhenZero: false, missing: '', fallback: '' });
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
const same = (saved: unknown, released: string) => typeof saved === 'string' && saved.trim() === released.trim();

/** A built-in paragraph moved to position `at` of its section: its clauses' ids follow the place, as the built-in's do (authoring.ts). */
function builtInParagraph(p: TemplateParagraph, sectionId: string, at: number): TemplateParagraph {
  return { clauses: p.clauses.map((c, k) => ({ ...structuredClone(c), id: `${sectionId}.${at}.${k}` })) };
}

interface Migrated {
  section: unknown;
  /** Whether any of it took the built-in's clauses (which may name the built-in's year-bound phrases). */
  tookBuiltIn: boolean;
  /** Whether it is exactly the earlier release's built-in section. */
  unchanged: boolean;
}

function migrateSection(section: Record<string, unknown>, i: number, released: ReleasedTemplate | undefined, builtIn: ReportTemplate | undefined, isFigure: IsFigure): Migrated {
  const paragraphs = section.paragraphs as unknown[];
  const sectionId = typeof section.id === 'string' && section.id ? section.id : `s${i}`;
  const old = released?.sections.find((s) => s.id === sectionId);
  const now: TemplateSection | undefined = builtIn?.sections.find((s) => s.id === sectionId);
  const unchanged = !!old && !!now && paragraphs.length === old.paragraphs.length && paragraphs.every((p, j) => same(p, old.paragraphs[j]!));
  if (unchanged) {
    return {
      section: { ...section, heading: same(section.heading, old.heading) ? now.heading : section.heading, paragraphs: now.paragraphs.map((p, j) => builtInParagraph(p, sectionId, j)) },
      tookBuiltIn: true,
      unchanged: same(section.heading, old.heading) && section.hidden !== true && section.level === now.level,
    };
  }
  // Paragraph by paragraph only where the built-in section still has one paragraph for each of the
  // earlier release's: then the built-in's paragraph j says what the old paragraph j said.
  const aligned = !!old && !!now && old.paragraphs.length === now.paragraphs.length;
  let tookBuiltIn = false;
  const migrated = paragraphs.map((p: unknown, j) => {
    if (typeof p !== 'string') return p;
    const at = aligned ? old.paragraphs.findIndex((o) => same(p, o)) : -1;
    if (at >= 0) {
      tookBuiltIn = true;
      return builtInParagraph(now!.paragraphs[at]!, sectionId, j);
    }
    return { clauses: clausesFromOldParagraph(p, `${sectionId}.${j}`, isFigure) };
  });
  return { section: { ...section, paragraphs: migrated }, tookBuiltIn, unchanged: false };
}

/** The saved phrases, and the built-in's any built-in clause taken over may name (a saved one of the same key wins). */
function withBuiltInPhrases(saved: unknown, builtIn: ReportTemplate | undefined): unknown[] {
  const own: unknown[] = Array.isArray(saved) ? saved : [];
  const keys = new Set(own.map((p) => (isRecord(p) ? p.key : undefined)));
  return [...own, ...(builtIn?.phrases ?? []).filter((p: YearPhrase) => !keys.has(p.key)).map((p) => structuredClone(p))];
}

/**
 * The saved clauses, each text or 替代文字 still in built-in wording the built-ins have since
 * replaced (templates/superseded-built-in.ts) given today's: it was never the office's own words.
 */
function withTodaysBuiltIns(sections: unknown[], kind: string, builtIn: ReportTemplate | undefined): unknown[] {
  const superseded = SUPERSEDED_BUILT_IN.filter((s) => s.kind === kind);
  if (!builtIn || superseded.length === 0) return sections;
  const today = new Map(builtIn.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.clauses)).map((c) => [c.id, c]));
  const current = (clause: unknown): unknown => {
    if (!isRecord(clause)) return clause;
    let out = clause;
    for (const s of superseded) {
      const now = today.get(s.clauseId)?.[s.field];
      if (clause[s.field] === s.old && now !== undefined) out = { ...out, [s.field]: now };
    }
    return out;
  };
  return sections.map((section) => {
    if (!isRecord(section) || !Array.isArray(section.paragraphs)) return section;
    return { ...section, paragraphs: section.paragraphs.map((p: unknown) => (isRecord(p) && Array.isArray(p.clauses) ? { ...p, clauses: p.clauses.map(current) } : p)) };
  });
}

export interface MigrationContext {
  /** Today's built-in templates (DEFAULT_TEMPLATES). */
  builtIns: Readonly<Partial<Record<string, ReportTemplate>>>;
  /** Whether a placeholder states a figure (not a context value, phrase, table or chart). */
  isFigure: IsFigure;
}

/**
 * The zod preprocess step: an earlier release's template in the clause shape; anything else as it
 * came. The built-in templates and the placeholder kinds are passed in because they are defined
 * beside the schema that calls this.
 */
export function migrateTemplateInput(input: unknown, { builtIns, isFigure }: MigrationContext = { builtIns: {}, isFigure: () => false }): unknown {
  if (!isRecord(input) || !Array.isArray(input.sections)) return input;
  const isOld = input.sections.some((s) => isRecord(s) && Array.isArray(s.paragraphs) && s.paragraphs.some((p) => typeof p === 'string'));
  const kind = typeof input.kind === 'string' ? input.kind : '';
  if (!isOld) return { ...input, sections: withTodaysBuiltIns(input.sections, kind, builtIns[kind]), phrases: input.phrases ?? [] };
  const released = (RELEASED_BUILT_IN as Readonly<Record<string, ReleasedTemplate>>)[kind];
  const builtIn = builtIns[kind];
  const sections: unknown[] = input.sections;
  const results = sections.map((section: unknown, i) => (isRecord(section) && Array.isArray(section.paragraphs) ? migrateSection(section, i, released, builtIn, isFigure) : { section, tookBuiltIn: false, unchanged: false }));
  const title = released && builtIn && same(input.title, released.title) ? builtIn.title : input.title;
  const occasion = released && builtIn && same(input.occasion, released.occasion) ? builtIn.occasion : input.occasion;
  // Never reworded at all (saved for its layout or speaker): today's built-in template, sections it has gained included.
  const untouched = !!released && !!builtIn && title === builtIn.title && occasion === builtIn.occasion && results.length === released.sections.length
    && results.every((r, i) => r.unchanged && isRecord(sections[i]) && sections[i].id === released.sections[i]!.id);
  if (untouched) return { ...structuredClone(builtIn), speaker: input.speaker ?? builtIn.speaker, useSpeechHeader: input.useSpeechHeader ?? builtIn.useSpeechHeader };
  const tookBuiltIn = results.some((r) => r.tookBuiltIn);
  return { ...input, title, occasion, sections: results.map((r) => r.section), phrases: tookBuiltIn ? withBuiltInPhrases(input.phrases, builtIn) : (input.phrases ?? []) };
}
