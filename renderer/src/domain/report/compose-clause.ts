// One clause filled from the figures: kept as runs of text (each printed figure marked with its
// key), or left out with the reasons why. A part ([[…]]) is left out on its own, taking one
// neighbouring separator with it so the list closes up ("召开全体会议1次、常委会议2次"): of a
// separator before it and one after, the weaker goes, so a list's "；" between groups outlives a
// "、" inside one. A clause whose parts all went goes too. The words leading into a list of items
// ("形成[[调研报告…]]、[[视察报告…]]") belong to it: when every item went and the clause goes on
// with a new phrase ("[[，提出意见建议…]]"), they go too, rather than run into the next verb
// ("形成提出"). A part that is a group of parts ("[[开展[[视察…]]、[[调研…]]]]") carries its own
// lead words, so the words before it stay. A lost list also takes the kept words qualifying it
// ("[[6个界别的]]委员共联系[[…]]") and the words closing it up to the phrase's end ("对[[…]]进行评议"),
// so no verb is left without its object. What each placeholder prints is clause-verdict.ts's. In
// the review copy every left-out part leaves a note run 【未写入：…】 where it stood.
// render-report.ts puts clauses into paragraphs and sections.
import { normalizeMarkers, parseClauseText, PLACEHOLDER, placeholdersIn, type ClauseNode } from './clause-text';
import { NOTES_PAGE } from './context-values';
import { verdict, type ClauseEnv, type ClauseProblemKind } from './clause-verdict';
import { fallbackNote } from './missing-reasons';

export { newComposeMemo, unknownFigureText, type ClauseEnv, type ClauseProblemKind, type ComposeMemo } from './clause-verdict';

/** A stretch of a rendered paragraph: plain, a printed figure (its key), or a review note. */
export interface ReportRun {
  text: string;
  figure?: string;
  note?: true;
}

export interface ComposedClause {
  kept: boolean;
  runs: ReportRun[];
  /** Why it was left out (empty when kept). */
  reasons: string[];
  /** Whether it states anything that can be missing (a figure, a range, the office's notes); a clause without is connective text. */
  bearing: boolean;
  /** The figures it printed. */
  figureKeys: string[];
  problems: { key: string; kind: ClauseProblemKind; detail?: string }[];
  /** Left out: the reasons naming what must be recorded first, which the clause's own `missing` note gives way to. */
  decisive?: string[];
}

export const noteText = (reasons: readonly string[]) => `【未写入：${[...new Set(reasons)].join('；')}】`;
/** The review copy's note after a year-bound phrase whose wording a neighbouring year's stands in for. */
export const stoodInNote = (why: string) => `【核对：${why}】`;

const SEPARATOR_AT_END = /(以及|[、，；,;和及与])$/;
const SEPARATOR_AT_START = /^(以及|[、，；,;和及与])/;
const SEPARATORS_ONLY = /^(以及|[、，；,;和及与\s])*$/;
/** A mark that ends a phrase: the words after it lead into what follows. */
const PHRASE_END_MARKS = '，；。：,;:！？';
const PHRASE_END = new RegExp(`[${PHRASE_END_MARKS}]`);
/** Text that starts a new phrase of the clause, or ends its sentence. */
const NEW_PHRASE = /^[，；,;]/;
const SENTENCE_END = /^[。！？]/;

/** How strongly a separator divides a list: "；" between groups, "，" between phrases, "、" (和、及) between items; 0 for none. */
function separatorRank(separator: string | undefined): number {
  if (!separator) return 0;
  return /[；;]/.test(separator) ? 3 : /[，,]/.test(separator) ? 2 : 1;
}



interface Composed {
  kept: boolean;
  runs: ReportRun[];
  reasons: string[];
  bearing: boolean;
  figureKeys: string[];
  problems: ComposedClause['problems'];
  /** Figures it printed, and how many of them are not 0: a kept-when-zero clause of zeros only says nothing. */
  stated: number;
  nonZero: number;
  zeroReasons: string[];
  /** What the review copy asks to check about figures it printed, noted after the clause (not between a number and its unit). */
  checks: string[];
  /** Reasons that name what must be recorded first (no 工作要点, a member field left empty): they outrank the clause's own note. */
  decisive: string[];
}

/** What a clause had counted at a point of its text. */
interface Snapshot {
  partsKept: number;
  figureKeys: number;
  problems: number;
  stated: number;
  nonZero: number;
  zeroReasons: number;
}

/** A point in the runs written (`run` null: the clause's start) and what was counted there. */
interface Lead {
  run: ReportRun | null;
  at: number;
  snap: Snapshot;
}

function lastTextRun(runs: ReportRun[]): ReportRun | undefined {
  for (let i = runs.length - 1; i >= 0; i--) if (!runs[i]!.note) return runs[i];
  return undefined;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
/** PHRASE_END's marks by code unit: every one is a single UTF-16 unit. */
const PHRASE_MARKS = new Set([...PHRASE_END_MARKS].map((ch) => ch.charCodeAt(0)));

/**
 * Where the last phrase mark of `t` is, counted in code points as [...t] counts them (a surrogate
 * pair is one), or −1: a loop over the units rather than an array of characters and a test each.
 */
function lastPhraseMark(t: string): number {
  // Nearly every text is all in the Basic Multilingual Plane: there a unit is a code point, and the
  // last mark is found from the end.
  if (!HIGH_SURROGATE.test(t)) {
    for (let i = t.length - 1; i >= 0; i--) if (PHRASE_MARKS.has(t.charCodeAt(i))) return i;
    return -1;
  }
  let at = -1;
  let point = 0;
  for (let i = 0; i < t.length; i++, point++) {
    const unit = t.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < t.length) {
      const low = t.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (PHRASE_MARKS.has(unit)) at = point;
  }
  return at;
}

/** Whether a part starts with a phrase mark of its own ("[[，委员参加…]]"). */
const opensPhrase = (nodes: readonly ClauseNode[]) => nodes[0]?.kind === 'text' && NEW_PHRASE.test(nodes[0].text);
/** Whether a part ends with a phrase mark ("[[从2019年开始，]]"). */
const closesPhrase = (nodes: readonly ClauseNode[]) => {
  const last = nodes.at(-1);
  return last?.kind === 'text' && PHRASE_END.test(last.text.slice(-1));
};

/** Whether a part holds a placeholder of its own (an item of a list), not only parts (a group with its own lead words). */
const isItem = (nodes: readonly ClauseNode[]) => nodes.some((n) => n.kind === 'placeholder');

function composeNodes(nodes: readonly ClauseNode[], env: ClauseEnv, keepWhenZero: boolean, isRoot: boolean): Composed {
  const runs: ReportRun[] = [];
  const reasons: string[] = [];
  const partReasons: string[] = [];
  const figureKeys: string[] = [];
  const problems: Composed['problems'] = [];
  let bearing = false;
  let directBearing = false;
  let parts = 0;
  let partsKept = 0;
  /** Whether a part left out was an item of a list led by the words before it (no separator of its own). */
  let itemLost = false;
  let stripNext = false;
  let stated = 0;
  let nonZero = 0;
  const zeroReasons: string[] = [];
  const checks: string[] = [];
  const decisive: string[] = [];
  /** Whether the last thing written was a kept part (only separators since): a list is running. */
  let afterKeptPart = false;
  /** What was counted up to a point of the clause, to be undone when the words after it go. */
  const snapshot = (): Snapshot => ({ partsKept, figureKeys: figureKeys.length, problems: problems.length, stated, nonZero, zeroReasons: zeroReasons.length });
  /** Where the phrase being written starts: after the last phrase mark, or at the clause's start (`run` null). */
  let phraseStart: Lead = { run: null, at: 0, snap: snapshot() };
  /** Where the words leading into the list being written start, while only they (and kept words qualifying them) were written since. */
  let lead: Lead | undefined;
  /** Whether an item of the list after `lead` was left out, and none kept. */
  let leadLost = false;
  const pushText = (text: string, figure?: string) => {
    let t = text;
    if (stripNext && !figure) {
      t = t.replace(SEPARATOR_AT_START, '');
      if (t) stripNext = false;
    } else if (t) stripNext = false;
    if (!t) return;
    const last = runs[runs.length - 1];
    // Whether nothing but review notes was written before (the last run tells, unless it is a note).
    const atStart = !(last && !last.note) && !runs.some((r) => !r.note);
    let run: ReportRun;
    if (!figure && last && !last.figure && !last.note) {
      last.text += t;
      run = last;
    } else {
      run = figure ? { text: t, figure } : { text: t };
      runs.push(run);
    }
    if (figure) {
      lead = undefined;
      return;
    }
    const mark = lastPhraseMark(t);
    if (mark >= 0) {
      lead = { run, at: run.text.length - t.length + mark + 1, snap: snapshot() };
      phraseStart = lead;
    } else if (atStart) lead = { run, at: 0, snap: snapshot() };
    else return;
    leadLost = false;
  };
  /** The lead words of a list whose items all went, before a new phrase (or the sentence's end, taking the separator before them too). */
  const dropLostLead = (next: string) => {
    const atEnd = SENTENCE_END.test(next);
    if (!lead || !leadLost || !(NEW_PHRASE.test(next) || atEnd)) return;
    const { run, at, snap } = lead;
    lead = undefined;
    // Its run emptied by a separator that went with a left-out part: no lead words are left.
    if (run && !runs.includes(run)) return;
    // What was written since the lead began: the rest of its run and every run after it but the review notes.
    const from = run ? runs.indexOf(run) + 1 : 0;
    const after = runs.slice(from);
    // No lead words (the list began right after a mark): the usual separator rules close it up.
    if ((!run || at >= run.text.length) && after.every((r) => r.note)) return;
    if (run) run.text = run.text.slice(0, at);
    runs.splice(from, after.length, ...after.filter((r) => r.note));
    // The kept words qualifying the lost list ("[[6个界别的]]委员共联系") go with it: what they counted is undone.
    partsKept = snap.partsKept;
    figureKeys.length = snap.figureKeys;
    problems.length = snap.problems;
    stated = snap.stated;
    nonZero = snap.nonZero;
    zeroReasons.length = snap.zeroReasons;
    if (run && atEnd) run.text = run.text.replace(SEPARATOR_AT_END, '');
    if (run && !run.text) runs.splice(runs.indexOf(run), 1);
    if (!atEnd) stripNext = true;
  };
  /**
   * The words that close a list whose items all went ("对[[A]]、[[B]]进行评议") go with it, up to the
   * phrase's end; what is left of `text` is returned. Words running into a figure are left alone.
   */
  const closeLostPhrase = (text: string, next: ClauseNode | undefined): string => {
    if (!lead || !leadLost || NEW_PHRASE.test(text) || SENTENCE_END.test(text) || SEPARATORS_ONLY.test(text)) return text;
    const end = [...text].findIndex((ch) => PHRASE_END.test(ch));
    // Words with no mark close the phrase only when a phrase of its own or nothing follows ("进行评议[[，平均满意率…]]"),
    // not when more items do ("[[…个界别的]]委员共联系[[…个村]]").
    if (end < 0) return next === undefined || (next.kind === 'part' && opensPhrase(next.children)) ? '' : text;
    const rest = text.slice(end);
    return NEW_PHRASE.test(rest) || SENTENCE_END.test(rest) ? rest : text;
  };
  let afterKeptPartNode = false;
  nodes.forEach((node, index) => {
    if (node.kind === 'text') {
      const text = closeLostPhrase(node.text, nodes[index + 1]);
      dropLostLead(text);
      pushText(text);
      // Words after a kept part, with no mark between, lead into the items that follow together with it ("[[6个界别的]]委员共联系[[…]]").
      const next = nodes[index + 1];
      const intoItems = next?.kind === 'part' && !opensPhrase(next.children);
      if (afterKeptPartNode && intoItems && !lead && !SEPARATORS_ONLY.test(text) && ![...text].some((ch) => PHRASE_END.test(ch))) {
        lead = phraseStart;
        leadLost = false;
      }
      afterKeptPartNode = false;
      if (!SEPARATORS_ONLY.test(text)) afterKeptPart = false;
    } else if (node.kind === 'placeholder') {
      afterKeptPartNode = false;
      afterKeptPart = false;
      const v = verdict(node.key, env);
      bearing ||= v.bearing;
      directBearing ||= v.bearing;
      if (v.problem && !(v.problem.kind !== 'unknown-figure' && !keepWhenZero && v.drop)) problems.push(v.problem);
      if (v.drop === 'hard' || (v.drop === 'soft' && !keepWhenZero)) reasons.push(v.reason!);
      if (v.figure && v.problem?.kind !== 'unknown-figure') {
        figureKeys.push(v.figure);
        stated += 1;
        if (v.problem?.kind === 'zero') zeroReasons.push(v.reason!);
        else if (v.drop !== 'hard') nonZero += 1;
      }
      pushText(v.text, v.figure);
      if (v.note && env.review) runs.push({ text: stoodInNote(v.note), note: true });
      if (v.check) checks.push(v.check);
      if (v.decisive && v.reason && (v.drop === 'hard' || !keepWhenZero)) decisive.push(v.reason);
    } else {
      parts += 1;
      const part = composeNodes(node.children, env, keepWhenZero, false);
      bearing ||= part.bearing;
      decisive.push(...part.decisive);
      const first = node.children[0];
      const firstText = first?.kind === 'text' ? first.text : '';
      afterKeptPartNode = part.kept;
      if (part.kept) {
        dropLostLead(firstText);
        partsKept += 1;
        afterKeptPart = true;
        figureKeys.push(...part.figureKeys);
        problems.push(...part.problems);
        stated += part.stated;
        nonZero += part.nonZero;
        zeroReasons.push(...part.zeroReasons);
        checks.push(...part.checks);
        // The notes of its own parts left out stay notes (the 核对稿 highlights them), not words of the sentence.
        for (const r of part.runs) if (r.note) runs.push({ text: r.text, note: true }); else pushText(r.text, r.figure);
        return;
      }
      partReasons.push(...part.reasons);
      // A part ending a phrase of its own ("[[从2019年开始，]]") is no item of a list: the words after it start anew.
      if (lead && isItem(node.children) && !closesPhrase(node.children)) leadLost = true;
      // A part that opens with its own separator ("[[，委员参加…]]") takes it along. Otherwise one
      // separator beside it goes: after a kept part, of the one before ("[[A]]、[[B]]" → "A") and
      // the one after, the weaker ("A；[[B]]、[[C]]" → "A；C"); with no kept part before, the one
      // after ("其中[[A]]、[[B]]" → "其中B").
      const ownSeparator = SEPARATOR_AT_START.test(firstText);
      if (!ownSeparator) itemLost = true;
      const last = lastTextRun(runs);
      const after = nodes[index + 1];
      const afterRank = after?.kind === 'text' ? separatorRank(SEPARATOR_AT_START.exec(after.text)?.[0]) : 0;
      const weakerAfter = afterRank > 0 && !!last && afterRank < separatorRank(SEPARATOR_AT_END.exec(last.text)?.[0]);
      if (ownSeparator) {
        // nothing outside the part to take
      } else if (afterKeptPart && last && !last.figure && SEPARATOR_AT_END.test(last.text) && !weakerAfter) {
        last.text = last.text.replace(SEPARATOR_AT_END, '');
        if (!last.text) runs.splice(runs.indexOf(last), 1);
      } else stripNext = true;
      if (env.review) runs.push({ text: noteText(part.reasons), note: true });
    }
  });
  // A part whose own parts all went goes too ("[[其中[[A]]、[[B]]]]"), and so does a clause, unless it
  // states a figure of its own beside them: a part whose inner parts each opened a phrase of their
  // own keeps its figure ("[[，立案25件[[，其中重点提案0件]]]]" keeps 立案25件), but one whose
  // figure only led into a list of items goes with them ("[[，已开展的2次活动中，[[方案按时…]]、
  // [[通知按时…]]]]"), as nothing follows inside it to close the sentence its lead opened.
  const allPartsGone = parts > 0 && partsKept === 0 && (!directBearing || (!isRoot && itemLost));
  // Kept when zero means a zero worth saying beside what is not (不满意0份 of 5 returned); a
  // clause whose every figure is 0 ("收到0份，其中满意0份…") has nothing to say and goes.
  if (isRoot && keepWhenZero && stated > 0 && nonZero === 0 && !reasons.length) reasons.push(...zeroReasons);
  if (reasons.length || allPartsGone) return { kept: false, runs: [], reasons: [...reasons, ...(reasons.length ? [] : partReasons)], bearing, figureKeys: [], problems: problems.filter((p) => p.kind === 'unknown-figure'), stated: 0, nonZero: 0, zeroReasons: [], checks: [], decisive };
  if (isRoot && env.review && checks.length) runs.push({ text: stoodInNote([...new Set(checks)].join('；')), note: true });
  return { kept: true, runs, reasons: [], bearing, figureKeys: [...new Set(figureKeys)], problems, stated, nonZero, zeroReasons, checks, decisive };
}

/** A clause's `missing` text with its context placeholders ({{unit}}) filled, as the review note prints it. */
function fillContext(text: string, env: ClauseEnv): string {
  return normalizeMarkers(text).replace(PLACEHOLDER, (whole, key: string) => env.context(key.trim()) ?? whole);
}

/** Fills one clause's text. An unparsable text (refused at save) is printed as it stands, flagged as an unknown figure. */
export function composeText(text: string, env: ClauseEnv, keepWhenZero: boolean): ComposedClause {
  let parsed = env.memo?.parsed.get(text);
  if (!parsed) {
    parsed = parseClauseText(text);
    env.memo?.parsed.set(text, parsed);
  }
  if (!parsed.ok) return { kept: true, runs: [{ text }], reasons: [], bearing: false, figureKeys: [], problems: [{ key: parsed.error, kind: 'unknown-figure' }] };
  const { kept, runs, reasons, bearing, figureKeys, problems, decisive } = composeNodes(parsed.nodes, env, keepWhenZero, true);
  return { kept, runs, reasons, bearing, figureKeys, problems, ...(kept ? {} : { decisive: [...new Set(decisive)] }) };
}

/** A clause with its fallback: the fallback stands in when the clause is left out; its `missing` text names why in the review note. */
export function composeClause(clause: { id?: string; text: string; keepWhenZero: boolean; missing: string; fallback: string }, env: ClauseEnv): ComposedClause {
  const main = composeText(clause.text, env, clause.keepWhenZero);
  if (main.kept) return main;
  // What must be recorded first (the year's 工作要点, a member field) says more than the clause's own note.
  const reasons = main.decisive?.length ? main.decisive : clause.missing ? [fillContext(clause.missing, env)] : main.reasons;
  if (clause.fallback) {
    const fallback = composeText(clause.fallback, env, clause.keepWhenZero);
    if (fallback.kept) {
      if (!env.review) return { ...fallback, bearing: main.bearing };
      // The 核对稿 marks wording the office did not write, so the clerk knows to write its own or keep it knowingly.
      const fromNotes = placeholdersIn(clause.text).some((k) => env.isNotesKey(k));
      const own = !!env.builtInFallback && clause.fallback !== env.builtInFallback(clause.id ?? '');
      return { ...fallback, bearing: main.bearing, runs: [{ text: fallbackNote(reasons, own, fromNotes ? NOTES_PAGE : undefined), note: true }, ...fallback.runs] };
    }
    return { ...fallback, bearing: true, reasons };
  }
  return { ...main, reasons };
}
