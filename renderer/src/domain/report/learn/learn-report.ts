// Learns a report from an office's own document: its structure (document-structure.ts) and every
// number in it (find-numbers.ts), each with its proposal — a catalogue figure, the report's year
// or 截至 date, or fixed text. The review screen and `ledger learn` show these; the clerk's
// decisions then make the office's template (learned-template.ts).
import type { ReportKind } from '../report-template';
import { FIGURE_CATALOGUE } from '../figure-catalogue';
import { doneCount, notDoneAfter, type DoneCount } from './remainder';
import type { DocxBlock } from './docx-blocks';
import { guessStructure, type LearnedStructure } from './document-structure';
import { findNumbers, type NumberMention } from './find-numbers';
import { GENERAL_GROUP, proposeFigure } from './propose-figure';
import type { FigureProposal } from './figure-proposal';
import { mentionContext, type MentionContext } from './mention-context';
import { otherReadings, respectivelyLabels } from './other-readings';
import { atCatalogueLevel, ownLevel, withLabelVerbs } from './catalogue-words';
import { reportYear, untilYearFits } from './report-year';
import { afterCountOfKinds, anotherTimeOrChange, eachOfSeveral, inDocumentNumber, meantNotDone, notSaidPlainly, SENTENCE_END, sentenceStartOf } from './doubt-signs';

/** What a number is taken to be: a figure, the report's year, its 截至 date (with or without the year), or text. */
export type NumberRole = 'figure' | 'year' | 'until' | 'untilMonth' | 'text';

export interface LearnedNumber {
  /** Stable within one learned report: `p3.2` is the third number of paragraph p3. */
  id: string;
  /** Which text it is in: `title`, `heading:2`, `body:2:0` (section 2, item 0). */
  where: string;
  mention: NumberMention;
  /** The clause around it, as the clerk reads it: 共收到提案134件. */
  clause: string;
  role: NumberRole;
  proposal: FigureProposal;
}

export interface LearnedReport {
  kind: ReportKind;
  structure: LearnedStructure;
  /** The year the document reports on, when it says (report-year.ts). */
  year: number | null;
  /** Every number, in document order. */
  numbers: LearnedNumber[];
}

/** Words before a 截至 date (截至今年11月底); a bare 到 only opening its clause (到11月底，…), not after a verb (推迟到12月中旬). */
const UNTIL_BEFORE = /(?:截至|截止至|截止到|截止|(?:^|[，,。；;：:\s])到)(?:今年|本年|当年)?$/;
/** A month the words after narrow to a part of it (到12月上旬, 截至11月中旬): a time within the year,
 * not the day or month's end the work is counted to; its placeholder would leave 上旬 dangling after this year's date. */
const PART_OF_MONTH = /^(?:上旬|中旬|下旬|初|中)/;

/** The texts numbers are found in, in document order, with where each is. */
export function learnedTexts(structure: LearnedStructure): { where: string; text: string; heading: string }[] {
  const out: { where: string; text: string; heading: string }[] = [];
  out.push({ where: 'title', text: structure.titleLines.join(''), heading: '' });
  structure.sections.forEach((s, si) => {
    if (s.heading) out.push({ where: `heading:${si}`, text: s.heading, heading: s.heading });
    s.body.forEach((item, ii) => {
      if (item.kind === 'paragraph') out.push({ where: `body:${si}:${ii}`, text: item.text, heading: s.heading });
    });
  });
  return out;
}

const TEXT: FigureProposal = { key: null, sure: false, candidates: [] };

/** Shown with its candidates for the clerk, but not bound. */
const offered = (p: FigureProposal): FigureProposal => ({ ...p, key: null, sure: false });

/** The 存在问题 / 下步打算 sections (and the parts under them), and a section headed with a later year
 * than the report's (三、2026年主要任务: next year's plans): the year's own text goes there, so their
 * numbers are never figures. */
function slottedTexts(structure: LearnedStructure, year: number | null): Set<string> {
  const later = (heading: string) => year !== null && findNumbers(heading).some((m) => m.kind === 'year' && m.value > year);
  const out = new Set<string>();
  let slotted = false;
  let slotLevel = 0;
  structure.sections.forEach((s, si) => {
    if (s.slot || later(s.heading)) [slotted, slotLevel] = [true, s.level];
    else if (s.level <= slotLevel) slotted = false;
    if (!slotted) return;
    out.add(`heading:${si}`);
    s.body.forEach((_, ii) => out.add(`body:${si}:${ii}`));
  });
  return out;
}

/** The count of the plan's own activities, and how the rule's figures over them are keyed beside the rule's over all activities. */
const PLAN_ACTIVITIES = 'rule.plan.activities';
const RULE_FIGURE = /^rule\.(?!plan\.)/;
/** The plan's own version of a figure of the rule over all activities (rule.notice.onTime → rule.plan.notice.onTime), where the catalogue has one. */
function planVersion(key: string): string | null {
  if (!RULE_FIGURE.test(key)) return null;
  const own = key.replace(RULE_FIGURE, 'rule.plan.');
  return FIGURE_CATALOGUE.some((f) => f.key === own) ? own : null;
}

/** A number joined to the one before as the next item of a list (视察5次、调研6次). */
const LIST_JOIN = /^[、和及与]/;

const CHINESE_COUNT = /^[一二三四五六七八九十两]/;

/** Only a bracket's opening between two numbers: 61件（34.3%）. */
const OPEN_BRACKET = /^[（(]$/;
const CLOSE_BRACKET = /[）)]/;
/** A bracket opening right after the number before (已完成11项（协商3项…）. */
const BRACKET_OPENS = /^[（(]/;


/** Words of intent: what the office means to do, not what it did. */
const PLAN_WORDS = /计划|拟|将|力争|预计|打算|争取/;

/** A number in a sentence that names a year after the report's and what the office means to do in
 * it (2026年，我县政协计划开展民主评议1次) is a plan, not the year's figure, wherever it stands. */
function plannedForLater(text: string, mentions: readonly NumberMention[], mention: NumberMention, year: number | null): boolean {
  if (year === null) return false;
  const sentenceStart = sentenceStartOf(text, mention.start);
  const later = mentions.find((m) => m.kind === 'year' && m.value > year && m.start >= sentenceStart && m.end <= mention.start);
  return later !== undefined && PLAN_WORDS.test(text.slice(later.end, mention.start));
}

export function learnReport(blocks: readonly DocxBlock[], kind: ReportKind): LearnedReport {
  const structure = guessStructure(blocks);
  const texts = learnedTexts(structure);
  const found = texts.map((t) => findNumbers(t.text));
  const year = reportYear(structure);
  const slotted = slottedTexts(structure, year);
  const title = structure.titleLines.join('');
  // Matched in the catalogue's county words (区委 read as 县委); the clerk still sees the report's own.
  const level = ownLevel(structure.titleLines.join(''), texts.map((t) => t.text));
  const numbers: LearnedNumber[] = [];
  // A figure has one value in a report: once bound sure, another value is not it.
  const sureValues = new Map<string, number>();
  texts.forEach((t, ti) => {
    let previousEnd = 0;
    let previous: { key: string | null; sure: boolean } | null = null;
    let previousRead: { mention: NumberMention; ctx: MentionContext } | null = null;
    const read = atCatalogueLevel(t.text, level);
    const paired = respectivelyLabels(read, found[ti]!);
    // 共收到提案156件。其中，集体提案14件、……: the parts after 其中 are not the whole.
    let whole: string | null = null;
    let outerWhole: string | null = null;
    let inBracket = false;
    // 对工作要点中已开展的41次活动…：通知按时发出的38次: once a paragraph counts the plan's own
    // activities, the rule's steps it goes on to count are theirs.
    let ofPlan = false;
    // 组织视察5次、调研6次，先后有239人次委员参加: what follows the last of a list of counts is of them all.
    let previousListed = false;
    let done: DoneCount | null = null;
    // The part of the work the paragraph's figures so far are of: a guess by words looks there first.
    let topic: string | null = null;
    const here: LearnedNumber[] = [];
    found[ti]!.forEach((mention, mi) => {
      const between = t.text.slice(previousEnd, mention.start);
      if (between.includes('其中')) [whole, inBracket] = [previous?.key ?? null, false];
      // 已完成11项（协商3项、调研2项）: the counts in a bracket right after a count are its parts.
      else if (BRACKET_OPENS.test(between) && !CLOSE_BRACKET.test(between) && previous?.key) [outerWhole, whole, inBracket] = [whole, previous.key, true];
      else if (SENTENCE_END.test(between)) [outerWhole, whole, inBracket] = [null, null, false];
      // 其中全国政协3条（单篇采用1条），省政协14条: past the bracket, the parts go on of the whole before it.
      else if (inBracket && CLOSE_BRACKET.test(between)) [outerWhole, whole, inBracket] = [null, outerWhole, false];
      const own = { ...mentionContext(read, mention, previousEnd, atCatalogueLevel(t.heading, level)), title };
      const pair = paired.get(mi);
      const readings = pair ? own.readings : [...own.readings, ...otherReadings(mention, own, previousRead, between)];
      const ctx = withLabelVerbs(pair ? { ...own, near: pair.near, readings: pair.readings, borrowed: true } : { ...own, readings }, own.near);
      const clause = t.text.slice(ctx.clauseStart, mention.end);
      const notThese = new Set([...sureValues].filter(([, v]) => v !== mention.value).map(([k]) => k));
      if (whole) notThese.add(whole);
      const shareOf = pair?.shareOf === undefined ? null : { key: here[pair.shareOf]?.role === 'figure' ? here[pair.shareOf]!.proposal.key : null };
      const beforeInSentence = SENTENCE_END.test(between) || previousListed ? null : previous?.key;
      const hints = { previous, notThese, whole, bracketedAfterPrevious: mi > 0 && OPEN_BRACKET.test(between), shareOf, beforeInSentence, topic };
      let role: NumberRole = 'text';
      let proposal = TEXT;
      if (mention.kind === 'year') {
        // 岚发〔2025〕7号 names a document: its year stays as written.
        if (inDocumentNumber(t.text, mention)) role = 'text';
        else if (year !== null && mention.value === year) {
          role = 'year';
          proposal = { key: null, sure: true, candidates: [] };
        } else {
          // Another year may still be a figure of unit 年 (从2012年开始 is 开始民主评议的年份).
          proposal = proposeFigure(mention, ctx, hints);
          if (proposal.key) role = 'figure';
        }
      } else if (mention.kind === 'date') {
        if (UNTIL_BEFORE.test(t.text.slice(0, mention.start)) && !PART_OF_MONTH.test(t.text.slice(mention.end)) && untilYearFits(mention.date!.year, mention.date!.month, year)) {
          role = mention.date!.year === undefined ? 'untilMonth' : 'until';
          proposal = { key: null, sure: true, candidates: [] };
        }
      } else if (mention.kind !== 'ordinal' && mention.kind !== 'bare') {
        proposal = proposeFigure(mention, ctx, hints);
        const written = t.text.slice(mention.numberStart, mention.numberEnd);
        // 一次、一个、一批 are words more often than counts (每月听取一次汇报): offered, never bound.
        if (written === '一') proposal = offered(proposal);
        // A numeral opening a quoted phrase is a slogan's word (“三位一体”, “八个有”), not a count.
        if (t.text[mention.start - 1] === '“' && CHINESE_COUNT.test(written)) proposal = offered(proposal);
        if (proposal.key) role = 'figure';
      }
      const notDone = mention.kind === 'count' ? notDoneAfter(done, own.near, mention.unit) : null;
      if (notDone) [role, proposal] = ['figure', { key: notDone, sure: false, candidates: [{ key: notDone, score: proposal.candidates[0]?.score ?? 0 }, ...proposal.candidates.slice(0, 4)] }];
      const planOrEach = role === 'figure' && (meantNotDone(ctx.near, proposal.key!) || eachOfSeveral(t.text, mention));
      if (role === 'figure' && (planOrEach || slotted.has(t.where) || plannedForLater(t.text, found[ti]!, mention, year))) {
        proposal = offered(proposal);
        role = 'text';
      }
      // A guess by shared words beside a change or another year is more likely the change or that year's: left as text.
      const doubtful = role === 'figure' && anotherTimeOrChange(t.text, found[ti]!, mention, ctx.clauseStart, year);
      if (doubtful && proposal.guessed) {
        proposal = offered(proposal);
        role = 'text';
      }
      if (role === 'figure' && proposal.sure && (doubtful || afterCountOfKinds(found[ti]![mi - 1], between) || notSaidPlainly(t.text, mention, ctx, proposal.key!))) proposal = { ...proposal, sure: false };
      if (role === 'figure') done = doneCount(proposal.key, mention.unit) ?? done;
      const planOwn = role === 'figure' && ofPlan ? planVersion(proposal.key!) : null;
      if (planOwn) proposal = { key: planOwn, sure: false, candidates: [{ key: planOwn, score: proposal.candidates[0]?.score ?? 0 }, ...proposal.candidates.slice(0, 4)] };
      if (role === 'figure' && proposal.key === PLAN_ACTIVITIES) ofPlan = true;
      // 年内6次常委会议 after 常委会议开了6次: a figure stated again refers back to it; offices annotate
      // such a repeat as the figure or as text alike, so it is bound but left for the clerk to check.
      if (role === 'figure' && proposal.sure && proposal.key && sureValues.get(proposal.key) === mention.value) proposal = { ...proposal, sure: false };
      else if (role === 'figure' && proposal.sure && proposal.key) sureValues.set(proposal.key, mention.value);
      previous = role === 'figure' ? { key: proposal.key, sure: proposal.sure } : { key: null, sure: false };
      const group = role === 'figure' ? FIGURE_CATALOGUE.find((f) => f.key === proposal.key)?.group : undefined;
      if (group && group !== GENERAL_GROUP) topic = group;
      previousEnd = mention.end;
      previousListed = mi > 0 && LIST_JOIN.test(between);
      previousRead = { mention, ctx: { ...own, readings } };
      here.push({ id: `${t.where}#${mi}`, where: t.where, mention, clause, role, proposal });
    });
    numbers.push(...here);
  });
  return { kind, structure, year, numbers };
}
