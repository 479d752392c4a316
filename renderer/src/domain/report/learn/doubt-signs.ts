// Signs around a number that keep a binding from being "sure", whatever its words matched: a sure
// binding is one the clerk need not look at, so it must be the year's own count, said plainly. A
// number beside a change over last year (同比增长10.7%, 较上年增加17场次, 上年为196件) may be the
// change or last year's value; one in a sentence that names another year (2024年以来, 上一届) may be
// that year's; a year inside a document number (岚发〔2025〕7号) is part of the document's name.
// These never make a number text by themselves (the proposer's words still choose the figure):
// they only ask the clerk to check it.
import type { NumberMention } from './find-numbers';

/** Words of a change between years or of last year's value, in the number's own clause. */
const CHANGE_WORDS = /同比|环比|较上年|比上年|与上年|上年|去年|上一年|增长|增加|减少|下降|提高|降低|增幅|减幅|百分点/;

/** How far after the number its clause may still say it is a change (增加17场次, 17场次，同比…). */
const AFTER_REACH = 8;

/** A year written inside a document number: 〔2025〕 or [2025] before its 号. */
export function inDocumentNumber(text: string, mention: NumberMention): boolean {
  return mention.kind === 'year' && /[〔[［]/.test(text[mention.start - 1] ?? '') && /[〕\]］]/.test(text[mention.numberEnd] ?? '');
}

/** The number's clause (from clauseStart) and a few characters after it speak of a change or of last year. */
export function speaksOfChange(text: string, clauseStart: number, mention: NumberMention): boolean {
  const after = text.slice(mention.end, mention.end + AFTER_REACH).split(/[，,。；;]/)[0]!;
  return CHANGE_WORDS.test(text.slice(clauseStart, mention.start)) || CHANGE_WORDS.test(after);
}

/** The sentence up to the number names a year other than the report's (2024年以来, 2023年的). */
export function namesAnotherYear(mentions: readonly NumberMention[], sentenceStart: number, mention: NumberMention, year: number | null): boolean {
  return mentions.some((m) => m.kind === 'year' && m.value !== year && m.start >= sentenceStart && m.end <= mention.start);
}
