// A reworded sentence of a template saved by the earlier release named all its figures in one
// block: a single 0 (主席会议0次, 获批示0次) took the whole sentence out of the report, its other
// figures with it. Where the sentence's shape says which words belong to which figure, its pieces
// become parts ([[…]]) that are left out on their own (compose-clause.ts closes the list up):
// - sentences (。) of one clause, when two or more state figures;
// - groups split by "；", when two or more state figures;
// - phrases after the first split by "，", when the first one states a figure (it holds the
//   subject: "形成调研报告3篇，提出意见建议20条，被采纳10条"); a phrase naming no figure stays;
// - items of a "、" list each stating exactly one figure ("召开全体会议1次、常委会议2次"), the
//   first item only after a lead verb the trade writes before a list (召开, 形成, 其中 …), so the
//   verb stays with the list and goes with it when every item went.
// What is not split stays all-or-nothing, as the office wrote it: a phrase after "，" when the first
// phrase states nothing, a list whose items are not one figure each, a list's first item with no
// known lead (its words may be the subject of the rest: "全体会议应到4人次、实到2人次"). The
// phrases after a comma that are split usually depend on the first (被采纳 of 提出), so when the
// first is 0 they are 0 too and go with it.

import { placeholdersIn } from './clause-text';

/** Words that lead into a list of counted items, longest first. */
const LIST_LEADS = ['组织委员开展', '其中包括', '成果报送', '委员参加', '其中', '召开', '组织', '开展', '举办', '形成', '提出', '报送', '收集', '安排', '参加'];

export type IsFigure = (key: string) => boolean;

const figuresIn = (text: string, isFigure: IsFigure) => placeholdersIn(text).filter(isFigure).length;

function splitList(segment: string, isFigure: IsFigure): string {
  const items = segment.split('、');
  if (items.length < 2 || !items.every((item) => figuresIn(item, isFigure) === 1)) return segment;
  const first = items[0]!;
  const lead = LIST_LEADS.find((l) => first.startsWith(l) && !first.slice(l.length).startsWith('{{'));
  const head = lead ? `${lead}[[${first.slice(lead.length)}]]` : first;
  return [head, ...items.slice(1).map((item) => `[[${item}]]`)].join('、');
}

function splitCommas(piece: string, isFigure: IsFigure): string {
  const phrases = piece.split('，');
  const [first, ...rest] = phrases;
  if (rest.length === 0 || figuresIn(first!, isFigure) === 0 || !rest.some((p) => figuresIn(p, isFigure) > 0)) return phrases.map((p) => splitList(p, isFigure)).join('，');
  return splitList(first!, isFigure) + rest.map((p) => (figuresIn(p, isFigure) > 0 ? `[[，${splitList(p, isFigure)}]]` : `，${p}`)).join('');
}

function splitSemicolons(body: string, isFigure: IsFigure): string {
  const groups = body.split('；');
  const stating = groups.filter((g) => figuresIn(g, isFigure) > 0).length;
  return groups.map((g) => (stating >= 2 && figuresIn(g, isFigure) > 0 ? `[[${splitCommas(g, isFigure)}]]` : splitCommas(g, isFigure))).join('；');
}

/** The clause text with its pieces as parts where that is mechanical (above); a text already with parts, or stating under two figures, as it is. */
export function partsOfOldClause(text: string, isFigure: IsFigure): string {
  if (text.includes('[[') || figuresIn(text, isFigure) < 2) return text;
  const sentences = text.match(/[^。！？]+[。！？]?/g) ?? [text];
  const stating = sentences.filter((s) => figuresIn(s, isFigure) > 0).length;
  return sentences.map((s) => {
    const end = /[。！？]$/.test(s) ? s.slice(-1) : '';
    const inner = splitSemicolons(end ? s.slice(0, -1) : s, isFigure) + end;
    return stating >= 2 && figuresIn(s, isFigure) > 0 ? `[[${inner}]]` : inner;
  }).join('');
}
