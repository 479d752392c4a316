// Other ways the genre says what a number counts than words right before it, turned into readings
// of the clause the proposer matches too (a match found only that way is never sure):
// - a list after one label, matched in order to the labels named before 分别 (全体会议和常委会议的
//   出席率分别为94.8%和96.2%: 全体会议出席率, 常委会议出席率), or named after 分别 and its verb
//   (分别召开全体会议、常委会议1次、5次), or 依次 in their place; a list of shares with no labels of its
//   own (所占比重依次为…) is of the list of counts before it in the sentence, in order;
// - a number opening its clause with what it counts after it (14条信息获领导批示);
// - a second measure of the same things right after a count (征集稿件46篇、约28万字);
// - what became of the things a number opening its clause counts, said in the next clause (9件与其他
//   提案内容相近，作并案处理), and what a bare total (共2辑) sums, named in the sentence before it;
// - a session of the 届 (八届五次会议) read as the plenary it is (全体会议);
// - a total after a list of things with one ending (视察报告和调研报告共计) read as all of them (形成报告);
// - a rate worded as a share (满意和基本满意的占98.3% is 满意和基本满意率).
import type { NumberMention } from './find-numbers';
import type { MentionContext } from './mention-context';
import { PHRASES } from './figure-phrases';

/** Words that give each number of a list the label of its place: 分别, and 依次 (in the order named). */
const IN_ORDER = /分别|依次/;
/** What may follow 分别 before the numbers: 为, 达到, or a verb (全体会议、常委会议分别召开1次、4次),
 * and any verb of one or two characters marked done by 了 or 过 (主席会议和秘书长会议分别开了11次和7次). */
const IN_ORDER_VERB = '(?:为|是|达到|达|有|占|计|召开|开展|举办|组织|收到|提出|完成|办理|[^\\d，,、；;：:。！？（）()]{1,2}[了过])?';
/** Words before a list of numbers that give each the label of its place (分别为, 分别达到, 依次为). */
const RESPECTIVELY = new RegExp(`(?:分别|依次)${IN_ORDER_VERB}$`);
/** 分别召开全体会议、常委会议和主席会议1次、5次和12次: the labels named after 分别 and its verb, right before the numbers. */
const RESPECTIVELY_THEN_LABELS = new RegExp(`(?:分别|依次)${IN_ORDER_VERB}([^，,；;：:。！？]+)$`);
/** Labels that only say the numbers are shares (所占比重依次为, 分别占): of the list of counts before, in order. */
const SHARE_LABEL = /^(?:所占|占)?(?:比重|比例|占比|份额)?$/;
/** What may stand between two numbers of one list. */
const LIST_SEPARATOR = /^(?:、|，|,|和|及|与|以及)$/;
/** What separates the labels named before 分别. */
const LABEL_SEPARATOR = /以及|、|和|及|与/;
const CLAUSE_START = /[，,；;：:。！？]/;
/** Words that open a clause without saying what is counted (其中, 共计, 约 …). */
const OPENING_WORDS = /^(?:其中|共计|合计|总计|共|累计|分别|已|先后|全年|今年|另有|有|约|近|达|计)+/;
/** A rate worded as a share of the whole: 满意和基本满意的占, 满意的占比. */
const SHARE_WORDING = /的?占(?:比)?$/;
/** What may stand between a count and a second measure of the same things: 、约, 、共计, ，近. */
const LINKING = /[、，,和及与]|约|近|共计|合计|总计|共|达|计/g;
/** Words that name some figure whole (不予立案): a clause with them says itself what its number counts. */
const namesAFigure = (words: string) => PHRASES.some(({ phrases }) => phrases.some((p) => p.length >= 3 && words.includes(p)));

/** A total written after a list of things (视察报告和调研报告共计11篇): the list, then 共计. */
const LIST_TOTAL = /^(.+)(?:共计|合计|总计|共)$/;
const LIST_ITEMS = /和|、|及|与/;

/** The longest ending all the items share (报告 of 视察报告, 调研报告). */
function sharedEnding(items: readonly string[]): string {
  let n = 0;
  while (items.every((it) => it.length > n && it[it.length - 1 - n] === items[0]![items[0]!.length - 1 - n])) n++;
  return items[0]!.slice(items[0]!.length - n);
}

/** The words of a number written after a list of things with a total word, else null: 形成视察报告和调研报告共计 → [形成视察报告, 调研报告]. */
export function listBeforeTotal(near: string): string[] | null {
  const m = LIST_TOTAL.exec(near);
  const items = m ? m[1]!.split(LIST_ITEMS) : [];
  return items.length >= 2 && items.every((it) => it.length >= LEAST_WORDS) ? items : null;
}

/**
 * 形成视察报告和调研报告共计11篇: the total of things named as a list with one ending counts them all:
 * read with the list's words before its first item and the shared ending (形成报告, 形成视报告 …).
 */
function listTotalReadings(near: string): string[] {
  const items = listBeforeTotal(near);
  if (!items) return [];
  const ending = sharedEnding(items);
  if (ending.length < LEAST_WORDS) return [];
  const first = items[0]!.slice(0, items[0]!.length - ending.length);
  return Array.from({ length: first.length }, (_, k) => first.slice(0, k) + ending).filter((r) => r.length > ending.length);
}

/** Units that count people. */
const PEOPLE: readonly string[] = ['名', '人', '位'];

/** What follows the 次 of a session number (八届五次会议): the session is the plenary. */
const SESSION = /^次(?:全体)?会议/;
const PLENARY = '全体会议';
/** A session of the 届 named earlier in the sentence (十一届四次会议应到…), and a clause naming a meeting of its own. */
const SESSION_BEFORE = /届[^，,；;。]{0,4}次(?:全体)?会议[^；;。]*$/;
const MEETING = /会议|会/;
/** The units attendance is given in: a rate, 人次. */
const ATTENDANCE_UNITS: readonly string[] = ['%', '人次'];
/** A reading needs at least this many characters of words. */
const LEAST_WORDS = 2;

/** How a number of a 分别 list is read: the label of its place, readings with the list's shared end,
 * or, for a list of shares (所占比重依次为), the index of the count before whose share it is. */
export interface ListReading {
  near: string;
  readings: string[];
  shareOf?: number;
}

/** Separators of whole labels only: 和, 及, 与 (满意率和满意、基本满意率). */
const WHOLE_LABEL_SEPARATOR = /以及|和|及|与/;

/**
 * The labels named before 分别, split at every separator; where that gives more labels than numbers,
 * split at 和 only, when each group joined by 、 is one name whose items before its last lack its
 * ending (满意、基本满意率 is 满意和基本满意率, read so, not 满意 and 基本满意率): 主席会议、秘书长会议 stay two.
 */
function labelsOf(words: string, count: number): string[] {
  const labels = words.split(LABEL_SEPARATOR).filter((l) => l !== '');
  if (labels.length === count) return labels;
  const groups = words.split(WHOLE_LABEL_SEPARATOR).filter((l) => l !== '');
  const oneName = (group: string) => {
    const items = group.split('、');
    const end = items[items.length - 1]!.slice(-1);
    return items.slice(0, -1).every((it) => !it.endsWith(end));
  };
  return groups.length === count && groups.every(oneName) ? groups.map((g) => g.replace(/、/g, '和')) : labels;
}

/** The end of the list of numbers starting at i: the numbers joined only by list separators. */
function listEnd(text: string, mentions: readonly NumberMention[], i: number): number {
  let j = i + 1;
  while (j < mentions.length && LIST_SEPARATOR.test(text.slice(mentions[j - 1]!.end, mentions[j]!.start))) j++;
  return j;
}

/** The list of as many counts ending right before mention i's clause, in the same sentence, where a list of shares is of them. */
function countsBefore(text: string, mentions: readonly NumberMention[], i: number, count: number): number | null {
  for (let start = i - count; start >= 0; start--) {
    if (listEnd(text, mentions, start) !== start + count || mentions.slice(start, start + count).some((m) => m.kind !== 'count')) continue;
    return /[。！？；;]/.test(text.slice(mentions[start + count - 1]!.end, mentions[i]!.start)) ? null : start;
  }
  return null;
}

/** For each number of a paragraph in a 分别 list, the label it takes in order, and readings with the list's shared end. */
export function respectivelyLabels(text: string, mentions: readonly NumberMention[]): Map<number, ListReading> {
  const out = new Map<number, ListReading>();
  for (let i = 0; i < mentions.length; i++) {
    const before = text.slice(i > 0 ? mentions[i - 1]!.end : 0, mentions[i]!.start);
    const labelsAfter = RESPECTIVELY.test(before) ? null : RESPECTIVELY_THEN_LABELS.exec(before);
    if (!RESPECTIVELY.test(before) && !labelsAfter) continue;
    const j = listEnd(text, mentions, i);
    const count = j - i;
    if (count < 2) continue;
    let labels: string[];
    if (labelsAfter) labels = labelsAfter[1]!.replace(/的/g, '').split(LABEL_SEPARATOR).filter((l) => l !== '');
    else {
      const respectively = mentions[i]!.start - before.length + before.search(new RegExp(`${IN_ORDER.source}${IN_ORDER_VERB}$`));
      let from = respectively;
      while (from > 0 && !CLAUSE_START.test(text[from - 1]!)) from--;
      labels = labelsOf(text.slice(from, respectively).replace(OPENING_WORDS, '').replace(/的/g, ''), count);
      const shares = labels.length <= 1 && SHARE_LABEL.test(labels[0] ?? '') && mentions.slice(i, j).every((m) => m.kind === 'rate') ? countsBefore(text, mentions, i, count) : null;
      if (shares !== null) {
        for (let k = 0; k < count; k++) out.set(i + k, { near: '', readings: [], shareOf: shares + k });
        i = j - 1;
        continue;
      }
    }
    // Only when the labels and the numbers pair one to one: anything else is not read as a list.
    if (labels.length !== count) continue;
    // Of a last label that is one name of several (满意和基本满意率), only its last item's end is shared.
    const last = labels[count - 1]!.split(WHOLE_LABEL_SEPARATOR).pop()!;
    for (let k = 0; k < count; k++) {
      const label = labels[k]!;
      // The list's shared end is written once, after the last label (全体会议和常委会议出席率): an
      // earlier label is read with every end the last one may have.
      // A label of one character (A、B、C、D类答复) may take all the last one's words but its first.
      const own = Math.min(LEAST_WORDS, label.length);
      const readings = k < count - 1 ? Array.from({ length: Math.max(0, last.length - own) }, (_, n) => label + last.slice(last.length - 1 - n)) : [];
      out.set(i + k, { near: label, readings });
    }
    i = j - 1;
  }
  return out;
}

/** Readings of a number's clause from the words after it, the count before it, or a share wording. */
export function otherReadings(mention: NumberMention, ctx: MentionContext, previous: { mention: NumberMention; ctx: MentionContext } | null, between: string): string[] {
  const out: string[] = [];
  const own = ctx.near.replace(OPENING_WORDS, '');
  if (own === '') {
    const after = ctx.afterClause.replace(/[、，,]+$/, '');
    // 9件与其他提案内容相近，作并案处理: what became of them may be said in the next clause of the sentence.
    const rest = ctx.afterSentence.split(/\d/)[0]!.replace(/[、，,和及与]+$/, '');
    const afterWords = after.split(/\d/)[0]!;
    if (after.length >= LEAST_WORDS) out.push(after);
    // 征集文史稿件46篇、约28万字: a measure of another unit right after a count measures the same things.
    else if (previous && previous.mention.unit !== mention.unit && between.replace(LINKING, '') === '') {
      out.push(...[previous.ctx.near, ...previous.ctx.readings].filter((r) => r.length >= LEAST_WORDS));
    }
    if (rest.length > after.length && rest.length >= LEAST_WORDS && !namesAFigure(after)) out.push(rest);
    // 24名委员受聘担任…等10个单位的特约监督员: what people opening a clause became is said at the clause's
    // end, past a number counting something else in it.
    const clauseEnd = ctx.afterSentence.split(/[，,；;]/)[0]!;
    if (PEOPLE.includes(mention.unit) && /\d/.test(clauseEnd) && !namesAFigure(afterWords)) out.push(clauseEnd.replace(/\d+(?:\.\d+)?/g, ''));
    // 编辑出版《…》和《…》，共2辑: a total with no words of its own counts what the sentence just named.
    const before = ctx.far.slice(ctx.far.indexOf('|') + 1).replace(/[，,、；;：:]+$/, '');
    if (ctx.near !== '' && afterWords.length < LEAST_WORDS && before.length >= LEAST_WORDS) out.push(before);
  }
  if (mention.unit === '%' && SHARE_WORDING.test(ctx.near)) {
    const rate = `${ctx.near.replace(SHARE_WORDING, '')}率`;
    if (rate.length > LEAST_WORDS) out.push(rate);
  }
  out.push(...listTotalReadings(ctx.near));
  // 八届五次会议出席率: in attendance, a session of the 届 is its plenary, 全体会议.
  if (previous?.mention.kind === 'ordinal' && ATTENDANCE_UNITS.includes(mention.unit) && SESSION.test(ctx.near)) out.push(ctx.near.replace(SESSION, PLENARY));
  // 十一届四次会议应到184人次，实到171人次，出席率92.9%: the attendance after it in the sentence is the session's too.
  else if (ATTENDANCE_UNITS.includes(mention.unit) && SESSION_BEFORE.test(ctx.far) && !MEETING.test(ctx.near) && own.length >= LEAST_WORDS) out.push(PLENARY + own);
  return out;
}
