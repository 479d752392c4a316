// A part after 其中 is often named only by what sets it apart, the rest of its name left to the whole
// it is a part of: 被上级政协采用71条，其中全国政协3条、省政协14条 (全国政协采用, 省政协采用);
// 获各级领导批示29次，其中省领导批示1次; 获县级以上领导批示31次，其中县委、县政府主要领导26次 (县级领导批示).
// The part is the figure whose name is those words followed by the whole's own name.
import type { MentionContext } from './mention-context';
import { PHRASES, unitFit } from './figure-phrases';
import { CLAUSE_FILLERS } from './sentence-shapes';
import { leadersByLevel } from './catalogue-words';

/** What sets a part apart is two characters at least (省政协, 县级). */
const LEAST_OWN = 2;

/**
 * The figure, not ruled out, of the number's unit, one of whose names is words that the clause ends
 * with, then the whole's name, which the clause may write in part or leave out (省政协|采用, 县级|领导|批示).
 * The longest such words win; null when none. Shown for checking.
 */
export function partByWholeWords(whole: string | null | undefined, ctx: MentionContext, unit: string, notThese: ReadonlySet<string>): string | null {
  if (!whole) return null;
  const wholeNames = (PHRASES.find((p) => p.figure.key === whole)?.phrases ?? []).filter((w) => w.length >= 2);
  // Under a whole of all levels' 批示, one level's leaders are that level's, however they are named.
  const words = leadersByLevel(ctx.near.replace(CLAUSE_FILLERS, ''));
  let best: { key: string; own: number } | null = null;
  for (const { figure, phrases } of PHRASES) {
    if (figure.key === whole || notThese.has(figure.key) || unitFit(unit, figure.unit) !== 1) continue;
    for (const name of phrases) {
      for (const w of wholeNames) {
        const own = name.length - w.length;
        if (own < LEAST_OWN || !name.endsWith(w) || (best && best.own >= own)) continue;
        const ownWords = name.slice(0, own);
        for (let k = 0; k <= w.length; k++) {
          if (words.endsWith(ownWords + w.slice(0, k))) {
            best = { key: figure.key, own };
            break;
          }
        }
      }
    }
  }
  return best?.key ?? null;
}
