// How well one phrase of a figure (its label or a synonym) matches the words around a number: right
// before it (收到提案134件), right after its unit (12个县直单位), split around it (全县|11个|乡镇) or
// across the clause (全体会议应到120人次、实到112人次), written back to front after it (对14个部门进行
// 评议), or only named in the sentence before (a weak hint, never sure). The proposer (propose-figure.ts)
// takes the best of every phrase of every figure.
import type { MentionContext } from './mention-context';
import { beforeNextItem } from './mention-context';
import { CLAUSE_FILLERS } from './sentence-shapes';

export interface PhraseMatch {
  score: number;
  /** The best score of a whole phrase right next to the number (or a split label whose end opens the clause). */
  adjacentScore: number;
  /** The best score from words in the number's own clause or right after it, not only the sentence before. */
  ownScore: number;
}

const NEGATION = /[不未没非无]/;
/** What closes a list of kinds counted together: 阳光执法、现场办公等活动. */
const LUMPED = '等';
/** What follows an item of such a list. */
const LIST_ITEM_END = /[、等]/;
/** A passive or a verb of receiving: 被采纳, 获批示. */
const RECEIVING = /[被获]/;
/** Words that narrow a name to what was done on time: 按期办复率. */
const ON_TIME = /(?:按期|按时|如期|限期)$/;
/** Words that single out a praised few of what follows: 优秀承办单位, 先进集体. */
const DISTINGUISHED = /(?:优秀|先进|示范|模范)的?$/;

/** How many words may qualify a name right after a number (14个|被评议|单位). */
const NAMED_WITHIN = 3;



export function matchPhrase(phrase: string, ctx: MentionContext, words: string): PhraseMatch {
  const best: PhraseMatch = { score: 0, adjacentScore: 0, ownScore: 0 };
  // Every way of matching below needs the phrase's first or last two characters somewhere around the number.
  if (!words.includes(phrase.slice(0, 2)) && !words.includes(phrase.slice(-2))) return best;
  const consider = (score: number, adjacent: boolean, own = true) => {
    best.score = Math.max(best.score, score);
    if (own) best.ownScore = Math.max(best.ownScore, score);
    if (adjacent) best.adjacentScore = Math.max(best.adjacentScore, score);
  };
  const opening = ctx.near.replace(CLAUSE_FILLERS, '');
  const at = ctx.near.lastIndexOf(phrase);
  // 不满意 is not 满意, 未立案 not 立案: a phrase right after a negation is not that phrase; nor is
  // 优秀承办单位 or 先进承办单位 the 承办单位: a praised few of them.
  // 阳光执法、现场办公等活动9次: a name closed by 等 is one item of a list counted together, not its own count.
  if (at >= 0 && !NEGATION.test(ctx.near[at - 1] ?? '') && !DISTINGUISHED.test(ctx.near.slice(0, at)) && ctx.near[at + phrase.length] !== LUMPED) {
    const gap = ctx.near.length - (at + phrase.length);
    // 调研报告获批示6篇: a verb of receiving between the words and the number counts those that received it.
    // 按期办结率: a name narrowed to what was on time is another, narrower count: matched, never sure.
    consider(phrase.length * 10 - Math.min(gap, 10) * 0.8, gap <= 3 && !RECEIVING.test(ctx.near.slice(at + phrase.length)) && !ON_TIME.test(ctx.near.slice(0, at)));
  }
  // The thing counted named earlier in the sentence (发出征询意见表，收回128份): a weak hint, never sure.
  if (phrase.length >= 4 && ctx.far.includes(phrase)) consider(Math.min(phrase.length * 3, 16), false, false);
  // A label around the number: 全县|11个|乡镇, 结对帮扶|15个|村.
  for (let k = 2; k <= phrase.length - 1; k++) {
    if (ctx.near.endsWith(phrase.slice(0, k)) && ctx.after.startsWith(phrase.slice(k))) consider(phrase.length * 10, true);
  }
  if (ctx.after.startsWith(phrase) || ctx.after.indexOf(phrase) === 1) consider(phrase.length * 9, true);
  // Named later in the same clause (7条获区领导批示): better than an earlier clause, weaker than next to the number.
  else if (beforeNextItem(ctx.afterClause).includes(phrase)) consider(Math.min(phrase.length * 5, 20), false);
  // Written back to front after the number: 对14个|部门|进行|评议 for 评议部门, past an aside (部门（单位）进行评议).
  for (let k = 2; k <= phrase.length - 2; k++) {
    const head = phrase.slice(0, k);
    const tail = phrase.slice(k);
    if (ctx.after.startsWith(tail) && ctx.afterPastAsides.indexOf(head, tail.length) > 0) consider(tail.length * 9 + head.length * 3, false);
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
    // A start only in the sentence before is a verb over a list (安排调研4项、视察3项): weaker than
    // one in the clause. Not when the clause names its own kind of it (提交提案的委员 is not 现有委员),
    // nor when the list's items before have no number (报送县委、县政府11期 counts both).
    const headAt = tailAt >= head.length ? ctx.near.lastIndexOf(head, tailAt - head.length) : -1;
    // 协商、视察、调研等活动86次: a start that is an item of a list closed by 等 is one kind of those counted together.
    const listItem = (words: string, at: number) => at >= 0 && LIST_ITEM_END.test(words[at + head.length] ?? '');
    const inFar = ctx.far.lastIndexOf(head);
    if ((listItem(ctx.near, headAt) || (headAt < 0 && listItem(ctx.far, inFar))) && ctx.near.slice(Math.max(headAt + head.length, 0), tailAt).includes(LUMPED)) continue;
    if (headAt >= 0) consider(tail.length * 10 + head.length * 3 - gap * 0.8, false);
    else if (ctx.far.includes(head) && !ctx.listed && !ctx.near.slice(0, tailAt).endsWith('的')) consider(tail.length * 10 + head.length * 3 - gap * 0.8 - 8, false);
  }
  // A label X的Y after a number opening its clause, its Y named right after the number and its X
  // said of them later in the clause: 14个|被评议单位|全部排出测评名次 for 排出测评名次的单位. Never sure.
  const of = phrase.lastIndexOf('的');
  if (opening === '' && of >= 2 && phrase.length - of > 2) {
    const [what, said] = [phrase.slice(of + 1), phrase.slice(0, of)];
    const whatAt = ctx.after.indexOf(what);
    if (whatAt >= 0 && whatAt <= NAMED_WITHIN && ctx.afterClause.indexOf(said, whatAt + what.length) > 0) consider(said.length * 10 + what.length * 3, false);
  }
  // A label split across the clause: its end opens the clause (、实到112人次), its start is earlier
  // in the sentence (全体会议应到120人次). The end must open the clause, or 集体提案 would read as 收到|提案.
  for (let k = 3; k <= phrase.length - 2; k++) {
    const head = phrase.slice(0, k);
    const tail = phrase.slice(k);
    if (!opening.startsWith(tail) || ctx.listed) continue;
    const gap = opening.length - tail.length;
    if (ctx.far.includes(head)) consider(tail.length * 10 + head.length * 3 - Math.min(gap, 10) * 0.8, gap <= 3);
  }
  return best;
}
