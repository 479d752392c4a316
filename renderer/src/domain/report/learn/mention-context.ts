// The words around a number that say what it counts: the clause up to it (near), the sentence
// before and the section heading (far), and what follows its unit (after). A bracketed aside
// between the words and the number is skipped (属于B类（正在解决……）的54件 reads as 属于B类的54件),
// a quoted phrase is read without its marks (开展整改“回头看”1次 reads as 开展整改回头看1次), and a
// book title stays part of the clause (编发《社情民意》24期). A short bracket right before the number
// is another name for the words before it (委员工作室（联络站）7个): the clause is also read with it,
// and so is a bracket that widens what the words count (满意率（含基本满意）达98.4%).
import type { NumberMention } from './find-numbers';

export interface MentionContext {
  /** From the clause's start (or the number before) up to the number, asides and quotation marks left out. */
  near: string;
  /** Where the clause starts in the text: the clerk reads text[clauseStart, mention.end). */
  clauseStart: number;
  /** The sentence before the clause, and the section heading: where a split label's first half is. */
  far: string;
  /** After the unit up to the next punctuation. */
  after: string;
  /** After the unit up to the end of the clause (past 、): the verb that says what was counted. */
  afterClause: string;
  /** The same read on past asides in brackets, for a verb written after what it counts (对14个部门（单位）进行评议). */
  afterPastAsides: string;
  /** After the unit up to the end of the sentence: whether the sentence names a part of the work. */
  afterSentence: string;
  /**
   * Other ways to read the words before the number (with the bracketed other name, the words a
   * list's label gives it …, other-readings.ts): matched too, but a match only there is never sure.
   */
  readings: readonly string[];
  /** The words in `near` are not the number's own but given it by a list (A和B分别为…): never sure. */
  borrowed: boolean;
  /**
   * The clause is the last item of a list whose items before have no number of their own (报送县委、
   * 县政府11期): the number counts the items together, so words of the sentence before do not make
   * it a figure of this item alone. A list closed by 等 and a name (协商议事、接待群众等活动) is not.
   */
  listed: boolean;
  /** The document's title (提案工作情况报告): the part of the work the whole document is about. */
  title?: string;
  /** For a listed clause, the whole list up to the number (方案、通知、材料均按时送达的活动): matched only by
   * names that are lists themselves (方案、通知、材料均按时的活动), never sure. */
  listReading: string;
}

/** Where a clause starts: punctuation, or the end of the number before. */
const SOFT_BOUNDARY = /[，,、；;：:。！？（）()“”"\s]/;
const HARD_BOUNDARY = /[。！？；;]/;
const CLAUSE_END = /[，,；;：:。！？（(]/;
const ASIDE_OPEN: Record<string, string> = { '）': '（', ')': '(' };
const QUOTE_OPEN: Record<string, string> = { '”': '“', '"': '"' };
/** A bracket right before the number that is another name, not an aside: a few words, no punctuation. */
const OTHER_NAME = /^[^，,、；;：:。！？\s]{2,8}$/;
/** A bracket that widens what the words before it count (满意率（含基本满意）): part of the name, not an aside. */
export const SCOPE_ASIDE = /^(?:含|包括|包含)/;

/** A number written after a list separator, in what follows a number: where the next item begins. */
const NEXT_ITEM = /[、和及与][^、和及与]*?\d/;

/** What follows a number up to the next item of its list (满意的143份|、基本满意的26份): the words after that are the next number's. */
export function beforeNextItem(after: string): string {
  const next = NEXT_ITEM.exec(after);
  return next ? after.slice(0, next.index) : after;
}

export function mentionContext(text: string, mention: NumberMention, previousEnd: number, heading: string): MentionContext {
  let near = '';
  // The clause with a widening bracket kept, when it has one.
  let scoped = '';
  let widened = false;
  let at = mention.start;
  let otherName = '';
  while (at > previousEnd) {
    const c = text[at - 1]!;
    const open = ASIDE_OPEN[c];
    if (open) {
      const from = text.lastIndexOf(open, at - 2);
      if (from < previousEnd || from < 0) break;
      const inside = text.slice(from + 1, at - 1);
      if (at === mention.start && OTHER_NAME.test(inside)) otherName = inside;
      if (SCOPE_ASIDE.test(inside)) [scoped, widened] = [`（${inside}）${scoped}`, true];
      at = from;
      continue;
    }
    // Quotation marks only stress the words: the quoted words are part of the clause.
    const quoteOpen = QUOTE_OPEN[c];
    if (quoteOpen) {
      const from = text.lastIndexOf(quoteOpen, at - 2);
      if (from < previousEnd || from < 0 || HARD_BOUNDARY.test(text.slice(from, at))) break;
      near = text.slice(from + 1, at - 1) + near;
      scoped = text.slice(from + 1, at - 1) + scoped;
      at = from;
      continue;
    }
    if (SOFT_BOUNDARY.test(c)) break;
    near = c + near;
    scoped = c + scoped;
    at--;
  }
  const clauseStart = at;
  let itemStart = clauseStart - 1;
  while (itemStart > 0 && !SOFT_BOUNDARY.test(text[itemStart - 1]!)) itemStart--;
  // 开展协商议事、接待群众等活动64场: a list closed by 等 and a name counts what that name says.
  const listed = text[clauseStart - 1] === '、' && previousEnd <= itemStart && !near.includes('等');
  let listStart = itemStart;
  while (listed && text[listStart - 1] === '、') {
    let before = listStart - 1;
    while (before > 0 && !SOFT_BOUNDARY.test(text[before - 1]!)) before--;
    if (before < previousEnd) break;
    listStart = before;
  }
  let sentenceStart = clauseStart;
  while (sentenceStart > 0 && !HARD_BOUNDARY.test(text[sentenceStart - 1]!)) sentenceStart--;
  let afterEnd = mention.end;
  while (afterEnd < text.length && !SOFT_BOUNDARY.test(text[afterEnd]!) && afterEnd - mention.end < 20) afterEnd++;
  let clauseEnd = mention.end;
  while (clauseEnd < text.length && !CLAUSE_END.test(text[clauseEnd]!) && clauseEnd - mention.end < 24) clauseEnd++;
  // The clause read on past an aside in brackets: 14个部门（单位）进行评议 reads 14个部门进行评议.
  let pastAsides = '';
  for (let i = mention.end; i < text.length && pastAsides.length < 24; i++) {
    const close = text[i] === '（' ? text.indexOf('）', i) : -1;
    if (close > i && !HARD_BOUNDARY.test(text.slice(i, close))) {
      i = close;
      continue;
    }
    if (CLAUSE_END.test(text[i]!)) break;
    pastAsides += text[i];
  }
  let sentenceEnd = mention.end;
  while (sentenceEnd < text.length && !HARD_BOUNDARY.test(text[sentenceEnd]!)) sentenceEnd++;
  return {
    near,
    clauseStart,
    far: `${heading}|${text.slice(sentenceStart, clauseStart)}`,
    after: text.slice(mention.end, afterEnd),
    afterClause: text.slice(mention.end, clauseEnd),
    afterPastAsides: pastAsides,
    afterSentence: text.slice(mention.end, sentenceEnd),
    readings: [...(otherName && near ? [near + otherName] : []), ...(widened && near ? [scoped] : [])],
    borrowed: false,
    listed,
    listReading: listed ? text.slice(listStart, mention.start) : '',
  };
}
