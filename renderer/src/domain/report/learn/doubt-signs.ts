// Signs around a number that keep a binding from being "sure", whatever its words matched: a sure
// binding is one the clerk need not look at, so it must be the year's own count, said plainly. A
// number beside a change over last year (同比增长10.7%, 较上年增加17场次, 上年为196件) may be the
// change or last year's value; one in a sentence that names another year (2024年以来, 上一届) may be
// that year's; a year inside a document number (岚发〔2025〕7号) is part of the document's name; a
// rounded number (约560人次, 60次左右) is not the ledger's exact count; and a clause whose subject is
// another body (县纪委监委开展特约监督活动11次, 参加县人大视察3次), or whose sentence began with
// another body's work, may count that body's work; and things sent up (报送调研报告3篇) may be a part of them.
// These never make a number text by themselves (the proposer's words still choose the figure):
// they only ask the clerk to check it.
import type { NumberMention } from './find-numbers';
import { BODY_AS_OBJECT, NEVER_THE_OFFICE, OTHER_BODY, otherBodyAsSubject } from './sentence-shapes';
import type { MentionContext } from './mention-context';
import { PHRASES } from './figure-phrases';

/** What ends a sentence (or a sentence's part after ；). */
export const SENTENCE_END = /[。！？；;]/;

export function sentenceStartOf(text: string, at: number): number {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  return start;
}

/** Words that make a sentence count over more than the year: since the term began (本届以来, 十届政协以来, not
 * 十届四次会议以来, the report's own period), over the years (历年, 近三年来). */
const ACROSS_YEARS = /本届以来|历年|多年来|历届|届(?:政协|委员会)?以来|近[一二三四五六七八九十两\d]+年|以来累计/;

/** Words that round a number: before it (约, 近, 超过) or after its unit (左右, 以上). */
const ROUNDED_BEFORE = /(?:约|近|大约|将近|超过|逾|不足|不到|多达|达到约)$/;
const ROUNDED_AFTER = /^(?:左右|以上|以下|上下|许)/;

/** The number is written rounded: 约560人次, 近百场, 60次左右. */
function rounded(text: string, mention: NumberMention): boolean {
  return mention.approx || ROUNDED_BEFORE.test(text.slice(0, mention.numberStart)) || ROUNDED_AFTER.test(text.slice(mention.end));
}

/**
 * The clause (or, for the last item of a list, the whole list) names another body as who did it —
 * not as where the work went (向县政府报送, 到县法院视察) — and the figure's own words name no body.
 */
function anotherBodysWork(words: string, phrases: readonly string[]): boolean {
  const body = OTHER_BODY.exec(words);
  if (!body || phrases.some((p) => OTHER_BODY.test(p))) return false;
  return !BODY_AS_OBJECT.test(words.slice(0, body.index));
}

/** Words of a change between years or of last year's value, in the number's own clause. */
const CHANGE_WORDS = /同比|环比|较上年|比上年|与上年|上年|去年|上一年|增长|增加|减少|下降|提高|降低|增幅|减幅|百分点/;

/** How far after the number its clause may still say it is a change (增加17场次, 17场次，同比…). */
const AFTER_REACH = 8;

/** A year written inside a document number: 〔2025〕 or [2025] before its 号. */
export function inDocumentNumber(text: string, mention: NumberMention): boolean {
  return mention.kind === 'year' && /[〔[［]/.test(text[mention.start - 1] ?? '') && /[〕\]］]/.test(text[mention.numberEnd] ?? '');
}

/** The number's clause (from clauseStart) and a few characters after it speak of a change or of last year. */
function speaksOfChange(text: string, clauseStart: number, mention: NumberMention): boolean {
  const after = text.slice(mention.end, mention.end + AFTER_REACH).split(/[，,。；;]/)[0]!;
  return CHANGE_WORDS.test(text.slice(clauseStart, mention.start)) || CHANGE_WORDS.test(after);
}

/** The sentence up to the number names a year other than the report's (2024年以来, 2023年的). */
function namesAnotherYear(mentions: readonly NumberMention[], sentenceStart: number, mention: NumberMention, year: number | null): boolean {
  return mentions.some((m) => m.kind === 'year' && m.value !== year && m.start >= sentenceStart && m.end <= mention.start);
}

/**
 * The number may be another time's or a change: its sentence counts since before the year (本届以来,
 * 2024年以来) or names another year, or its clause speaks of a change over last year.
 */
export function anotherTimeOrChange(text: string, mentions: readonly NumberMention[], mention: NumberMention, clauseStart: number, year: number | null): boolean {
  const sentenceStart = sentenceStartOf(text, mention.start);
  return ACROSS_YEARS.test(text.slice(sentenceStart, mention.start)) || speaksOfChange(text, clauseStart, mention) || namesAnotherYear(mentions, sentenceStart, mention, year);
}

const PHRASES_BY_KEY: ReadonlyMap<string, readonly string[]> = new Map(PHRASES.map((p) => [p.figure.key, p.phrases]));

/** The number is rounded, or its clause is another body's work: the figure may be right, but not plainly. */
/** Units that count people: a count of them beside another body may be that body's people (人大代表). */
const PEOPLE_UNITS: readonly string[] = ['人次', '名', '人', '位'];

/**
 * The sentence before the clause has a body that is never the office as its subject (县人大常委会开展执法
 * 检查4次，县政协委员18人次参加), or a count of people names such a body at all (邀请县人大代表参加视察12人次):
 * the number may be that body's work or people.
 */
function besideAnotherBody(mention: NumberMention, ctx: MentionContext, key: string): boolean {
  if ((PHRASES_BY_KEY.get(key) ?? []).some((p) => NEVER_THE_OFFICE.test(p))) return false;
  const sentenceBefore = ctx.far.slice(ctx.far.indexOf('|') + 1);
  return otherBodyAsSubject(sentenceBefore) >= 0 || (PEOPLE_UNITS.includes(mention.unit) && NEVER_THE_OFFICE.test(ctx.near));
}

/** A verb of sending up (the labels' 报送): what was sent of a thing is a part of it. */
const SENT = '报送';

/** 向市政协报送调研报告3篇: the clause counts those of the things sent up to another body, and the figure's words name neither. */
function onlyThoseSent(ctx: MentionContext, key: string): boolean {
  return ctx.near.includes(SENT) && NEVER_THE_OFFICE.test(ctx.near) && !(PHRASES_BY_KEY.get(key) ?? []).some((p) => p.includes(SENT) || NEVER_THE_OFFICE.test(p));
}

export function notSaidPlainly(text: string, mention: NumberMention, ctx: MentionContext, key: string): boolean {
  return rounded(text, mention) || anotherBodysWork(ctx.listed ? ctx.listReading : ctx.near, PHRASES_BY_KEY.get(key) ?? []) || besideAnotherBody(mention, ctx, key) || onlyThoseSent(ctx, key);
}

/** 计划, 拟 before the number in its clause: what was meant to be done (全年计划走访12个单位), unless put into a plan (列入计划). */
const MEANT_BEFORE = /(?<!列入|纳入|排入)(?:计划|拟)/;

/**
 * 今年全年计划评议县直单位12个: a number after words of intent in its own clause is the plan's, not
 * what was done, unless the figure itself is a plan's (工作要点计划调研). It stays text, its figure offered.
 */
export function meantNotDone(near: string, key: string): boolean {
  if (!MEANT_BEFORE.test(near)) return false;
  return !PHRASES.some(({ figure, phrases }) => figure.key === key && phrases.some((p) => MEANT_BEFORE.test(p)));
}

/** A list of names in the clause before 各 (界别甲、界别乙委员各14名). */
const LISTED = /[、和及与]/;

/** 农业界、科技界委员各9名: one number stated for each of several named things is none of their figures alone. */
export function eachOfSeveral(text: string, mention: NumberMention): boolean {
  if (text[mention.numberStart - 1] !== '各') return false;
  const before = text.slice(0, mention.numberStart - 1);
  return LISTED.test(before.slice(before.search(/[^，,；;。：:！？]*$/)));
}

/** What may stand between a count of kinds and the count of their things: 类活动, 种. */
const KINDS_THEN_COUNT = /^[^，,；;。：:！？、]{0,3}$/;

/**
 * 组织走访、宣讲等8类活动21次: a count right after a count of kinds counts the things of all those
 * kinds together, so a figure of one kind its words match is not sure.
 */
export function afterCountOfKinds(before: NumberMention | undefined, between: string): boolean {
  return before?.unit === '类' && KINDS_THEN_COUNT.test(between);
}
