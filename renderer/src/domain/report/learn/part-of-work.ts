// The parts of the work a sentence is about (提案, 社情民意, 民主评议, 联络站 …, the catalogue's groups
// beside the general 活动, 会议 and 委员), and what they tell the proposer: a sentence naming another
// part than the figure's is not that figure's for sure, and a figure of one part is sure only where
// its part is named — in the sentence, the heading, the document's title, or the words matched (帮助解决问题43个 in a
// sentence on 三服务 is no 联络站's, whatever 解决问题 matched); and words a figure of an unnamed part matched
// that end a name of the named part's figure are the named part's (评议满意率 is 民主评议's 测评满意率).
import { FIGURE_CATALOGUE, type FigureDefinition } from '../figure-catalogue';
import type { MentionContext } from './mention-context';
import { PHRASES, unitFit } from './figure-phrases';
/** The parts of the work a sentence can be about, by the catalogue's groups (活动 and 会议 are every part's). */
export const TOPICS: readonly string[] = [...new Set(FIGURE_CATALOGUE.map((f) => f.group))].filter((g) => g !== '活动' && g !== '会议' && g !== '委员' && !g.includes('“'));

/** The words a report names a part of the work by, beside the group's own name (信息 for 社情民意, 工作室 for 联络站). */
const PART_WORDS: Readonly<Record<string, readonly string[]>> = {
  社情民意: ['信息'],
  民主评议: ['评议'],
  民主监督员: ['监督员'],
  工作要点: ['要点'],
  联络站: ['工作室', '工作站', '委员之家'],
  主题实践活动: ['主题实践', '主题履职'],
  结对帮扶: ['结对', '帮扶'],
  文史资料: ['文史'],
};

const partWords = (group: string): readonly string[] => [group, ...(PART_WORDS[group] ?? [])];

export const namesGroup = (figure: FigureDefinition, ctx: MentionContext) => ctx.far.includes(figure.group) || ctx.near.includes(figure.group);

/** A figure with the phrases it may be matched by. */
interface Matched {
  figure: FigureDefinition;
  phrases: readonly string[];
}

/** The heading, the sentence around the number, or the phrases matched name the figure's part of the work. */
export function partNamed(best: Matched, ctx: MentionContext): boolean {
  const around = `${ctx.title ?? ''}|${ctx.far}|${ctx.near}|${ctx.afterSentence}`;
  const matched = best.phrases.filter((p) => `${ctx.near}|${ctx.after}|${ctx.afterClause}`.includes(p));
  return partWords(best.figure.group).some((w) => around.includes(w) || matched.some((p) => p.includes(w)));
}

/** The sentence names another part of the work than the figure's, by any of its words, and the figure's phrases do not (评议组提出意见建议31条). */
export function namesOtherPart(best: Matched, ctx: MentionContext): boolean {
  const sentence = `${ctx.far.slice(ctx.far.indexOf('|') + 1)}${ctx.near}${ctx.afterClause}`;
  const names = (t: string, words: string) => partWords(t).some((w) => words.includes(w));
  return TOPICS.some((t) => t !== best.figure.group && names(t, sentence) && !best.phrases.some((p) => names(t, p)));
}

/**
 * The sentence names another part of the work than the figure's (意见建议52条 in a sentence on
 * 民主评议), or the figure is of one part of the work and nothing names that part.
 */
export function offTopic(best: Matched, ctx: MentionContext, unit: string): boolean {
  if (namesOtherPart(best, ctx)) return true;
  const group = best.figure.group;
  if (!TOPICS.includes(group)) return false;
  if (!partNamed(best, ctx)) return true;
  // A figure of one part of the work matched by words another part's figures of a fitting unit also
  // use (收集群众意见建议 for 联络站 holds 意见建议): sure only where the sentence or heading names its part by name.
  if (namesGroup(best.figure, ctx) || ctx.afterSentence.includes(group)) return false;
  const matched = best.phrases.filter((p) => `${ctx.near}|${ctx.after}`.includes(p));
  return matched.some((p) => SHARED_WORDS.some((w) => w.group !== group && unitFit(unit, w.unit) > 0 && p.includes(w.phrase)));
}
/** Every phrase of every figure with its group, for the words two parts of the work share. */
const SHARED_WORDS: readonly { phrase: string; group: string; unit: string }[] = PHRASES.flatMap(({ figure, phrases }) =>
  phrases.filter((p) => p.length >= 2).map((phrase) => ({ phrase, group: figure.group, unit: figure.unit })),
);

/** How many characters (达, 为) may stand between matched words and the number. */
const NEXT_TO = 3;

/**
 * 组织民主评议1次…，评议满意率达96.2%: words matched by a figure of a part the sentence does not
 * name (满意率, 提案's) that end the name of a figure of the part it does name (测评满意率, 民主评议's)
 * are that part's figure: the one such figure of the unit, else none.
 */
export function namedPartsFigure(best: Matched, ctx: MentionContext, unit: string, notThese: ReadonlySet<string>): string | null {
  if (!TOPICS.includes(best.figure.group) || !namesOtherPart(best, ctx) || partNamed(best, ctx)) return null;
  const sentence = `${ctx.far.slice(ctx.far.indexOf('|') + 1)}${ctx.near}${ctx.afterClause}`;
  const matched = best.phrases.filter((p) => p.length >= 2 && ctx.near.lastIndexOf(p) >= 0 && ctx.near.length - ctx.near.lastIndexOf(p) - p.length <= NEXT_TO);
  const found = PHRASES.filter(({ figure, phrases }) => figure.group !== best.figure.group && TOPICS.includes(figure.group) && !notThese.has(figure.key) && unitFit(unit, figure.unit) === 1
    && partWords(figure.group).some((w) => sentence.includes(w)) && phrases.some((q) => matched.some((m) => q !== m && q.endsWith(m))));
  return found.length === 1 ? found[0]!.figure.key : null;
}

/**
 * 开展“委员进社区”主题履职活动，组织义诊、普法、助学等6类活动38次，共有147名委员参加: a number no
 * words placed, in a sentence about one part of the work only, counted in a unit only one of that
 * part's figures has, is that figure's. Shown for checking; null when the sentence names no part or
 * several, or the part has no such figure or more than one, or the document's title names the part:
 * in a report on 提案 every sentence is about 提案, so naming it singles out nothing.
 */
export function onlyFigureOfPart(ctx: MentionContext, unit: string, notThese: ReadonlySet<string>): string | null {
  const sentence = `${ctx.far.slice(ctx.far.indexOf('|') + 1)}${ctx.near}${ctx.afterSentence}`;
  const named = TOPICS.filter((t) => partWords(t).some((w) => sentence.includes(w)));
  if (named.length !== 1 || partWords(named[0]!).some((w) => ctx.title?.includes(w))) return null;
  const fitting = FIGURE_CATALOGUE.filter((f) => f.group === named[0] && unitFit(unit, f.unit) === 1);
  return fitting.length === 1 && !notThese.has(fitting[0]!.key) ? fitting[0]!.key : null;
}

/** The document's title names a part of the work other than the figure's (提案工作情况报告 for a 结对帮扶 figure). */
export const titleNamesAnotherPart = (best: Matched, ctx: MentionContext): boolean =>
  TOPICS.some((t) => t !== best.figure.group && partWords(t).some((w) => ctx.title?.includes(w)));
