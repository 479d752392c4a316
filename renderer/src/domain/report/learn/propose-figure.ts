// Proposes, for each number of a learned paragraph, the catalogue figure it most likely states,
// from the words around it (mention-context.ts): the figure's label and synonyms (given with each
// figure's definition) found right before the number (收到提案134件) or right after its unit
// (12个县直单位), a label split across the clause (全体会议应到120人次、实到112人次; 安排……调研4项、
// 视察3项) or written back to front after it (对14个部门进行评议), and the unit: the same unit,
// one a report writes for it (份 for 件), or only the same kind of unit (篇 for 次, a weak hint
// that needs words in the number's own clause: a 份 or 个小组 that no figure counts is not bound to
// a figure only named in the sentence before). A synonym with an empty 《》 stands for any title
// (编报《》 for 编报《南山社情民意》). A proposal is "sure" only when the match is a whole phrase
// next to the number with the figure's own unit, no other figure comes close, the sentence is not
// about another part of the work (民主评议, 联络站 …) and, for a figure of one part of the work
// matched by words that do not name it (收集群众意见建议 for 联络站), the sentence or heading names
// that part; anything weaker is shown for checking, and a number nothing matches stays text.
import { FIGURE_CATALOGUE, type FigureDefinition } from '../figure-catalogue';
import type { NumberMention } from './find-numbers';
import type { MentionContext } from './mention-context';
import { groupVersion } from './group-version';

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

/** How well a unit a report may write for the figure's unit fits; a unit only of the same kind fits less. */
const UNIT_FRIEND_FIT = 0.8;

/** A book title, and the empty 《》 a synonym writes for any title. */
const TITLE = /《[^》]*》/g;
const ANY_TITLE = '《》';

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

/** Kinds of unit: a count of things is never a rate, money, 万字, 人次 or a number of people. */
const UNIT_KINDS: readonly (readonly string[])[] = [
  ['次', '场', '期', '件', '条', '个', '篇', '份', '项', '家', '所', '类', '张', '辑', '册', '户', '批'],
  ['名', '人', '位'],
];

function unitFit(mentionUnit: string, figureUnit: string): number {
  if (mentionUnit === figureUnit) return 1;
  if (UNIT_FRIENDS[figureUnit]?.includes(mentionUnit)) return UNIT_FRIEND_FIT;
  return UNIT_KINDS.some((k) => k.includes(mentionUnit) && k.includes(figureUnit)) ? 0.5 : 0;
}

interface FigurePhrases {
  figure: FigureDefinition;
  phrases: readonly string[];
}

/** A phrase as reports write it: without the label's explanation in brackets (（不重复计）), and a
 * passive 被 may be left to the clause before (被全国政协采用2条、省政协采用9条). */
function writtenForms(phrase: string): string[] {
  const plain = phrase.replace(/（[^）]*）/g, '');
  return plain.startsWith('被') && plain.length >= 4 ? [plain, plain.slice(1)] : [plain];
}

const PHRASES: readonly FigurePhrases[] = FIGURE_CATALOGUE.map((figure) => ({
  figure,
  phrases: [...new Set([figure.label, ...(figure.synonyms ?? [])].flatMap(writtenForms))].filter((p) => p.length >= 1),
}));

/** The parts of the work a sentence can be about, by the catalogue's groups (活动 and 会议 are every part's). */
const TOPICS: readonly string[] = [...new Set(FIGURE_CATALOGUE.map((f) => f.group))].filter((g) => g !== '活动' && g !== '会议' && g !== '委员' && !g.includes('“'));

/** How far ahead the best must be of the next figure for a sure proposal, and the least whole-phrase match. */
const SURE_MARGIN = 0.75;
const SURE_SCORE = 20;

interface PhraseMatch {
  score: number;
  /** The best score of a whole phrase right next to the number (or a split label whose end opens the clause). */
  adjacentScore: number;
  /** The best score from words in the number's own clause or right after it, not only the sentence before. */
  ownScore: number;
}

const NEGATION = /[不未没非无]/;

/** A clause with this many words of its own says what it counts, beyond a verb (收回, 实到). */
const OWN_WORDS = 4;

/** Words a clause may open with before what it counts: 其中满意90份, 共收到提案134件. */
const CLAUSE_FILLERS = /^(其中|共|累计|分别|已|先后|全年|另有|有)+/;

function matchPhrase(phrase: string, ctx: MentionContext, words: string): PhraseMatch {
  const best: PhraseMatch = { score: 0, adjacentScore: 0, ownScore: 0 };
  // Every way of matching below needs the phrase's first or last two characters somewhere around the number.
  if (!words.includes(phrase.slice(0, 2)) && !words.includes(phrase.slice(-2))) return best;
  const consider = (score: number, adjacent: boolean, own = true) => {
    best.score = Math.max(best.score, score);
    if (own) best.ownScore = Math.max(best.ownScore, score);
    if (adjacent) best.adjacentScore = Math.max(best.adjacentScore, score);
  };
  const at = ctx.near.lastIndexOf(phrase);
  // 不满意 is not 满意, 未立案 not 立案: a phrase right after a negation is not that phrase.
  if (at >= 0 && !NEGATION.test(ctx.near[at - 1] ?? '')) {
    const gap = ctx.near.length - (at + phrase.length);
    consider(phrase.length * 10 - Math.min(gap, 10) * 0.8, gap <= 3);
  }
  // The thing counted named earlier in the sentence (发出征询意见表，收回128份): a weak hint, never sure.
  if (phrase.length >= 4 && ctx.far.includes(phrase)) consider(Math.min(phrase.length * 3, 16), false, false);
  // A label around the number: 全县|11个|乡镇, 结对帮扶|15个|村.
  for (let k = 2; k <= phrase.length - 1; k++) {
    if (ctx.near.endsWith(phrase.slice(0, k)) && ctx.after.startsWith(phrase.slice(k))) consider(phrase.length * 10, true);
  }
  if (ctx.after.startsWith(phrase) || ctx.after.indexOf(phrase) === 1) consider(phrase.length * 9, true);
  // Named later in the same clause (7条获区领导批示): better than an earlier clause, weaker than next to the number.
  else if (ctx.afterClause.includes(phrase)) consider(Math.min(phrase.length * 5, 20), false);
  // Written back to front after the number: 对14个|部门|进行|评议 for 评议部门.
  for (let k = 2; k <= phrase.length - 2; k++) {
    const head = phrase.slice(0, k);
    const tail = phrase.slice(k);
    if (ctx.after.startsWith(tail) && ctx.afterClause.indexOf(head, tail.length) > 0) consider(tail.length * 9 + head.length * 3, false);
  }
  // The label's end right before the number (at most a 的 between), its start earlier in the clause or sentence:
  // 安排监督性|调研|4项 for 安排调研, 向被|评议|单位反馈|问题|27条 for 评议发现问题. Never sure.
  for (let k = 2; k <= phrase.length - 2; k++) {
    const tail = phrase.slice(k);
    const tailAt = ctx.near.lastIndexOf(tail);
    if (tailAt < 0) continue;
    const gap = ctx.near.length - (tailAt + tail.length);
    const head = phrase.slice(0, k);
    if (gap > 1) continue;
    // A start only in the sentence before is a verb over a list (安排调研4项、视察3项): weaker than one in the clause.
    if (ctx.near.slice(0, tailAt).includes(head)) consider(tail.length * 10 + head.length * 3 - gap * 0.8, false);
    else if (ctx.far.includes(head)) consider(tail.length * 10 + head.length * 3 - gap * 0.8 - 8, false);
  }
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
export function rankFigures(mention: NumberMention, ctx: MentionContext): RankedFigure[] {
  const ranked: RankedFigure[] = [];
  // The clause as written, then its other readings (other-readings.ts): a match only in one of those is never sure.
  const readings = [{ near: ctx.near, own: !ctx.borrowed }, ...ctx.readings.map((near) => ({ near, own: false }))];
  const words = `${ctx.far}|${readings.map((r) => r.near).join('|')}|${ctx.afterClause}`;
  for (const { figure, phrases } of PHRASES) {
    const fit = unitFit(mention.unit, figure.unit);
    if (fit === 0) continue;
    let score = 0;
    let adjacentScore = 0;
    let ownScore = 0;
    for (const phrase of phrases) {
      for (const reading of readings) {
        const read = { ...ctx, near: reading.near };
        // Any title is a weaker hint than the title itself: never sure. 编报《南山社情民意》28期 read as 编报《》28期.
        const anyTitle = phrase.includes(ANY_TITLE);
        if (anyTitle) read.near = read.near.replace(TITLE, ANY_TITLE);
        const m = matchPhrase(phrase, read, anyTitle ? read.near : words);
        score = Math.max(score, m.score);
        ownScore = Math.max(ownScore, m.ownScore);
        if (reading.own && !anyTitle) adjacentScore = Math.max(adjacentScore, m.adjacentScore);
      }
    }
    // A unit only of the same kind (份 for 次) and words only in the sentence before are two weak
    // hints: together they are not a figure (组成5个评议小组 under a sentence on 民主评议).
    if (fit < UNIT_FRIEND_FIT && score < SURE_SCORE) continue;
    // The group's own word in the sentence or heading tips a tie (立案 under 提案工作).
    const groupBonus = namesGroup(figure, ctx) ? 2 : 0;
    if (score >= 15) ranked.push({ key: figure.key, score: score * fit + groupBonus, adjacent: adjacentScore >= SURE_SCORE, own: ownScore > 0, unitFit: fit, figure, phrases });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

const namesGroup = (figure: FigureDefinition, ctx: MentionContext) => ctx.far.includes(figure.group) || ctx.near.includes(figure.group);

interface RankedFigure extends FigureCandidate {
  adjacent: boolean;
  /** Some of its words are in the number's own clause or right after it. */
  own: boolean;
  unitFit: number;
  figure: FigureDefinition;
  phrases: readonly string[];
}

/** The sentence names another part of the work than the figure's (意见建议52条 in a sentence on 民主评议). */
function offTopic(best: RankedFigure, ctx: MentionContext, unit: string): boolean {
  const sentence = `${ctx.far.slice(ctx.far.indexOf('|') + 1)}${ctx.near}${ctx.afterClause}`;
  if (TOPICS.some((t) => t !== best.figure.group && sentence.includes(t) && !best.phrases.some((p) => p.includes(t)))) return true;
  // A figure of one part of the work matched by words another part's figures of a fitting unit also
  // use (收集群众意见建议 for 联络站 holds 意见建议): sure only where the sentence or heading names its part.
  const group = best.figure.group;
  if (!TOPICS.includes(group) || namesGroup(best.figure, ctx) || ctx.afterSentence.includes(group)) return false;
  const matched = best.phrases.filter((p) => `${ctx.near}|${ctx.after}`.includes(p));
  return matched.some((p) => SHARED_WORDS.some((w) => w.group !== group && unitFit(unit, w.unit) > 0 && p.includes(w.phrase)));
}

/** Every phrase of every figure with its group, for the words two parts of the work share. */
const SHARED_WORDS: readonly { phrase: string; group: string; unit: string }[] = PHRASES.flatMap(({ figure, phrases }) =>
  phrases.filter((p) => p.length >= 2).map((phrase) => ({ phrase, group: figure.group, unit: figure.unit })),
);

/** What the numbers before tell about this one. */
export interface ProposalHints {
  /** The number before in the same clause: a share (占23%) is of its figure, and as sure as it. */
  previous: { key: string | null; sure: boolean } | null;
  /** Figures this number is not: the whole a 其中 part is of, a figure already stated with another value. */
  notThese: ReadonlySet<string>;
}

const SHARE_OF = /占(?:比|[^，、；。]{0,8}的)?$/;

/** The proposal for one count, rate or money mention. */
export function proposeFigure(mention: NumberMention, ctx: MentionContext, hints: ProposalHints): FigureProposal {
  // 经济建设方面20件，占23%; 占立案总数的36.02%: a share follows its count.
  const previous = hints.previous;
  if (mention.unit === '%' && SHARE_OF.test(ctx.near) && previous?.key) {
    const share = `${previous.key}.share`;
    if (FIGURE_CATALOGUE.some((f) => f.key === share)) return { key: share, sure: previous.sure, candidates: [{ key: share, score: 100 }] };
  }
  const allowed = rankFigures(mention, ctx).filter((c) => !hints.notThese.has(c.key));
  const ranked = mention.kind === 'range' ? rangeEnds(allowed) : allowed;
  const candidates = ranked.slice(0, 5).map(({ key, score }) => ({ key, score }));
  const [best, second] = ranked;
  if (!best) return { key: null, sure: false, candidates };
  // 组织委员明察暗访42次 after a sentence on 民主评议: the clause says what it counts in words no
  // figure has, so the figure named before is not it (收回128份 after 发出征询意见表 says only a verb).
  if (!best.own && ctx.near.replace(CLAUSE_FILLERS, '').length >= OWN_WORDS) return { key: null, sure: false, candidates };
  // 7条获领导批示 in a sentence on 社情民意 is its 社情民意信息获领导批示: shown for checking.
  const version = mention.kind === 'range' ? null : groupVersion(best.key, ctx);
  if (version && !hints.notThese.has(version.key)) return { key: version.key, sure: false, candidates: [{ key: version.key, score: best.score }, ...candidates.slice(0, 4)] };
  const clear = !second || second.score < best.score * SURE_MARGIN;
  const sure = clear && best.adjacent && best.unitFit === 1 && best.score >= SURE_SCORE && !mention.approx && !offTopic(best, ctx, mention.unit);
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
