// Shapes of a sentence that say what a number counts other than by the words right before it,
// and that the proposer (propose-figure.ts) heeds: a 将 (把) clause or a passive after the number,
// whose verb says what it counts; a part after 其中 of a whole that has parts of that kind; and a number
// opening its clause whose clause goes on to say what became of the things it counts; a measure
// word followed by a noun the figure does not name; an activity of the kinds the committee
// holds for its members named as another body's; and things sent out where a figure counts them got back.
import { FIGURE_CATALOGUE } from '../figure-catalogue';
import { activityTypeByCode } from '../../dictionaries/activity-types';
import type { NumberMention } from './find-numbers';
import type { MentionContext } from './mention-context';
import { PHRASES, unitFit } from './figure-phrases';
import type { FigureCandidate, FigureProposal } from './figure-proposal';

/** Words a clause may open with before what it counts: 其中满意90份, 共收到提案134件. */
export const CLAUSE_FILLERS = /^(其中|共|累计|分别|已|先后|全年|另有|有)+/;

/** A clause of 将 (把), opening it or right before the number (会上将178件立案提案交由): what it counts is
 * what the verb after the number does to them. Not 即将, 将要 (a time, not the object marker). */
export const DISPOSAL = /^[将把](?!要)|(?<!即)[将把]$/;
/** A passive after the number (意见建议有36条被有关部门采纳): it counts what the passive says. */
export const PASSIVE_AFTER = /^被/;
/** A number opening its clause, what it counts, then a passive (162件立案提案被交由48家单位): the passive's verb says what is counted. */
export const NAMED_THEN_PASSIVE = /^[^，,。；;、被]{2,6}被/;

/**
 * 将立案的198件提案分别交由52个承办单位办理, 意见建议有36条被有关部门采纳: the words before the number only say which things
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

/** The words all the strings start with. */
function sharedStart(strings: readonly string[]): string {
  let n = 0;
  while (strings.length > 0 && strings.every((x) => x.length > n && x[n] === strings[0]![n])) n++;
  return strings[0]?.slice(0, n) ?? '';
}

/**
 * 工作要点确定项目26项，其中协商7项; 已完成11项（协商3项）: a part of a whole that has parts, named
 * only by what tells the parts apart (协商 of 工作要点计划协商), is that part, where no other
 * figure's words placed it. Shown for checking.
 */
export function partNamedAlone(whole: string | null | undefined, near: string, unit: string, notThese: ReadonlySet<string>): string | null {
  if (!whole) return null;
  const parts = FIGURE_CATALOGUE.filter((f) => f.key.startsWith(`${whole}.`) && !f.key.slice(whole.length + 1).includes('.'));
  if (parts.length < 2) return null;
  const start = sharedStart(parts.map((f) => f.label));
  const words = near.replace(CLAUSE_FILLERS, '');
  const named = parts
    .map((f) => ({ f, name: f.label.slice(start.length) }))
    .filter(({ f, name }) => name.length >= 2 && words.endsWith(name) && !notThese.has(f.key) && unitFit(unit, f.unit) === 1)
    .sort((a, b) => b.name.length - a.name.length);
  return named[0]?.f.key ?? null;
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

/** The kinds of activity the committee holds for its own members (视察, 调研, 培训) and its meetings. */
const OWN_CATEGORIES: readonly string[] = ['视察', '调研', '学习培训', '会议'];
/** Other bodies that hold such activities of their own: 人大, 政府 and its 局/督查室, 法院, 承办单位 … */
export const OTHER_BODY = /人大|政府|法院|检察院|纪委|监委|督查室|承办单位|部门|(?<!政协)局/;
/** Words that make the body what the activity goes to, or a partner of the committee's own: 到县法院视察. */
export const BODY_AS_OBJECT = /到|对|向|赴|深入|走进|围绕|与|邀请|会同|联合|在|报送|送/;

/**
 * 参加县人大常委会视察2次, 举办承办单位业务培训1期, 列席县政府常务会议8次: an activity of a kind
 * the committee holds for its members, or a meeting, named in its own clause as another body's (the
 * body before the activity, not as where it went: 组织委员到县法院视察 is the committee's; nor an
 * activity whose own words name a body: 部门汇报), is that body's: the number stays text, the figure offered.
 */
export function anotherBodys(key: string, phrases: readonly string[], near: string): boolean {
  const code = /^activities\.type\.([^.]+)/.exec(key)?.[1];
  const category = code ? activityTypeByCode(code)?.category : undefined;
  if (!category || !OWN_CATEGORIES.includes(category) || near.includes('政协') || phrases.some((p) => OTHER_BODY.test(p))) return false;
  // Before the activity's words where the clause has them whole, else anywhere before the number.
  const at = Math.min(near.length, ...phrases.map((p) => near.lastIndexOf(p)).filter((i) => i >= 0));
  const before = near.slice(0, at);
  const body = OTHER_BODY.exec(before);
  return body !== null && !BODY_AS_OBJECT.test(before.slice(0, body.index));
}

/** Measure words a noun follows (12个乡镇, 26名委员): the noun after them is what is counted. */
const MEASURE_WORDS: readonly string[] = ['个', '名', '位', '家', '所', '户'];
/** The least end of a figure's words that may open what follows the number (全县|11个|乡镇, 结对帮扶|12个|村). */
const LEAST_END = 1;

/** The people every count of people in a report is of: 驻地1—2名委员 counts what 驻地 says. */
const MEMBERS = '委员';

/**
 * 全县156个行政村: a measure word followed by a noun none of the figure's words name counts that
 * noun, whatever the words before (全县) matched; the proposal is shown for checking.
 */
export function countsAnotherNoun(phrases: readonly string[], ctx: MentionContext, unit: string): boolean {
  if (!MEASURE_WORDS.includes(unit) || ctx.after === '' || ctx.after.startsWith(MEMBERS)) return false;
  const named = (p: string) => {
    if (ctx.after.indexOf(p) === 0 || ctx.after.indexOf(p) === 1) return true;
    for (let k = 1; k <= p.length - LEAST_END; k++) if (ctx.after.startsWith(p.slice(k))) return true;
    return false;
  };
  return !phrases.some(named);
}

/** Verbs of getting things back (收到征询意见表) and of sending them out (发出征询意见表). */
const RECEIVING_VERB = /收到|收回|回收|收集/;
const SENDING_VERB = /发出|发放|寄发|下发|发送|寄送|送达|印发/;

/**
 * 发出《征询意见表》162份: a figure of things got back, in a clause that only says they were sent
 * out, counts not what the clause counts (the forms sent): the number stays text, the figure offered.
 */
export function sentNotReceived(label: string, near: string): boolean {
  return RECEIVING_VERB.test(label) && SENDING_VERB.test(near) && !RECEIVING_VERB.test(near);
}

/** Bodies that are never the office itself: the 人大, the Party committee's standing committee, the
 * government's executive meeting, the courts, and the 政协 of the levels above (市政协 in a county's words). */
export const NEVER_THE_OFFICE = /人大|县委常委会|政府常务会议|纪委|监委|法院|检察院|(?:市|省|全国|自治区)政协/;
/** Words that make such a body the one the office's members go to, serve, help or report to, not the subject. */
const BODY_AS_PLACE = new RegExp(`${BODY_AS_OBJECT.source}|担任|受聘|参加|列席|应邀|报|经|被|提请|配合|承办|协助|陪同|接待|迎接|为|给|由`);

/** The first body that is never the office named as the subject in these words, or -1 (not as where the work went: 配合市政协调研). */
export function otherBodyAsSubject(words: string): number {
  const body = NEVER_THE_OFFICE.exec(words);
  return body && !BODY_AS_PLACE.test(words.slice(0, body.index)) ? body.index : -1;
}

/**
 * 县人大常委会交办代表建议141件, 县委常委会会议专题听取提案工作汇报1次, 市政协委员在我县提出提案6件: a
 * clause whose subject is a body that is never the office counts that body's work, whatever figure its
 * words match (and the figure's own words name no such body): the number stays text, the figure offered.
 */
export function anotherBodysCount(phrases: readonly string[], near: string): boolean {
  return otherBodyAsSubject(near) >= 0 && !phrases.some((p) => NEVER_THE_OFFICE.test(p));
}
