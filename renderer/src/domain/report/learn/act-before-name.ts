// A name matched alone right before a number may have, right before it, a verb that says what was
// done to the things named: 编入信息61条 counts the items compiled into the issues, not the items
// collected that 信息 alone names. When that verb opens another figure's own name of the same
// things (编入期刊的信息), the number is that figure's; the match of the name alone proves nothing.
import type { MentionContext } from './mention-context';
import { PHRASES, unitFit } from './figure-phrases';

/** A verb is two characters of text (编入, 刊用), not punctuation or a number. */
const VERB = /^[\u4e00-\u9fff]{2}$/;
const VERB_LENGTH = 2;

/** Between the verb and the name in another figure's name: nothing, or words ending in 的 (编入期刊的信息). */
const QUALIFIER = /^(?:|.*的)$/;

/**
 * The figure whose own name is the verb written right before the matched name, then that name
 * (编入 … 的信息), when the best figure writes the name after verbs of its own (收集社情民意信息) but
 * never this one; else null.
 */
export function actBeforeName(best: { key: string; phrases: readonly string[] }, ctx: MentionContext, unit: string, notThese: ReadonlySet<string>): string | null {
  const name = best.phrases.filter((p) => p.length >= 2 && ctx.near.endsWith(p)).sort((a, b) => b.length - a.length)[0];
  if (!name) return null;
  const verb = ctx.near.slice(-name.length - VERB_LENGTH, -name.length);
  if (!VERB.test(verb) || best.phrases.some((p) => p.includes(verb))) return null;
  const nameOfActs = best.phrases.some((p) => p.length >= name.length + VERB_LENGTH && p.endsWith(name));
  if (!nameOfActs) return null;
  const actOnName = (q: string) => q.startsWith(verb) && q.endsWith(name) && QUALIFIER.test(q.slice(VERB_LENGTH, -name.length));
  const other = PHRASES.find(({ figure, phrases }) => figure.key !== best.key && !notThese.has(figure.key) && unitFit(unit, figure.unit) === 1 && phrases.some(actOnName));
  return other?.figure.key ?? null;
}
