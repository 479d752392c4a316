// Proposes, for each number of a learned paragraph, the catalogue figure it most likely states,
// from the words around it: the figure's label and synonyms (given with each figure's definition) found right
// before the number (收到提案134件) or right after its unit (12个县直单位), a label split across
// the clause (全体会议应到120人次、实到112人次), and the unit. A proposal is "sure" only when the
// match is a whole phrase next to the number with the same unit and no other figure comes
// close; anything weaker is shown for checking, and a number nothing matches stays text.
import { FIGURE_CATALOGUE, type FigureDefinition } from '../figure-catalogue';
import type { NumberMention } from './find-numbers';

export interface FigureCandidate {
  key: string;
  score: number;
}

export interface FigureProposal {
  /** The figure proposed, or null: the number stays text. */
  key: string | null;
  /** For a range (1—2名) whose low end is `key`, the figure of its high end. */
  toKey?: string;
  sure: boolean;
  /** Best first, at most five, for the picker's suggestions. */
  candidates: FigureCandidate[];
}

/** Units a report may write for a figure's unit (份 for a feedback form counted as 件, 人 for 名). */
const UNIT_FRIENDS: Record<string, readonly string[]> = {
  件: ['份', '个'],
  份: ['件'],
  名: ['人', '位'],
  人: ['名'],
  次: ['场', '期'],
  个: ['家', '所', '项'],
  条: ['篇', '件'],
  篇: ['条', '份'],
  项: ['个', '次'],
};

function unitFit(mentionUnit: string, figureUnit: string): number {
  if (mentionUnit === figureUnit) return 1;
  return UNIT_FRIENDS[figureUnit]?.includes(mentionUnit) ? 0.8 : 0;
}

interface FigurePhrases {
  figure: FigureDefinition;
  phrases: readonly string[];
}

// Labels carry explanations in brackets (（不重复计）) that no report writes.
const PHRASES: readonly FigurePhrases[] = FIGURE_CATALOGUE.map((figure) => ({
  figure,
  phrases: [figure.label.replace(/（[^）]*）/g, ''), ...(figure.synonyms ?? [])].filter((p) => p.length >= 1),
}));

/** How far ahead the best must be of the next figure for a sure proposal, and the least whole-phrase match. */
const SURE_MARGIN = 0.75;
const SURE_SCORE = 20;

/** Where a clause starts: punctuation, or the end of the number before. */
const SOFT_BOUNDARY = /[，,、；;：:。！？（）()“”"《》\s]/;
const HARD_BOUNDARY = /[。！？；;]/;

export interface MentionContext {
  /** From the clause's start (or the number before) up to the number. */
  near: string;
  /** The sentence before `near`, and the section heading: where a split label's first half is. */
  far: string;
  /** After the unit up to the next punctuation. */
  after: string;
}

export function mentionContext(text: string, mention: NumberMention, previousEnd: number, heading: string): MentionContext {
  let nearStart = mention.start;
  while (nearStart > previousEnd && !SOFT_BOUNDARY.test(text[nearStart - 1]!)) nearStart--;
  let sentenceStart = nearStart;
  while (sentenceStart > 0 && !HARD_BOUNDARY.test(text[sentenceStart - 1]!)) sentenceStart--;
  let afterEnd = mention.end;
  while (afterEnd < text.length && !SOFT_BOUNDARY.test(text[afterEnd]!) && afterEnd - mention.end < 20) afterEnd++;
  return { near: text.slice(nearStart, mention.start), far: `${heading}|${text.slice(sentenceStart, nearStart)}`, after: text.slice(mention.end, afterEnd) };
}

interface PhraseMatch {
  score: number;
  /** The best score of a whole phrase right next to the number (or a split label whose end opens the clause). */
  adjacentScore: number;
}

/** Words a clause may open with before what it counts: 其中满意90份, 共收到提案134件. */
const CLAUSE_FILLERS = /^(其中|共|累计|分别|已|先后|全年|另有|有)+/;

function matchPhrase(phrase: string, ctx: MentionContext): PhraseMatch {
  const best: PhraseMatch = { score: 0, adjacentScore: 0 };
  const consider = (score: number, adjacent: boolean) => {
    best.score = Math.max(best.score, score);
    if (adjacent) best.adjacentScore = Math.max(best.adjacentScore, score);
  };
  const at = ctx.near.lastIndexOf(phrase);
  if (at >= 0) {
    const gap = ctx.near.length - (at + phrase.length);
    consider(phrase.length * 10 - Math.min(gap, 10) * 0.8, gap <= 3);
  }
  // The thing counted named earlier in the sentence (发出征询意见表，收回128份): a weak hint, never sure.
  if (phrase.length >= 4 && ctx.far.includes(phrase)) consider(Math.min(phrase.length * 3, 16), false);
  // A label around the number: 全县|11个|乡镇.
  for (let k = 2; k <= phrase.length - 2; k++) {
    if (ctx.near.endsWith(phrase.slice(0, k)) && ctx.after.startsWith(phrase.slice(k))) consider(phrase.length * 10, true);
  }
  if (ctx.after.startsWith(phrase) || ctx.after.indexOf(phrase) === 1) consider(phrase.length * 9, true);
  // Named later in the same clause: better than an earlier clause, weaker than next to the number.
  else if (ctx.after.includes(phrase)) consider(Math.min(phrase.length * 3, 18), false);
  // A label split across the clause: its end opens the clause (、实到112人次), its start is earlier
  // in the sentence (全体会议应到120人次). The end must open the clause, or 集体提案 would read as 收到|提案.
  const opening = ctx.near.replace(CLAUSE_FILLERS, '');
  for (let k = 3; k <= phrase.length - 2; k++) {
    const head = phrase.slice(0, k);
    const tail = phrase.slice(k);
    if (!opening.startsWith(tail)) continue;
    const gap = opening.length - tail.length;
    if (ctx.far.includes(head)) consider(tail.length * 10 + head.length * 3 - Math.min(gap, 10) * 0.8, gap <= 3);
  }
  return best;
}

/** The figures a mention could be, best first, scored from the context. */
export function rankFigures(mention: NumberMention, ctx: MentionContext): (FigureCandidate & { adjacent: boolean; unitFit: number })[] {
  const ranked: (FigureCandidate & { adjacent: boolean; unitFit: number })[] = [];
  for (const { figure, phrases } of PHRASES) {
    const fit = unitFit(mention.unit, figure.unit);
    if (fit === 0) continue;
    let score = 0;
    let adjacentScore = 0;
    for (const phrase of phrases) {
      const m = matchPhrase(phrase, ctx);
      score = Math.max(score, m.score);
      adjacentScore = Math.max(adjacentScore, m.adjacentScore);
    }
    // The group's own word in the sentence or heading tips a tie (立案 under 提案工作).
    const groupBonus = ctx.far.includes(figure.group) || ctx.near.includes(figure.group) ? 2 : 0;
    if (score >= 15) ranked.push({ key: figure.key, score: score * fit + groupBonus, adjacent: adjacentScore >= SURE_SCORE, unitFit: fit });
  }
  return ranked.sort((a, b) => b.score - a.score);
}


/** The proposal for one count, rate or money mention; `previousKey` is the figure of the number before in the same clause. */
export function proposeFigure(mention: NumberMention, ctx: MentionContext, previousKey: string | null): FigureProposal {
  // 经济建设方面20件，占23%: a share follows its count.
  if (mention.unit === '%' && /占(?:比)?$/.test(ctx.near) && previousKey) {
    const share = `${previousKey}.share`;
    if (FIGURE_CATALOGUE.some((f) => f.key === share)) return { key: share, sure: true, candidates: [{ key: share, score: 100 }] };
  }
  const ranked = mention.kind === 'range' ? rangeEnds(rankFigures(mention, ctx)) : rankFigures(mention, ctx);
  const candidates = ranked.slice(0, 5).map(({ key, score }) => ({ key, score }));
  const [best, second] = ranked;
  if (!best) return { key: null, sure: false, candidates };
  const clear = !second || second.score < best.score * SURE_MARGIN;
  const sure = clear && best.adjacent && best.unitFit === 1 && best.score >= SURE_SCORE && !mention.approx;
  if (mention.kind === 'range') return rangeProposal(best.key, sure, candidates);
  return { key: best.key, sure, candidates };
}

/** For a range, only Min/Max pairs, each pair once (as its Min). */
function rangeEnds<T extends FigureCandidate>(ranked: T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const c of ranked) {
    const stem = c.key.replace(/(Min|Max)$/, '');
    if (stem === c.key || seen.has(stem)) continue;
    seen.add(stem);
    out.push({ ...c, key: `${stem}Min` });
  }
  return out;
}

/** A range's ends are a Min/Max pair of the catalogue (stations.staffMin — stations.staffMax). */
function rangeProposal(key: string, sure: boolean, candidates: FigureCandidate[]): FigureProposal {
  const stem = key.replace(/(Min|Max)$/, '');
  const low = `${stem}Min`;
  const high = `${stem}Max`;
  const known = (k: string) => FIGURE_CATALOGUE.some((f) => f.key === k);
  if (stem !== key && known(low) && known(high)) return { key: low, toKey: high, sure, candidates };
  return { key: null, sure: false, candidates };
}
