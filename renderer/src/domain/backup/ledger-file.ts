// The first steps of reading a backup or an exchange package, shared by both readers, the screens
// and `ledger check`, so every one of them gives the same answer about the same bytes:
// 1. encoding: UTF-8 only (a UTF-8 byte-order mark is skipped; UTF-16 and bytes that are not UTF-8
//    are refused, never guessed at);
// 2. the first bytes: the file must open with our header (`{"format":"cppcc-ledger-…"`), so a file
//    of another program is refused at once whatever its size, before the rest is even decoded;
// 3. the structure and JSON.parse (json-scan.ts): no key twice in one object, no nesting deeper
//    than the format, and the exact text of `tables`, which the checksum covers.
import { MAX_JSON_DEPTH, parseJsonChecked } from './json-scan';
import { describePath, HEADER_LABELS } from './field-labels';

export type LedgerFileKind = 'backup' | 'exchange';

export const FORMAT_NAMES: Record<LedgerFileKind, string> = {
  backup: 'cppcc-ledger-backup',
  exchange: 'cppcc-ledger-exchange',
};

/** What each reader calls its file in a message. */
export const FILE_NOUNS: Record<LedgerFileKind, string> = { backup: '备份文件', exchange: '交换包' };

/** How much of the file is looked at to tell whether it is ours. */
const SNIFF_CHARS = 256;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The refusal when the file is another program's, or the other kind of ours. */
export function notOursMessage(kind: LedgerFileKind, found: LedgerFileKind | null): string {
  if (kind === 'backup' && found === 'exchange') return '这是数据交换包，不是备份文件：交换包请在“数据交换”中导入，不能用来恢复整个台账';
  if (kind === 'exchange' && found === 'backup') return '这是履职台账的备份文件，不是交换包：备份文件请在“备份与恢复”中用来恢复整个台账';
  return `这不是“政协履职台账”的${FILE_NOUNS[kind]}`;
}

const truncatedMessage = (kind: LedgerFileKind) => `文件不完整或不是本程序的${FILE_NOUNS[kind]}（无法按 JSON 读取），可能在复制时被截断`;

const HEADER_PATTERN = /^\s*\{\s*"format"\s*:\s*"(cppcc-ledger-backup|cppcc-ledger-exchange)"/;

/** Which of our files the text opens as; 'incomplete' when it stops inside what our header begins with. */
export function sniffFormat(text: string): LedgerFileKind | 'incomplete' | null {
  const head = text.slice(0, SNIFF_CHARS);
  const m = HEADER_PATTERN.exec(head);
  if (m) return m[1] === FORMAT_NAMES.backup ? 'backup' : 'exchange';
  const compact = head.replace(/\s+/g, '');
  const opens = (format: string) => `{"format":"${format}"`.startsWith(compact);
  return head.length < SNIFF_CHARS && compact.length > 0 && Object.values(FORMAT_NAMES).some(opens) ? 'incomplete' : null;
}

/** `bytes`: the UTF-8 the text was decoded from (a byte-order mark left out), byte for byte its encoding. */
export type DecodedFile = { ok: true; text: string; bytes: Uint8Array } | { ok: false; message: string };

/**
 * The file's bytes as text, UTF-8 only. The header is looked at first, on the first bytes alone,
 * so a large file of another program is refused without decoding it.
 */
export function decodeLedgerFile(bytes: Uint8Array, kind: LedgerFileKind): DecodedFile {
  const noun = FILE_NOUNS[kind];
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && (bytes[0] === 0) !== (bytes[1] === 0))) {
    return { ok: false, message: `文件是 UTF-16 编码（可能被记事本等另存过），本程序只读取 UTF-8 编码的${noun}：请使用程序原样写出的文件` };
  }
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  if (body.length === 0) return { ok: false, message: `文件是空的，不是完整的${noun}，可能在复制时被截断` };
  const found = sniffFormat(new TextDecoder('utf-8').decode(body.subarray(0, SNIFF_CHARS * 4)));
  if (found === null) return { ok: false, message: notOursMessage(kind, null) };
  if (found === 'incomplete') return { ok: false, message: truncatedMessage(kind) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bytes: body };
  } catch {
    return { ok: false, message: `${noun}中有不是 UTF-8 编码的字节：文件已损坏，或被别的程序改动过` };
  }
}

export type ReadJson =
  | {
      ok: true;
      raw: Record<string, unknown>;
      tablesText: string | null;
      /** `tablesText` in UTF-8, which the checksum is taken of. */
      tablesUtf8: Uint8Array | null;
      found: LedgerFileKind;
    }
  | { ok: false; message: string };

/**
 * The UTF-8 of `input.slice(start, end)`. With `bytes`, the UTF-8 `input` was decoded from (which
 * decoding with `fatal` makes exactly its encoding), it is cut out of them: only the text around
 * it — a file's header before `tables`, "}" after — is encoded to find where, not the tens of MB
 * of a big ledger's tables. The cut falls on ASCII brackets, never inside a character.
 */
function utf8Of(input: string, start: number, end: number, bytes?: Uint8Array): Uint8Array {
  const encoder = new TextEncoder();
  if (!bytes) return encoder.encode(input.slice(start, end));
  const from = encoder.encode(input.slice(0, start)).length;
  const to = bytes.length - encoder.encode(input.slice(end)).length;
  return bytes.subarray(from, to);
}

/**
 * The text as JSON, after the header and the structure are checked. `found` is which of our
 * files it is (a backup given to the exchange reader is refused by the caller with its own words).
 * `bytes`, when the text was read from a file: the UTF-8 it was decoded from (decodeLedgerFile).
 */
export function readLedgerJson(input: string, kind: LedgerFileKind, bytes?: Uint8Array): ReadJson {
  const noun = FILE_NOUNS[kind];
  // Notepad and some copy tools put a byte-order mark in front; it is not part of the JSON.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, message: `文件是空的，不是完整的${noun}，可能在复制时被截断` };
  const found = sniffFormat(text);
  if (found === null) return { ok: false, message: notOursMessage(kind, null) };
  if (found === 'incomplete') return { ok: false, message: truncatedMessage(kind) };
  if (found !== kind) return { ok: false, message: notOursMessage(kind, found) };
  const parsed = parseJsonChecked(text);
  if (!parsed.ok) {
    if (parsed.problem === 'depth') return { ok: false, message: `${noun}的层次超过本程序写出的格式（最多${MAX_JSON_DEPTH}层）：不是本程序写出的文件，或被改动过` };
    if (parsed.problem === 'duplicate') return { ok: false, message: `${noun}中${whereInFile(parsed.path)}写了两次：本程序不会这样写，文件可能被改动过` };
    return { ok: false, message: truncatedMessage(kind) };
  }
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: notOursMessage(kind, null) };
  const { tables } = parsed;
  const tablesText = tables ? text.slice(tables.start, tables.end) : null;
  // Offsets in `input`: a byte-order mark taken off the front shifts them by one.
  const shift = input.length - text.length;
  const tablesUtf8 = tables ? utf8Of(input, tables.start + shift, tables.end + shift, bytes) : null;
  return { ok: true, raw: raw as Record<string, unknown>, tablesText, tablesUtf8, found };
}

/** A path in the file in the office's words: 文件头的“政协名称”, 第3条委员记录的“姓名”. */
function whereInFile(path: readonly (string | number)[]): string {
  if (path[0] === 'tables' && path.length > 1) return describePath(path.slice(1));
  const key = String(path[0]);
  return `文件头的“${Object.hasOwn(HEADER_LABELS, key) ? HEADER_LABELS[key] : key}”`;
}
