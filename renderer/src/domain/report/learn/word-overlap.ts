// The last resort for a number no wording rule places: the words of its clause compared with every
// figure's words (label, synonyms, description) as pairs of characters, each pair weighed by how few
// figures use it (提案 tells little, 评议 and 出版 much). A new county's report words the same facts
// its own way (自2013年起坚持每年开展民主评议 for 开始民主评议的年份); pairs carry over where whole
// phrases do not. What this finds is only a guess: it is never sure, it needs the figure's unit,
// and it needs a clear lead over the next figure.
import { PHRASES, unitFit } from './figure-phrases';
import type { FigureCandidate } from './figure-proposal';
import type { MentionContext } from './mention-context';
import { beforeNextItem } from './mention-context';

/** What is not a word: punctuation, digits, brackets, the empty 《》 of any title. */
const NOT_WORDS = /[\s\d.%，,、；;：:。！？（）()《》“”"'‘’|—\-~～]/g;

/**
 * Words every part of the work writes around its numbers (组织委员开展, 召开, 全年, 政协): they tell
 * which figure nothing, however few figures' labels happen to hold them, so they are no pairs.
 */
const GENRE_WORDS = ['组织', '织委', '委员', '员开', '开展', '展了', '召开', '举办', '参加', '参与', '进行', '全年', '年共', '共计', '累计', '工作', '活动', '政协', '县委', '县政', '政府', '有关', '相关', '各类', '积极', '围绕'];
const GENRE_PAIRS: ReadonlySet<string> = new Set(GENRE_WORDS);

/** Every pair of neighbouring word characters in a text (评议 from 民主评议), but the genre's own words. */
export function charPairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(NOT_WORDS)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  for (const p of GENRE_PAIRS) out.delete(p);
  return out;
}

interface FigureWords {
  key: string;
  group: string;
  unit: string;
  pairs: ReadonlySet<string>;
}

const FIGURE_WORDS: readonly FigureWords[] = PHRASES.map(({ figure, phrases }) => ({
  key: figure.key,
  group: figure.group,
  unit: figure.unit,
  pairs: charPairs([...phrases, figure.description ?? ''].join('|')),
}));

/** How much a pair tells: the fewer figures use it, the more (log of all figures over those that do). */
const WEIGHT: ReadonlyMap<string, number> = (() => {
  const counts = new Map<string, number>();
  for (const f of FIGURE_WORDS) for (const p of f.pairs) counts.set(p, (counts.get(p) ?? 0) + 1);
  return new Map([...counts].map(([p, n]) => [p, Math.log(FIGURE_WORDS.length / n)]));
})();

/** Words of the sentence before (and the heading) count for this much of the clause's own. */
const FAR_SHARE = 0.5;
/** The least weight of shared pairs for a guess: about three telling pairs (a word of four
 * characters shared whole, 民主评议, each pair used by a dozen of the figures, log(264/12) ≈ 3). */
const LEAST_SCORE = 9;
/** Pairs the number's own clause must share with the figure: a word of two characters is not enough. */
const LEAST_OWN_PAIRS = 2;
/** The best must lead the next figure by this factor. Chosen by leaving each annotated report out in
 * turn and taking the factor best on the others (1.2 over 1.5 and 2 in every turn): a guess is never
 * sure, and a closer lead binds more numbers right than it binds wrong. */
const LEAD = 1.2;
/** A list closed by 等 (瑶族等少数民族委员) counts kinds together: no guess names one of them. */
const LUMPED = '等';

/** The figures the clause's words are closest to, best first, when one leads clearly; else none.
 * With a group, only that part of the work's figures are compared, and the lead is over them. */
export function closestByWords(unit: string, ctx: MentionContext, notThese: ReadonlySet<string>, group?: string): FigureCandidate[] {
  if (ctx.near.includes(LUMPED)) return [];
  const own = charPairs(`${ctx.near}|${beforeNextItem(ctx.afterClause)}`);
  const far = charPairs(ctx.far);
  const scored: FigureCandidate[] = [];
  for (const f of FIGURE_WORDS) {
    // Only the figure's own unit: the words alone are too weak a hint to bear a unit of its kind too.
    if (unitFit(unit, f.unit) < 1 || notThese.has(f.key) || (group !== undefined && f.group !== group)) continue;
    let score = 0;
    let ownPairs = 0;
    for (const p of f.pairs) {
      const w = WEIGHT.get(p) ?? 0;
      if (own.has(p)) [score, ownPairs] = [score + w, ownPairs + 1];
      else if (far.has(p)) score += w * FAR_SHARE;
    }
    if (ownPairs >= LEAST_OWN_PAIRS) scored.push({ key: f.key, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < LEAST_SCORE || (second && second.score * LEAD > best.score)) return [];
  return scored.slice(0, 5);
}
