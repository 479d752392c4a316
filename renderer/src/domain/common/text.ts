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

/** A person's name as the ledger keeps it: no spaces of any width, anywhere. */
export function normalizePersonName(value: unknown): string {
  return cleanText(value).replace(ALL_SPACES, '');
}

/** Header cells: `工作单位\n及职务`, `姓　名` and ` 姓名：` all mean the same column. */
export function normalizeHeader(value: unknown): string {
  return cleanText(value).replace(ALL_SPACES, '').replace(/[：:*＊]/g, '');
}
