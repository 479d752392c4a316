// The little language of a clause's text (report-template.ts holds the clause itself):
//   {{key}}            a figure of the catalogue, or a context placeholder ({{year}}, {{short}} …)
//   {{min~max}}        a range of two figures: "1至2" in the office's range style, "2" when equal
//   {{phrase:key}}     a year-bound phrase of the template (助力脱贫攻坚 ≤2020, 助力乡村振兴 from 2021)
//   {{table:key}}      alone in a clause: a table; {{chart:key}} alone: a chart
//   [[ … ]]            a part: left out on its own when a figure in it is 0 (or has no records),
//                      taking one neighbouring separator (、，；和及与) with it; parts nest
// The marks may be typed at either width: a Chinese input method in Chinese-punctuation mode
// gives ｛｛…｝｝ for {{…}} and 【【…】】 (or ［［…］］) for [[…]], and a pair of two widths
// ({{…｝｝) is the same mark. Every reader here reads a doubled mark of any width as the
// half-width one (normalizeMarkers); the template schema stores it so. A brace left single after
// that ({…}, ｛…｝) is no mark, and no mark is ever text a report prints (leftoverMarkers).
// This file only parses and lists; composing (what is left out and why) is compose-clause.ts.

/** Matches {{key}}; anything between the braces is taken, so a mistyped key ({{视察 次数}}) is found and reported, never printed. */
export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The characters that open and close a placeholder or a part, at every width an input method types them. */
const MARK_WIDTHS = { open: '{｛', close: '}｝', partOpen: '[［【', partClose: ']］】' } as const;
// Two of them in a row are a mark, but not when a half-width one stands on either side: in
// 【重点提案{{proposals.keyCount}}件】]] the 】 is the office's own bracket before the part's ]],
// and reading 】] as ]] would print a stray ] and lose the 】.
const escaped = (chars: string) => chars.replace(/[[\]{}]/g, '\\$&');
const doubled = (chars: string) => new RegExp(`(?<!${escaped(chars[0]!)})[${escaped(chars)}]{2}(?!${escaped(chars[0]!)})`, 'g');
const DOUBLED_MARKS: ReadonlyArray<readonly [RegExp, string]> = [
  [doubled(MARK_WIDTHS.open), '{{'],
  [doubled(MARK_WIDTHS.close), '}}'],
  [doubled(MARK_WIDTHS.partOpen), '[['],
  [doubled(MARK_WIDTHS.partClose), ']]'],
];
const ANY_WIDE_MARK = /[｛｝［］【】]/;

/** The text with every doubled mark of any width (｛｛ 【【 ］］ {｛ …) as the half-width one; a text without a wide mark is given back as it is. */
export function normalizeMarkers(text: string): string {
  if (!ANY_WIDE_MARK.test(text)) return text;
  return DOUBLED_MARKS.reduce((t, [pattern, mark]) => t.replace(pattern, mark), text);
}

/** What no report prints: a brace of either width, or a doubled bracket — a mark left over, single or mistyped ({activities.total}, {{a｝, 】】). */
const LEFTOVER = /[{}｛｝]|[[［【]{2}|[\]］】]{2}/;
/** Marker-looking text around a leftover mark, as messages quote it: the marks and the key-like letters between them. */
const LEFTOVER_AROUND = /[{｛[［【]*[\w.~:\u3400-\u9fff]{0,40}[}｝\]］】]*/g;

/** The marker-looking pieces of printed text (or of a clause's plain text): what must never reach a document. */
export function leftoverMarkers(printed: string): string[] {
  if (!LEFTOVER.test(printed)) return [];
  return [...new Set([...printed.matchAll(LEFTOVER_AROUND)].map((m) => m[0]).filter((piece) => LEFTOVER.test(piece)))];
}

/** The marker-looking pieces of a clause's text that no reading of the marks explains: a brace of either width left after the doubled marks were read (｛activities.total｝). */
export function strayMarkers(text: string): string[] {
  return leftoverMarkers(normalizeMarkers(text).replace(PLACEHOLDER, ' ').replaceAll('[[', ' ').replaceAll(']]', ' '));
}

/** What a message adds when the clerk's text holds a wide mark: the width is what is wrong, not the words. */
export function widthHint(text: string): string {
  return ANY_WIDE_MARK.test(text) ? '（句中有全角的“｛ ｝”或“【 】”：数字的标记要成对写作{{ }}，可删除部分写作[[ ]]，两个符号要同样成对，请改为半角或用“插入数字”）' : '';
}

export const RANGE_SEPARATOR = '~';
export const PHRASE_PREFIX = 'phrase:';

export type ClauseNode = { kind: 'text'; text: string } | { kind: 'placeholder'; key: string } | { kind: 'part'; children: ClauseNode[] };

export type ParsedClause = { ok: true; nodes: ClauseNode[] } | { ok: false; error: string };

/** The clause's text as a tree of text, placeholders and parts (marks of any width, normalizeMarkers); an unbalanced [[ ]] or {{ }} is an error in Chinese, saying so when a wide mark is the cause. */
export function parseClauseText(typed: string): ParsedClause {
  const text = normalizeMarkers(typed);
  const parsed = parseNormal(text);
  return parsed.ok ? parsed : { ok: false, error: parsed.error + widthHint(text) };
}

function parseNormal(text: string): ParsedClause {
  const root: ClauseNode[] = [];
  const stack: ClauseNode[][] = [root];
  // The plain text since the last bracket is text[from, i): taken as one slice, not built up a character at a time.
  let from = 0;
  const flush = (to: number) => {
    if (to > from) stack.at(-1)!.push({ kind: 'text', text: text.slice(from, to) });
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // Anything but { } [ ] is plain text.
    if (c !== 0x7b && c !== 0x7d && c !== 0x5b && c !== 0x5d) {
      i += 1;
    } else if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i + 2);
      const inner = end < 0 ? '' : text.slice(i + 2, end);
      if (end < 0 || inner.includes('{') || inner.includes('[[') || inner.includes(']]')) return { ok: false, error: '“{{”没有对应的“}}”' };
      flush(i);
      stack.at(-1)!.push({ kind: 'placeholder', key: inner.trim() });
      i = end + 2;
      from = i;
    } else if (text.startsWith('}}', i)) {
      return { ok: false, error: '“}}”前面缺少“{{”' };
    } else if (text.startsWith('[[', i)) {
      flush(i);
      const part: ClauseNode = { kind: 'part', children: [] };
      stack.at(-1)!.push(part);
      stack.push(part.children);
      i += 2;
      from = i;
    } else if (text.startsWith(']]', i)) {
      if (stack.length === 1) return { ok: false, error: '“]]”前面缺少“[[”' };
      flush(i);
      stack.pop();
      i += 2;
      from = i;
    } else {
      i += 1;
    }
  }
  if (stack.length > 1) return { ok: false, error: '“[[”没有对应的“]]”' };
  flush(text.length);
  return { ok: true, nodes: root };
}

/** Every placeholder key of a clause's text, in order, ranges as written ("a~b"), whether or not the brackets balance. */
export function placeholdersIn(text: string): string[] {
  return [...normalizeMarkers(text).matchAll(PLACEHOLDER)].map((m) => m[1]!.trim());
}

/** The figure keys a placeholder names: a range's two ends, or the key itself. */
export function keysOfPlaceholder(key: string): string[] {
  if (key.startsWith(PHRASE_PREFIX)) return [];
  return key.includes(RANGE_SEPARATOR) ? key.split(RANGE_SEPARATOR).map((k) => k.trim()) : [key];
}

/** Whether the clause's text holds a part anywhere. */
export function hasParts(nodes: readonly ClauseNode[]): boolean {
  return nodes.some((n) => n.kind === 'part');
}

/** A clause that is only a table or a chart ({{table:key}} / {{chart:key}}): its prefix and key. */
export function blockPlaceholderOf(text: string): { prefix: 'table:' | 'chart:'; key: string } | undefined {
  const m = /^\s*\{\{\s*(table:|chart:)([^{}\s]+)\s*\}\}\s*$/.exec(normalizeMarkers(text));
  return m ? { prefix: m[1] as 'table:' | 'chart:', key: m[2]! } : undefined;
}
