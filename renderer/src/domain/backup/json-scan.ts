// One pass over a ledger file's text before JSON.parse sees it, for what JSON.parse cannot say:
// a key written twice in one object (JSON.parse keeps the second silently, so a name could be
// hidden behind another), nesting deeper than the format ever needs (which would overflow the
// stack of every later step that walks the rows), and where the top-level `tables` value starts and
// ends in the text, so the checksum covers exactly the text the file holds (docs/backup-format.md).
// Strings are skipped with indexOf, so the pass costs little next to JSON.parse itself.

/**
 * The deepest a file of this program nests: the file, `tables`, a table, a record, and at most nine
 * levels inside a record (the settings' report templates' sections' paragraphs' clauses; a 民主评议
 * round's units' problems' 回头看). Anything deeper is not ours.
 */
export const MAX_JSON_DEPTH = 13;

export type JsonScan =
  | { ok: true; tables: { start: number; end: number } | null }
  | { ok: false; problem: 'truncated' }
  | { ok: false; problem: 'syntax' }
  | { ok: false; problem: 'depth' }
  | { ok: false; problem: 'duplicate'; path: (string | number)[] };

interface Frame {
  array: boolean;
  /** Keys seen so far in an object (null for arrays). */
  keys: Set<string> | null;
  /** The key whose value is being read, or the index in an array. */
  at: string | number;
  expectKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index of the quote that closes the string opening at `open`, or -1 if the text ends first. */
function closingQuote(text: string, open: number): number {
  let j = text.indexOf('"', open + 1);
  while (j !== -1) {
    let slashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return j;
    j = text.indexOf('"', j + 1);
  }
  return -1;
}

function keyText(text: string, open: number, close: number): string | null {
  const raw = text.slice(open + 1, close);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(open, close + 1)) as string;
  } catch {
    return null;
  }
}

export function scanJson(text: string): JsonScan {
  const stack: Frame[] = [];
  let tables: { start: number; end: number } | null = null;
  let tablesStart = -1;
  let seenRoot = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = closingQuote(text, i);
      if (close === -1) return { ok: false, problem: 'truncated' };
      const top = stack[stack.length - 1];
      if (top && top.expectKey) {
        const key = keyText(text, i, close);
        if (key === null) return { ok: false, problem: 'syntax' };
        if (top.keys!.has(key)) return { ok: false, problem: 'duplicate', path: [...stack.slice(0, -1).map((f) => f.at), key] };
        top.keys!.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = close;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length === 0 && seenRoot) return { ok: false, problem: 'syntax' };
      seenRoot = true;
      if (stack.length === 1 && stack[0]!.at === 'tables' && tablesStart === -1) tablesStart = i;
      const array = c === 0x5b;
      stack.push({ array, keys: array ? null : new Set(), at: array ? 0 : '', expectKey: !array });
      if (stack.length > MAX_JSON_DEPTH) return { ok: false, problem: 'depth' };
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      const top = stack.pop();
      if (!top || top.array !== (c === 0x5d)) return { ok: false, problem: 'syntax' };
      if (stack.length === 1 && tablesStart !== -1 && tables === null) tables = { start: tablesStart, end: i + 1 };
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (!top) return { ok: false, problem: 'syntax' };
      if (top.array) top.at = (top.at as number) + 1;
      else top.expectKey = true;
    }
  }
  if (stack.length > 0 || !seenRoot) return { ok: false, problem: 'truncated' };
  return { ok: true, tables };
}
