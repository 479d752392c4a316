// Text as it arrives from forms, Word and Excel: control characters (vertical tab, NUL…) are
// removed because they make .docx/.xlsx files invalid; names lose every kind of space because
// rolls pad two-character names with full-width spaces (`王　明` is 王明).

function isControlChar(code: number): boolean {
  // Tab (9), line feed (10) and carriage return (13) are kept: multi-line fields use them.
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
}

function stripControlChars(text: string): string {
  let out = '';
  for (const ch of text) if (!isControlChar(ch.charCodeAt(0))) out += ch;
  return out;
}
const ALL_SPACES = /[\s\u3000\u00A0\u200B\uFEFF]+/g;

export function cleanText(value: unknown): string {
  if (typeof value === 'string') return stripControlChars(value).trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * A record's text field as a schema takes it (`z.preprocess(textField, …)`): a string is cleaned,
 * an absent one (an untouched form field, a file written before the field existed) is empty, and
 * anything else is left as it is, so the schema refuses it by its type (应为文字) instead of turning
 * a number into "12345" or an object into "" — a file must say what it means.
 */
export function textField(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  return value === undefined ? '' : value;
}

/** A person's name field as a schema takes it: `textField`, with every kind of space removed. */
export function personNameField(value: unknown): unknown {
  if (typeof value === 'string') return normalizePersonName(value);
  return value === undefined ? '' : value;
}

/** A person's name as the ledger keeps it: no spaces of any width, anywhere. */
export function normalizePersonName(value: unknown): string {
  return cleanText(value).replace(ALL_SPACES, '');
}

/** Header cells: `工作单位\n及职务`, `姓　名` and ` 姓名：` all mean the same column. */
export function normalizeHeader(value: unknown): string {
  return cleanText(value).replace(ALL_SPACES, '').replace(/[：:*＊]/g, '');
}
