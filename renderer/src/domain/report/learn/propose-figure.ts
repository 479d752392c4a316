// Proposes, for each number of a learned paragraph, the catalogue figure it most likely states,
// from the words around it (mention-context.ts): the figure's label and synonyms (given with each
// figure's definition) found right before the number (收到提案134件) or right after its unit
// (12个县直单位; phrase-match.ts), a label split across the clause (全体会议应到120人次、实到112人次; 安排……调研4项、
// 视察3项) or written back to front after it (对14个部门进行评议), and the unit: the same unit,
// one a report writes for it (份 for 件), or only the same kind of unit (篇 for 次, a weak hint
// that needs words in the number's own clause: a 份 or 个小组 that no figure counts is not bound to
// a figure only named in the sentence before). A synonym with an empty 《》 stands for any title
// (编报《》 for 编报《南山社情民意》). A proposal is "sure" only when the match is a whole phrase
// next to the number with the figure's own unit, no other figure comes close, the sentence is not
// about another part of the work (民主评议, 联络站 …), a figure of one part of the work has that part
// named in the sentence, heading, title or words matched (part-of-work.ts), and the clause does not go on to say what became of the things named after the
// number (sentence-shapes.ts); anything weaker is shown for checking, and a number nothing matches
// stays text. A place in a ranking (排名前3位) counts what is ranked; a list whose items share one
// number (报送县委、县政府8期) is not a figure of its last item, and is read whole by names that are
// lists themselves; a name qualified in its own clause (提交提案的委员) is not one named before;
// words another figure names with only a verb of holding before them (民主评议, 开展民主评议) are not sure.
import { FIGURE_CATALOGUE, type FigureDefinition } from '../figure-catalogue';
import type { NumberMention } from './find-numbers';
import type { MentionContext } from './mention-context';
import { matchPhrase } from './phrase-match';
import { namedPartsFigure, namesGroup, namesOtherPart, offTopic, onlyFigureOfPart, partNamed, titleNamesAnotherPart, TOPICS } from './part-of-work';
import { groupVersion } from './group-version';
import { actBeforeName } from './act-before-name';
import { peopleOfActivity } from './activity-people';
import { partByWholeWords } from './part-by-whole-words';
import { endOfPair } from './least-most';
import { sameThingInUnit } from './same-thing';
import { closestByWords } from './word-overlap';
import { HOLDING_VERBS, PHRASES, UNIT_FRIEND_FIT, unitFit } from './figure-phrases';
import type { FigureCandidate, FigureProposal } from './figure-proposal';
import { listBeforeTotal } from './other-readings';
import { anotherBodys, anotherBodysCount, CLAUSE_FILLERS, countsAnotherNoun, DISPOSAL, disposedAs, NAMED_THEN_PASSIVE, PASSIVE_AFTER, partNamedAlone, partOfWhole, saysMoreAfter, sentNotReceived } from './sentence-shapes';

/** A book title, and the empty 《》 a synonym writes for any title. */
const TITLE = /《[^》]*》/g;
const ANY_TITLE = '《》';




/** The group of the general figures, every part of the work's (活动). */
export const GENERAL_GROUP = '活动';

/** How far ahead the best must be of the next figure for a sure proposal, and the least whole-phrase match. */
const SURE_MARGIN = 0.75;
/** How much a figure of a part of the work weighs in a sentence that names another part but not its own. */
const ELSEWHERE = 0.75;
const SURE_SCORE = 20;

/** A clause with this many words of its own says what it counts, beyond a verb (收回, 实到). */
const OWN_WORDS = 4;

/** 排名前3位, 排序后2名, 得分居前两位, 得分排在前3位, 最后1名: the places at either end of a ranking. */
const RANK_PLACE = /(?:(?:排名|排序|名次|居|排在|得分)[前后]|最后|末位的?)$/;
const PLACE_UNITS: readonly string[] = ['位', '名'];
/** What a place in a ranking is read as counting: units, departments. */
const RANKED_UNIT = '个';

/** The figures a mention could be, best first, scored from the context. */
export function rankFigures(mention: NumberMention, ctx: MentionContext): RankedFigure[] {
  const ranked: RankedFigure[] = [];
  // The clause as written, then its other readings (other-readings.ts): a match only in one of those is never sure.
  const readings = [{ near: ctx.near, own: !ctx.borrowed }, ...ctx.readings.map((near) => ({ near, own: false }))];
  // A listed clause read as its whole list, only by names that are lists (方案、通知、材料均按时的活动).
  const list = ctx.listReading ? [{ near: ctx.listReading, own: false, ofList: true }] : [];
  const words = `${ctx.far}|${readings.map((r) => r.near).join('|')}|${ctx.afterClause}|${ctx.listReading}`;
  // 排名前3位: a place in a ranking counts whatever is ranked, not people; read so, it is never sure.
  const place = RANK_PLACE.test(ctx.near) && PLACE_UNITS.includes(mention.unit);
  for (const { figure, phrases } of PHRASES) {
    const fit = place ? Math.min(unitFit(RANKED_UNIT, figure.unit), UNIT_FRIEND_FIT) : unitFit(mention.unit, figure.unit);
    if (fit === 0) continue;
    let score = 0;
    let adjacentScore = 0;
    let ownScore = 0;
    for (const phrase of phrases) {
      for (const reading of phrase.includes('、') ? [...readings, ...list] : readings) {
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
    // 满意率 in a sentence on 民主评议 is its 测评满意率 before the 提案 one: a figure of a part the
    // sentence does not name, while it names another, weighs less.
    const elsewhere = TOPICS.includes(figure.group) && namesOtherPart({ figure, phrases }, ctx) && !partNamed({ figure, phrases }, ctx) ? ELSEWHERE : 1;
    if (score >= 15) ranked.push({ key: figure.key, score: score * fit * elsewhere + groupBonus, adjacent: adjacentScore >= SURE_SCORE, own: ownScore > 0, unitFit: fit, figure, phrases });
  }
  return ranked.sort((a, b) => b.score - a.score);
}


interface RankedFigure extends FigureCandidate {
  adjacent: boolean;
  /** Some of its words are in the number's own clause or right after it. */
  own: boolean;
  unitFit: number;
  figure: FigureDefinition;
  phrases: readonly string[];
}

/** What the numbers before tell about this one. */
export interface ProposalHints {
  /** The number before in the same clause: a share (占23%) is of its figure, and as sure as it. */
  previous: { key: string | null; sure: boolean } | null;
  /** Figures this number is not: the whole a 其中 part is of, a figure already stated with another value. */
  notThese: ReadonlySet<string>;
  /** The figure of the whole a 其中 part is of (安排重点工作15项，其中视察4项、提案办理协商3项). */
  whole?: string | null;
  /** The number opens a bracket right after the number before (经济建设61件（34.3%）): a share there is that count's. */
  bracketedAfterPrevious?: boolean;
  /** The figure of the number before when it is in the same sentence: 开展视察3次，组织委员83人次参加. */
  beforeInSentence?: string | null;
  /** The count this share is of, paired in order by a list of shares (所占比重依次为33.3%、6.2%): never sure. */
  shareOf?: { key: string | null } | null;
  /** The part of the work (a figure group other than the general 活动) the paragraph's figures before this one belong to. */
  topic?: string | null;
}



/** 占23%, 占立案总数的36.02%, 所占比例为34.7%, 占比达12%: a share of the count before. */
const SHARE_OF = /占(?:比|[^，、；。]{0,8}的|比例|比重)?(?:为|达)?$/;

/** The proposal for one count, rate or money mention. */
export function proposeFigure(mention: NumberMention, ctx: MentionContext, hints: ProposalHints): FigureProposal {
  // 经济建设方面20件，占23%; 占立案总数的36.02%; 经济建设61件（34.3%）: a share follows its count.
  const previous = hints.shareOf ? { key: hints.shareOf.key, sure: false } : hints.previous;
  if (mention.unit === '%' && (SHARE_OF.test(ctx.near) || hints.bracketedAfterPrevious || hints.shareOf) && previous?.key) {
    const share = `${previous.key}.share`;
    if (FIGURE_CATALOGUE.some((f) => f.key === share)) return { key: share, sure: previous.sure, candidates: [{ key: share, score: 100 }] };
  }
  const all = rankFigures(mention, ctx);
  const allowed = all.filter((c) => !hints.notThese.has(c.key));
  const opening = ctx.near.replace(CLAUSE_FILLERS, '');
  if (DISPOSAL.test(opening) || (opening !== '' && PASSIVE_AFTER.test(ctx.afterClause))) return disposedAs(mention, ctx, hints.notThese, allowed);
  if (opening === '' && NAMED_THEN_PASSIVE.test(ctx.afterClause)) {
    const disposed = disposedAs(mention, ctx, hints.notThese, allowed);
    if (disposed.key) return disposed;
  }
  const ranked = mention.kind === 'range' ? rangeEnds(allowed) : allowed;
  const candidates = ranked.slice(0, 5).map(({ key, score }) => ({ key, score }));
  const [best, second] = ranked;
  const same = opening === '' && hints.beforeInSentence ? sameThingInUnit(hints.beforeInSentence, mention.unit, hints.notThese) : null;
  if (same) return { key: same, sure: false, candidates: [{ key: same, score: best?.score ?? 0 }, ...candidates.slice(0, 4)] };
  const end = mention.kind === 'range' ? null : endOfPair(best?.key, hints.previous?.key, ctx.near);
  if (end && !hints.notThese.has(end)) return { key: end, sure: false, candidates: [{ key: end, score: best?.score ?? 0 }, ...candidates.slice(0, 4)] };
  const people = mention.kind === 'range' ? null : peopleOfActivity(all[0]?.key, mention.unit, ctx, hints.beforeInSentence, hints.notThese);
  if (people) return { key: people, sure: false, candidates: [{ key: people, score: all[0]?.score ?? 0 }, ...candidates.slice(0, 4)] };
  if (!best) {
    const part = mention.kind === 'range' ? null : partNamedAlone(hints.whole, ctx.near, mention.unit, hints.notThese) ?? partByWholeWords(hints.whole, ctx, mention.unit, hints.notThese)
      ?? (opening.length < OWN_WORDS ? onlyFigureOfPart(ctx, mention.unit, hints.notThese) : null);
    return part ? { key: part, sure: false, candidates: [{ key: part, score: SURE_SCORE }, ...candidates.slice(0, 4)] } : guessByWords(mention, ctx, hints, candidates);
  }
  // 组织委员明察暗访42次 after a sentence on 民主评议: the clause says what it counts in words no
  // figure has, so the figure named before is not it (收回128份 after 发出征询意见表 says only a verb).
  if (!best.own && ctx.near.replace(CLAUSE_FILLERS, '').length >= OWN_WORDS) return { key: null, sure: false, candidates };
  if (anotherBodys(best.key, best.phrases, ctx.near) || anotherBodysCount(best.phrases, ctx.near) || sentNotReceived(best.figure.label, ctx.near)) return { key: null, sure: false, candidates };
  // 7条获领导批示 in a sentence on 社情民意 is its 社情民意信息获领导批示: shown for checking.
  const part = mention.kind === 'range' || best.key.startsWith(`${hints.whole}.`) ? null : partOfWhole(best, hints.whole, mention.unit, hints.notThese);
  if (part) return { key: part, sure: false, candidates: [{ key: part, score: best.score }, ...candidates.slice(0, 4)] };
  // 交由53个单位办理，其中区直部门41个、街道9个: a part after 其中 is of the whole's kind; a figure of
  // another part of the work (全县乡镇) is not it.
  if (mention.kind !== 'range' && outsideWhole(best.figure, hints.whole)) return { key: null, sure: false, candidates };
  const named = mention.kind === 'range' ? null : namedPartsFigure(best, ctx, mention.unit, hints.notThese);
  if (named) return { key: named, sure: false, candidates: [{ key: named, score: best.score }, ...candidates.slice(0, 4)] };
  const act = mention.kind === 'range' ? null : actBeforeName(best, ctx, mention.unit, hints.notThese);
  if (act) return { key: act, sure: false, candidates: [{ key: act, score: best.score }, ...candidates.slice(0, 4)] };
  const version = mention.kind === 'range' ? null : groupVersion(best.key, ctx);
  if (version && !hints.notThese.has(version.key)) return { key: version.key, sure: false, candidates: [{ key: version.key, score: best.score }, ...candidates.slice(0, 4)] };
  // 搬迁安置群众1130户 in a report on 提案: a figure of a part of the work nothing around names, matched
  // by less than a whole phrase, in a document about another part, is a result in the world, not that part's count.
  // A range (驻地1—2名委员) fits only a pair of least and most: that is evidence enough.
  if (mention.kind !== 'range' && TOPICS.includes(best.figure.group) && best.score < SURE_SCORE && !partNamed(best, ctx) && titleNamesAnotherPart(best, ctx)) return { key: null, sure: false, candidates };
  const clear = !second || second.score < best.score * SURE_MARGIN;
  const sure = clear && best.adjacent && best.unitFit === 1 && best.score >= SURE_SCORE && !mention.approx && !mention.unitFromList && !offTopic(best, ctx, mention.unit) && !saysMoreAfter(best.phrases, ctx) && !countsAnotherNoun(best.phrases, ctx, mention.unit) && !namedAlsoByAnother(best, ctx, mention.unit, hints.notThese) && !anotherNamedLater(best, ctx, mention.unit) && !listBeforeTotal(ctx.near);
  if (mention.kind === 'range') return rangeProposal(best.key, sure, candidates);
  return { key: best.key, sure, candidates };
}

/** Words before a name that add nothing to what it counts: a verb of holding (开展民主评议), a 为民 (为民办实事好事). */
const EMPTY_BEFORE = [...HOLDING_VERBS, '召开', '为民'];

/**
 * The words that matched are also another figure's whole name but for words that add nothing to
 * what it counts (组织民主评议2次: 民主评议 the activities, 开展民主评议 the rounds; 办实事好事 the
 * service deeds, 为民办实事好事 all deeds), either way round: the clause does not say which of the
 * two it is, so the binding is not sure.
 */
export function namedAlsoByAnother(best: { key: string; phrases: readonly string[] }, ctx: MentionContext, unit: string, notThese: ReadonlySet<string>): boolean {
  const matched = best.phrases.filter((p) => p.length >= 2 && (ctx.near.endsWith(p) || ctx.after.startsWith(p)));
  const readings = new Set(matched.flatMap((m) => EMPTY_BEFORE.flatMap((w) => [w + m, ...(m.startsWith(w) && m.length - w.length >= 2 ? [m.slice(w.length)] : [])])));
  return PHRASES.some(({ figure, phrases }) => figure.key !== best.key && !notThese.has(figure.key) && unitFit(unit, figure.unit) === 1
    && phrases.some((q) => readings.has(q) && !best.phrases.includes(q)));
}

/** The least length of another figure's name after the unit that puts the match in doubt: 联络站, not 乡镇. */
const HEAD_NAME_LEAST = 3;
/** How many words may qualify that name between it and the words that matched (乡镇|政协工作|联络站). */
const HEAD_NAME_WITHIN = 4;
/** Words that end a name and open what is said of it (12个乡镇|已建成联络站): an adverb, a verb of having or doing. */
const SAID_OF_IT = /[已均都全了被将把在有是为建设开组成]/;

/**
 * A name of another figure of the same unit written right after the words that matched, within the
 * name that follows the number (全市11个|乡镇|政协工作联络站中): a Chinese name ends with what it
 * counts, so the number may count that one (the 联络站, not the 乡镇). Two cues that disagree: never
 * sure. Not when the words between say something of the first (全县12个乡镇已建成联络站).
 */
export function anotherNamedLater(best: { key: string; phrases: readonly string[] }, ctx: MentionContext, unit: string): boolean {
  const after = ctx.after;
  const ends = best.phrases.flatMap((p) => {
    const at = after.indexOf(p);
    const split = [...Array(p.length).keys()].filter((k) => k >= 1 && ctx.near.endsWith(p.slice(0, k)) && after.startsWith(p.slice(k)));
    return [...(at >= 0 ? [at + p.length] : []), ...split.map((k) => p.length - k)];
  });
  if (ends.length === 0) return false;
  const rest = after.slice(Math.max(...ends));
  return PHRASES.some(({ figure, phrases }) => figure.key !== best.key && unitFit(unit, figure.unit) === 1
    && phrases.some((q) => {
      const at = rest.indexOf(q);
      return q.length >= HEAD_NAME_LEAST && !best.phrases.includes(q) && at >= 0 && at <= HEAD_NAME_WITHIN && !SAID_OF_IT.test(rest.slice(0, at));
    }));
}

/** No wording rule placed the number: the figure its clause's words are closest to, as a guess (word-overlap.ts). */
function guessByWords(mention: NumberMention, ctx: MentionContext, hints: ProposalHints, candidates: FigureCandidate[]): FigureProposal {
  if (mention.kind === 'range') return { key: null, sure: false, candidates };
  // A part after 其中 is guessed only as one of its whole's own parts (主席会议10次，其中专题研究…3次 is none).
  const ofWhole = (c: FigureCandidate) => !hints.whole || c.key.startsWith(`${hints.whole}.`);
  let guess = closestByWords(mention.unit, ctx, hints.notThese).filter(ofWhole);
  // 梳理反馈意见建议52条 after 评议…的单位: no figure of all leads, but among the figures of the part of
  // the work the paragraph's numbers before are of (民主评议), one does.
  if (!guess.length && hints.topic) guess = closestByWords(mention.unit, ctx, hints.notThese, hints.topic).filter(ofWhole);
  return guess[0] ? { key: guess[0].key, sure: false, guessed: true, candidates: guess } : { key: null, sure: false, candidates };
}

/** The whole a 其中 part is of belongs to another part of the work than the figure (the general 活动 figures belong to every part). */
function outsideWhole(figure: FigureDefinition, whole: string | null | undefined): boolean {
  const group = whole ? FIGURE_CATALOGUE.find((f) => f.key === whole)?.group : undefined;
  return group !== undefined && group !== figure.group && group !== GENERAL_GROUP && figure.group !== GENERAL_GROUP;
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
