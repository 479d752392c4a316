// The XML text of a part docx has formatted (an object such as { 'w:b': { _attr: { 'w:val': false } } }),
// written as docx's own compiler writes it, unindented, byte for byte: gbt-package.ts formats a
// copy's body itself, and docx does not export its writer. docx writes as the `xml` package did,
// quirks included (a text child after element children drops the empty string before it, an
// attribute list among the children joins the element's attributes); so does this.
// tests/unit/docx-copies.test.ts compares the two on every part of real reports.
import type { IXmlableObject } from 'docx';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const escapeAll = (value: string) => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
const escapeValue = (value: unknown) => (typeof value === 'string' ? escapeAll(value) : value);

interface Resolved {
  name: string | undefined;
  attributes: string[];
  /** Child elements, and text (strings, numbers) as it is written. */
  content: unknown[];
}

function resolve(data: IXmlableObject): Resolved {
  const name = Object.keys(data)[0];
  const values: unknown = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            if (Object.keys(value as object)[0] === '_attr') addAttributes((value as { _attr: Record<string, unknown> })._attr);
            else content.push(resolve(value as IXmlableObject));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  return { name, attributes, content };
}

const isResolved = (element: unknown): element is Resolved => typeof element === 'object' && element !== null;

function format(element: unknown): string {
  if (!isResolved(element)) return String(element);
  const { name, attributes, content } = element;
  const { length } = content;
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (length > 0 ? (name ? '>' : '') : '/>');
  if (length === 0) return open;
  return open + content.map((child) => (child === undefined ? '' : format(child))).join('') + (name ? `</${name}>` : '');
}

/** The part's XML with its declaration, as docx's compiler writes it when not asked to indent. */
export function stringifyXmlable(input: IXmlableObject, declaration: { standalone?: string; encoding: string }): string {
  const standalone = declaration.standalone ? ` standalone="${escapeAll(declaration.standalone)}"` : '';
  return `<?xml version="1.0" encoding="${escapeAll(declaration.encoding)}"${standalone}?>${format(resolve(input))}`;
}
