// 按姓氏笔画为序, as offices print it: the surname by its number of strokes, then by its strokes
// in writing order compared class by class (横、竖、撇、点、折); for one surname, one-character given
// names before two-character ones, then the given name by the same rule. ICU's stroke collation
// (zh-u-co-stroke) is not this: it breaks ties by code point and counts some components otherwise
// (阝 in 陈, 艹 in 范), so the order here comes from cnchar-order's stroke data (stroke-data.ts).
// This is the one comparator for people (and for any list of names printed "by strokes").
import { STROKE_DATA } from './stroke-data';

/** Two-character surnames; a three-character or longer name starting with one of them has it as its surname. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯',
  '端木', '西门', '南宫', '独孤', '轩辕', '万俟', '闻人', '申屠', '澹台', '公冶', '宗政', '濮阳', '太史', '仲孙',
  '钟离', '赫连', '呼延', '东郭', '百里', '第五', '司空', '拓跋', '左丘', '公羊', '谷梁', '乐正', '漆雕', '单于',
];

let strokes: Map<string, string> | null = null;

/** The stroke classes of one character ('' when the data does not know it). */
export function strokeClassesOf(ch: string): string {
  if (!strokes) {
    strokes = new Map();
    let current = '';
    let digits = '';
    for (const c of STROKE_DATA) {
      if (c >= '1' && c <= '5') digits += c;
      else {
        if (current) strokes.set(current, digits);
        current = c;
        digits = '';
      }
    }
    if (current) strokes.set(current, digits);
  }
  return strokes.get(ch) ?? '';
}

/** Splits a name into surname and given name (compound surnames kept whole; spaces padding a two-character name ignored). */
export function splitName(name: string): { surname: string; given: string } {
  const chars = [...name.replace(/[\s\u3000]+/g, '')];
  const two = chars.slice(0, 2).join('');
  const surnameLength = chars.length >= 3 && COMPOUND_SURNAMES.includes(two) ? 2 : Math.min(1, chars.length);
  return { surname: chars.slice(0, surnameLength).join(''), given: chars.slice(surnameLength).join('') };
}

// A character's key: its stroke count (2 digits), its stroke classes, its code point (tie-break).
// Two keys of different counts differ in the count, and equal counts make equal-length classes,
// so keys joined end to end still compare character by character as plain strings.
function charKey(ch: string): string {
  const classes = strokeClassesOf(ch);
  const cp = (ch.codePointAt(0) ?? 0).toString(16).padStart(6, '0');
  // A character without stroke data (Latin, a rare character) goes after every known one.
  return classes ? String(classes.length).padStart(2, '0') + classes + cp : '99' + cp;
}

const textKey = (text: string) => [...text].map(charKey).join('');

const keyCache = new Map<string, string>();

/** The sort key of a name: surname, then the given name's length, then the given name. */
export function strokeKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    const { surname, given } = splitName(name);
    // ' ' sorts before every digit: a one-character surname ends before a compound one that begins with it.
    key = textKey(surname) + ' ' + String([...given].length).padStart(2, '0') + textKey(given);
    if (keyCache.size > 20000) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}

export function compareByStroke(a: string, b: string): number {
  const ka = strokeKey(a);
  const kb = strokeKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortByStroke<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: strokeKey(nameOf(item)), name: nameOf(item) }))
    .sort((x, y) => (x.key !== y.key ? (x.key < y.key ? -1 : 1) : x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .map((x) => x.item);
}
