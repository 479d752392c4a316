// The five stroke classes of 按姓氏笔画为序 (横、竖、撇、点、折, coded 1–5 as in GB 13000.1 stroke
// order), from cnchar-order's stroke letters. 提 counts as 横, 竖钩 as 竖, 捺 as 点, and every stroke
// with a turn as 折 — the grouping of the national stroke standard that name lists follow.
import { createRequire } from 'node:module';

const CLASS_OF_LETTER: Record<string, string> = {
  j: '1', i: '1', d: '1', // 横, 提, 点2 (drawn ㇀, a 提)
  f: '2', g: '2', // 竖, 竖钩
  s: '3', // 撇
  k: '4', l: '4', // 点, 捺
};
const TURNING = 'abcehmnopqrtuvwxyz'; // every other letter of cnchar-order is a stroke with a turn

export function classesOf(letters: string): string {
  return [...letters].map((l) => {
    const c = CLASS_OF_LETTER[l] ?? (TURNING.includes(l) ? '5' : undefined);
    if (!c) throw new Error(`cnchar-order 的笔画字母 ${l} 未归类`);
    return c;
  }).join('');
}

interface Cnchar {
  use(plugin: unknown): void;
  stroke(text: string, ...args: string[]): unknown;
}

/** Every character cnchar-order knows (Extension A and the basic block), as `[char, classes]` in code-point order. */
export function strokeTableFromPackage(): [string, string][] {
  const require = createRequire(import.meta.url);
  const cnchar = require('cnchar') as Cnchar;
  cnchar.use(require('cnchar-order'));
  const out: [string, string][] = [];
  for (const [from, to] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff]] as const) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const order = cnchar.stroke(ch, 'order') as (string | undefined)[] | undefined;
      const letters = order?.[0];
      if (typeof letters === 'string' && letters.length > 0) out.push([ch, classesOf(letters)]);
    }
  }
  return out;
}

/** The shipped form: each character followed by its class digits, all in one string. */
export function encodeStrokeTable(table: [string, string][]): string {
  return table.map(([ch, classes]) => ch + classes).join('');
}
