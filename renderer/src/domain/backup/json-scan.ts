// A ledger file's text read as JSON, with what JSON.parse cannot say: a key written twice in one
// object (JSON.parse keeps the second silently, so a name could be hidden behind another), nesting
// deeper than the format ever needs (which would overflow the stack of every later step that walks
// the rows), and where the top-level `tables` value starts and ends in the text, so the checksum
// covers exactly the text the file holds (docs/backup-format.md).
//
// A good file (the usual case) costs one quick pass and a count: the pass checks the nesting,
// finds `tables` and counts the keys written; JSON.parse keeps one property per distinct key of an
// object, so the parsed value holds as many keys as the text only when no object has a key twice.
// Anything else — a count that differs, a pass or a JSON.parse that fails — is read again by the
// exact scan (one set of keys per object), which says what is wrong and where. Strings are
// skipped with indexOf in both passes.

/**
 * The deepest a file of this program nests: the file, `tables`, a table, a record, and at most nine
 * levels inside a record (the settings' report templates' sections' paragraphs' clauses; a 民主评议
 * round's units' problems' 回头看). Anything deeper is not ours.
 */
export const MAX_JSON_DEPTH = 13;

export type JsonScan =
  | { ok: true; tables: { start: number; end: number } | null }
  | JsonProblem;

export type JsonProblem =
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

/** The exact scan: every object's keys kept in a set, so the first key written twice is named by its path. */
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

type QuickScan = { ok: true; tables: { start: number; end: number } | null; keys: number } | { ok: false };

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** The quick pass: nesting, where `tables` is and how many keys are written — no set, no key text. */
function quickScan(text: string): QuickScan {
  // Whether each open level is an array; only the innermost level's state matters between tokens.
  const arrays = new Uint8Array(MAX_JSON_DEPTH + 1);
  let depth = 0;
  let expectKey = false;
  let keys = 0;
  let atTables = false;
  let tablesStart = -1;
  let tables: { start: number; end: number } | null = null;
  let seenRoot = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = closingQuote(text, i);
      if (close === -1) return { ok: false };
      if (expectKey) {
        keys++;
        expectKey = false;
        // The few top-level keys are read as text, so `tables` is found however it is spelled.
        if (depth === 1) {
          const key = keyText(text, i, close);
          if (key === null) return { ok: false };
          atTables = key === 'tables';
        }
      }
      i = close;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth === 0 && seenRoot) return { ok: false };
      seenRoot = true;
      if (depth === 1 && atTables && tablesStart === -1) tablesStart = i;
      if (depth === MAX_JSON_DEPTH) return { ok: false };
      arrays[depth++] = c === OPEN_ARRAY ? 1 : 0;
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth === 0 || arrays[--depth] !== (c === CLOSE_ARRAY ? 1 : 0)) return { ok: false };
      expectKey = false;
      if (depth === 1 && tablesStart !== -1 && tables === null) tables = { start: tablesStart, end: i + 1 };
    } else if (c === COMMA) {
      if (depth === 0) return { ok: false };
      expectKey = arrays[depth - 1] === 0;
    }
  }
  if (depth > 0 || !seenRoot) return { ok: false };
  return { ok: true, tables, keys };
}

/** How many keys the parsed value holds, in every object at every level. */
function keyCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += keyCount(item);
    return n;
  }
  const record = value as Record<string, unknown>;
  // JSON.parse makes plain objects: every enumerable key is its own (a "__proto__" key included).
  for (const key in record) n += 1 + keyCount(record[key]);
  return n;
}

export type ParsedJson = { ok: true; value: unknown; tables: { start: number; end: number } | null } | JsonProblem;

/** The problem the exact scan finds, or (a text it passes that JSON.parse does not read) a syntax error. */
function exactProblem(text: string): JsonProblem {
  const exact = scanJson(text);
  return exact.ok ? { ok: false, problem: 'syntax' } : exact;
}

/**
 * The text checked and parsed: the same answers as the exact scan followed by JSON.parse (a
 * problem the scan finds comes first, whatever JSON.parse would say), at the cost of a quick pass.
 */
export function parseJsonChecked(text: string): ParsedJson {
  const quick = quickScan(text);
  if (!quick.ok) return exactProblem(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return exactProblem(text);
  }
  if (keyCount(value) !== quick.keys) return exactProblem(text);
  return { ok: true, value, tables: quick.tables };
}
