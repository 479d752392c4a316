// GB/T 9704 7.3.1: a title too long for one line breaks "at meaning", never inside a word, into
// lines shaped as a trapezoid or diamond. 2号 (22 pt) in the 156 mm type area holds 20 Chinese
// characters, so a longer title is broken here rather than left to the word processor, which
// would split wherever the line is full (民主监|督). Words come from Intl.Segmenter (ICU's
// dictionary for Chinese); the lines are balanced by dynamic programming over word boundaries.

/** Characters of 22 pt in 442 pt (156 mm): 20.1. */
export const TITLE_LINE_WIDTH = 20;

const CLOSING = /^[，、。：；！？）》」』”’〕】…—,.;:!?)\]]/;
const OPENING = /[（《「『“‘〔【([]$/;
/** Breaking right after these reads naturally: 关于…的 / 工作情况的 | 汇报. */
const GOOD_LINE_END = /(的|和|与|及|、|，|：)$/;
/** …and right before these: 罗城县政协 | 关于…. */
const GOOD_LINE_START = /^(关于|对|在)/;

/** Half-width letters and digits take half a character. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return w;
}

// One segmenter for every title: setting one up loads ICU's Chinese dictionary, which took longer
// than the rest of breaking a report's title (each report breaks it twice, for its two copies).
let segmenter: Intl.Segmenter | undefined;

/** Words with punctuation attached to the side it belongs to; words wider than a line split into characters. */
function tokensOf(title: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const raw = [...segmenter.segment(title)].map((s) => s.segment);
  const out: string[] = [];
  let pendingOpen = '';
  for (const seg of raw) {
    if (OPENING.test(seg) && textWidth(seg) <= 1) {
      pendingOpen += seg;
      continue;
    }
    const token = pendingOpen + seg;
    pendingOpen = '';
    if (out.length > 0 && CLOSING.test(token)) out[out.length - 1] += token;
    else out.push(token);
  }
  if (pendingOpen) out.push(pendingOpen);
  return protectTerms(title, glueNumbers(out)).flatMap((t) => (textWidth(t) > TITLE_LINE_WIDTH ? [...t] : [t]));
}

/**
 * Words of the trade ICU's dictionary splits (县委员|会 comes out of 县委员会): a break inside one
 * is never placed. Longer terms first, so 常务委员会 wins over 委员会.
 */
const UNBREAKABLE = ['人民政协', '常务委员会', '委员会', '自治县', '政协', '民主监督', '工作报告', '情况报告', '汇报'];

function protectTerms(text: string, tokens: readonly string[]): string[] {
  const forbidden = new Set<number>();
  for (const term of UNBREAKABLE) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) for (let k = at + 1; k < at + term.length; k++) forbidden.add(k);
  }
  const out: string[] = [];
  let offset = 0;
  for (const t of tokens) {
    if (out.length > 0 && forbidden.has(offset)) out[out.length - 1] += t;
    else out.push(t);
    offset += t.length;
  }
  return out;
}

/** 2025 and 年 are one word to a reader (ICU splits them): a number keeps the unit after it. */
function glueNumbers(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /[0-9０-９]$/.test(prev) && /^[年月日号次届件个名条项%％]/.test(t)) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

export function breakTitle(title: string, width = TITLE_LINE_WIDTH): string[] {
  const text = title.trim();
  if (!text) return [];
  const total = textWidth(text);
  if (total <= width) return [text];
  const tokens = tokensOf(text);
  const prefix = [0];
  for (const t of tokens) prefix.push(prefix[prefix.length - 1]! + textWidth(t));
  const minLines = Math.ceil(total / width);
  for (let lines = minLines; lines <= tokens.length; lines++) {
    const best = balance(tokens, prefix, lines, width);
    if (best) return best;
  }
  return [text];
}

/** The cheapest way to put the tokens on exactly `lines` lines none wider than `width`, or null. */
function balance(tokens: readonly string[], prefix: readonly number[], lines: number, width: number): string[] | null {
  const n = tokens.length;
  const ideal = prefix[n]! / lines;
  // cost[k][j]: best cost of the first j tokens on k lines; from[k][j] the start of the k-th line.
  const cost = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0]![0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let j = 1; j <= n; j++) {
      for (let i = k - 1; i < j; i++) {
        const before = cost[k - 1]![i]!;
        if (before === Infinity) continue;
        const w = prefix[j]! - prefix[i]!;
        if (w > width) continue;
        let c = before + (w - ideal) ** 2;
        // Two lines make a trapezoid, the upper one the longer: a longer second line costs by how much longer.
        if (k === lines && lines === 2 && w > prefix[i]! + 0.5) c += 4 * (w - prefix[i]!);
        if (j < n && !GOOD_LINE_END.test(tokens[j - 1]!) && !GOOD_LINE_START.test(tokens[j]!)) c += 1.5;
        if (c < cost[k]![j]!) {
          cost[k]![j] = c;
          from[k]![j] = i;
        }
      }
    }
  }
  if (cost[lines]![n] === Infinity) return null;
  const out: string[] = [];
  let j = n;
  for (let k = lines; k > 0; k--) {
    const i = from[k]![j]!;
    out.unshift(tokens.slice(i, j).join(''));
    j = i;
  }
  return out;
}
