// The one place every .docx and .xlsx writer cleans its text. XML 1.0 cannot hold every
// character a string can: C0 controls (other than tab, line feed and carriage return), lone
// surrogate halves and U+FFFE/U+FFFF have no spelling in it, not even escaped, and a file that
// holds one is refused by Word, WPS and LibreOffice alike. Text pasted from other programs or
// read from another PC's package can carry them, so every writer passes its text through here.

// Everything outside the XML 1.0 `Char` production. With the u flag a lone surrogate is a code
// point of its own, outside both ranges, so it matches too.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
// Word writes a manual line break as a vertical tab (and a page break as a form feed) when text is
// copied out of it; kept as a line break rather than dropped, so two lines do not run together.
const WORD_BREAKS = /[\u000b\u000c]/gu;

// NOT_XML_CHAR matches Word's breaks too: a text it does not match is safe as it stands (most are).
const ANY_NOT_XML_CHAR = new RegExp(NOT_XML_CHAR.source, 'u');

/** `text` with every character XML cannot hold removed (Word's line-break controls become \n). */
export function xmlSafeText(text: string): string {
  if (!ANY_NOT_XML_CHAR.test(text)) return text;
  return text.replace(WORD_BREAKS, '\n').replace(NOT_XML_CHAR, '');
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether any string in plain data needs cleaning, looked over without copying anything. */
function holdsUnsafeText(value: unknown): boolean {
  if (typeof value === 'string') return ANY_NOT_XML_CHAR.test(value);
  if (Array.isArray(value)) {
    for (const v of value as unknown[]) if (holdsUnsafeText(v)) return true;
    return false;
  }
  if (typeof value === 'object' && value !== null && isPlainObject(value)) {
    for (const key in value) if (Object.hasOwn(value, key) && holdsUnsafeText((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) {
    const cleaned = value.map((v: unknown) => cleanDeep(v));
    return (cleaned.every((v, i) => v === value[i]) ? value : cleaned) as T;
  }
  if (typeof value === 'object' && value !== null && isPlainObject(value)) {
    const entries = Object.entries(value);
    const cleaned = entries.map(([k, v]) => [k, cleanDeep(v)] as const);
    return (cleaned.every(([, v], i) => v === entries[i]![1]) ? value : Object.fromEntries(cleaned)) as T;
  }
  return value;
}

/**
 * Plain data (a report document, a layout) with every string in it cleaned; bytes (pictures),
 * dates and class instances are passed through as they are. What needed no cleaning is given
 * back as it was, not copied: nearly every text does not, and a report is thousands of them, so
 * the data is first looked over without making anything (copying each object's entries to
 * compare them was a tenth of building a report's two .docx documents).
 */
export function xmlSafeDeep<T>(value: T): T {
  return holdsUnsafeText(value) ? cleanDeep(value) : value;
}
