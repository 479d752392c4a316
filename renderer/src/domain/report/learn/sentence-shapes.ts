// Shapes of a sentence that say what a number counts other than by the words right before it,
// and that the proposer (propose-figure.ts) heeds: a 将 (把) clause, whose verb after the number
// says what it counts; a part after 其中 of a whole that has parts of that kind; and a number
// opening its clause whose clause goes on to say what became of the things it counts.
import { FIGURE_CATALOGUE } from '../figure-catalogue';
import type { NumberMention } from './find-numbers';
import type { MentionContext } from './mention-context';
import { PHRASES, unitFit } from './figure-phrases';
import type { FigureCandidate, FigureProposal } from './propose-figure';

/** Words a clause may open with before what it counts: 其中满意90份, 共收到提案134件. */
export const CLAUSE_FILLERS = /^(其中|共|累计|分别|已|先后|全年|另有|有)+/;

/** A clause of 将 (把): what it counts is what the verb after the number does to them. */
export const DISPOSAL = /^[将把]/;

/**
 * 将立案的198件提案分别交由52个承办单位办理: the words before the number only say which things
 * (立案的), the verb after it up to the next number says what the count is (交由: 交办). The figure
 * whose words come last there (将161件立案提案交由: 交由, not 立案), the longer on a tie, is shown for
 * checking; with none the number stays text.
 */
export function disposedAs(mention: NumberMention, ctx: MentionContext, notThese: ReadonlySet<string>, ranked: readonly FigureCandidate[]): FigureProposal {
  const verb = ctx.afterClause.split(/\d/)[0]!;
  let best: { key: string; end: number; length: number } | null = null;
  for (const { figure, phrases } of PHRASES) {
    if (notThese.has(figure.key) || unitFit(mention.unit, figure.unit) === 0) continue;
    for (const p of phrases) {
      const end = verb.lastIndexOf(p) + p.length;
      if (p.length < 2 || end < p.length) continue;
      if (!best || end > best.end || (end === best.end && p.length > best.length)) best = { key: figure.key, end, length: p.length };
    }
  }
  const candidates = ranked.slice(0, 4).map(({ key, score }) => ({ key, score }));
  if (!best) return { key: null, sure: false, candidates };
  return { key: best.key, sure: false, candidates: [{ key: best.key, score: best.length * 10 }, ...candidates.filter((c) => c.key !== best.key)] };
}

/** A part after 其中 named as a kind of activity is the whole's own part of that kind, where the
 * catalogue has it: 工作要点安排15项，其中提案办理协商3项 is 工作要点计划提案协商, not the year's
 * 提案办理协商 activities. Shown for checking. */
export function partOfWhole(best: FigureCandidate, whole: string | null | undefined, unit: string, notThese: ReadonlySet<string>): string | null {
  if (!whole) return null;
  const kind = best.key.slice(best.key.lastIndexOf('.') + 1);
  const part = FIGURE_CATALOGUE.find((f) => f.key === `${whole}.${kind}`);
  return part && !notThese.has(part.key) && unitFit(unit, part.unit) > 0 ? part.key : null;
}

/** Words after what a number counts that are not part of a name: 的, 等. */
const TRAILING = /^[的等]?/;
/** How many characters after the matched words still read as the end of the name. */
const TRAILING_LEAST = 2;

/**
 * A number that opens its clause and is named by the words after it, where the clause goes on to
 * say what became of them (14个被评议单位全部排出测评名次): a figure may count that, not the
 * things named, so the match is shown for checking. 12个县直单位 ends with what it counts.
 */
export function saysMoreAfter(phrases: readonly string[], ctx: MentionContext): boolean {
  if (ctx.near.replace(CLAUSE_FILLERS, '') !== '') return false;
  const named = phrases.filter((p) => ctx.after.startsWith(p) || ctx.after.indexOf(p) === 1);
  if (named.length === 0) return false;
  const end = Math.max(...named.map((p) => ctx.after.indexOf(p) + p.length));
  return ctx.afterClause.slice(end).replace(TRAILING, '').length > TRAILING_LEAST;
}
