// What a placeholder of a clause prints, or why it is left out: a figure's value in the office's
// style (a rate over an empty base, a year of 0 or a count of 0 go; a count with no records
// behind it is flagged), a range, a context value (简称, 县委 …) or a year-bound phrase. Apart from
// compose-clause.ts, which puts the verdicts of a clause's placeholders and parts together.
import { recordCount, type FigureResult } from './figure-result';
import { figureByKey } from './figure-catalogue';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import { keysOfPlaceholder, PHRASE_PREFIX, RANGE_SEPARATOR, type ParsedClause } from './clause-text';
import { formatFigure, formatRange, isEmptyBase, type ReportStyle } from './report-style';
import { missingReason, NO_PLAN } from './missing-reasons';

/** The plan's own "1234" figures (rule.plan.activities …): they count the activities of the year's 工作要点. */
const PLAN_RULE_PREFIX = 'rule.plan.';
/** Whether the year has a 工作要点 at all: asked before any of the plan's "1234" figures is judged. */
const PLAN_ITEMS = 'plans.planned';

/**
 * The figures a placeholder's verdict reads besides its own. Whoever counts only what a template
 * names (figureKeysOf: the home one-click, the command line) counts these too, so every path
 * judges a clause alike even when the office's template no longer names them.
 */
export function figuresVerdictReads(key: string): readonly string[] {
  return key.startsWith(PLAN_RULE_PREFIX) ? [PLAN_ITEMS] : [];
}

/** `unrecorded`: printed, but counted over the members who filled in a field some left empty (missing-reasons.ts says how many). */
export type ClauseProblemKind = 'unknown-figure' | 'zero' | 'no-records' | 'unrecorded';

export interface ClauseEnv {
  figures: ReadonlyMap<string, FigureResult>;
  /** A context placeholder's text; '' when it has nothing to say (notes the office did not write), undefined when not a context key. */
  context(key: string): string | undefined;
  /** Why a context placeholder is empty, for the review note. */
  emptyContextReason(key: string): string;
  /** Whether a context placeholder prints the office's notes from the 工作要点 screen (its default wording is marked in the review copy). */
  isNotesKey(key: string): boolean;
  /** A year-bound phrase's wording for the report's year (`stoodIn` when a neighbouring year's stands in), or undefined (with `phraseGap` saying why). */
  phrase(key: string): { text: string; stoodIn?: string } | undefined;
  phraseGap(key: string): string;
  style: ReportStyle;
  review: boolean;
  /** The ledger's dictionary: figures are labelled with its names, and its own activity types' figures found. */
  dictionary: readonly DictionaryEntry[];
  /** Shared by the two copies of one report (renderReportCopies), which differ in `review` only. */
  memo?: ComposeMemo;
  /** What the office calls its grass-roots units: the 联络站 figures' labels in review notes say it. */
  unitName: string;
  /** The built-in template's 替代文字 of a clause (by id), to tell it from one the office wrote; absent: every fallback counts as the template's. */
  builtInFallback?: (clauseId: string) => string | undefined;
}

/**
 * What filling a report's clauses finds the same in both copies — each text's parse, each
 * placeholder's verdict (its printed text, or why it is left out) — worked out once for the two.
 * Only for envs that differ in `review` alone: a verdict does not depend on it.
 */
export interface ComposeMemo {
  parsed: Map<string, ParsedClause>;
  verdicts: Map<string, Verdict>;
}

export const newComposeMemo = (): ComposeMemo => ({ parsed: new Map(), verdicts: new Map() });

/** What the preview and the review copy print for a placeholder naming no figure; export is refused while one is left. */
export const unknownFigureText = (key: string) => `【未知数字：${key}】`;

export type Verdict = { text: string; figure?: string; drop?: 'hard' | 'soft'; reason?: string; bearing: boolean; problem?: { key: string; kind: ClauseProblemKind; detail?: string }; note?: string; check?: string; decisive?: true };

const labelOf = (key: string, env: ClauseEnv) => figureByKey(key, env.dictionary, env.unitName)?.label ?? key;

function figureVerdict(key: string, env: ClauseEnv): Verdict {
  const result = env.figures.get(key);
  if (!result) return { text: unknownFigureText(key), figure: key, bearing: true, problem: { key, kind: 'unknown-figure' } };
  const unit = figureByKey(key, env.dictionary)?.unit ?? '';
  const text = formatFigure(result, unit, env.style);
  const label = labelOf(key, env);
  // The plan's "1234" figures of a year with no 工作要点: what is missing is the plan, not its steps.
  if (key.startsWith(PLAN_RULE_PREFIX) && env.figures.get(PLAN_ITEMS)?.value === 0) return { text, figure: key, drop: 'hard', reason: NO_PLAN, decisive: true, bearing: true };
  if (unit === '%' && isEmptyBase(result)) return { text, figure: key, drop: 'hard', reason: missingReason.emptyBase(key, label), bearing: true };
  // A year of 0 is a year not known (开始民主评议的年份 in the ledger's first year): never "从0年开始", even kept when zero.
  if (unit === '年' && result.value === 0) return { text, figure: key, drop: 'hard', reason: missingReason.unknownYear(label), bearing: true };
  // Not recorded is not none: with the field empty for every member the figure says nothing (never
  // "女委员0名"), even kept when zero; with it empty for some it is a floor, printed but to be checked.
  const unrecorded = result.unrecorded;
  if (unrecorded && unrecorded.count >= unrecorded.of) return { text, figure: key, drop: 'hard', reason: missingReason.unrecorded(unrecorded), decisive: true, bearing: true };
  if (unrecorded && result.value === 0) return { text, figure: key, drop: 'soft', reason: missingReason.unrecorded(unrecorded), decisive: true, bearing: true, problem: { key, kind: 'zero' } };
  if (result.value === 0) return { text, figure: key, drop: 'soft', reason: missingReason.zero(key, label), bearing: true, problem: { key, kind: 'zero' } };
  if (recordCount(result) === 0) return { text, figure: key, drop: 'soft', reason: missingReason.noRecords(label), bearing: true, problem: { key, kind: 'no-records' } };
  if (unrecorded) {
    const detail = missingReason.partlyUnrecorded(label, unrecorded);
    return { text, figure: key, bearing: true, problem: { key, kind: 'unrecorded', detail }, check: detail };
  }
  return { text, figure: key, bearing: true };
}

function rangeVerdict(key: string, env: ClauseEnv): Verdict {
  const [minKey, maxKey] = keysOfPlaceholder(key) as [string, string];
  const min = env.figures.get(minKey);
  const max = env.figures.get(maxKey);
  if (!min || !max) return { text: unknownFigureText(key), bearing: true, problem: { key: min ? maxKey : minKey, kind: 'unknown-figure' } };
  const text = formatRange(min.value, max.value, env.style);
  if (max.value === 0) return { text, figure: maxKey, drop: 'soft', reason: missingReason.zero(maxKey, labelOf(maxKey, env)), bearing: true, problem: { key: maxKey, kind: 'zero' } };
  return { text, figure: maxKey, bearing: true };
}

export function verdict(key: string, env: ClauseEnv): Verdict {
  const known = env.memo?.verdicts.get(key);
  if (known) return known;
  const found = verdictOf(key, env);
  env.memo?.verdicts.set(key, found);
  return found;
}

function verdictOf(key: string, env: ClauseEnv): Verdict {
  const fromContext = env.context(key);
  if (fromContext !== undefined) return fromContext === '' ? { text: '', drop: 'hard', reason: env.emptyContextReason(key), bearing: true } : { text: fromContext, bearing: false };
  if (key.startsWith(PHRASE_PREFIX)) {
    const phrase = env.phrase(key.slice(PHRASE_PREFIX.length));
    if (phrase === undefined) return { text: '', drop: 'hard', reason: env.phraseGap(key.slice(PHRASE_PREFIX.length)), bearing: false };
    return phrase.stoodIn ? { text: phrase.text, bearing: false, note: phrase.stoodIn } : { text: phrase.text, bearing: false };
  }
  return key.includes(RANGE_SEPARATOR) ? rangeVerdict(key, env) : figureVerdict(key, env);
}
