// The quick way a ledger file's text is read (parseJsonChecked) gives exactly the answers of the
// exact scan followed by JSON.parse, on good text and on every kind of bad text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_JSON_DEPTH, parseJsonChecked, scanJson, type ParsedJson } from './json-scan';

/** The reference: the exact scan first, then JSON.parse. */
function exactly(text: string): ParsedJson {
  const scan = scanJson(text);
  if (!scan.ok) return scan;
  try {
    return { ok: true, value: JSON.parse(text), tables: scan.tables };
  } catch {
    return { ok: false, problem: 'syntax' };
  }
}

const deep = (n: number) => `{"format":"x","tables":${'['.repeat(n)}${']'.repeat(n)}}`;

const CASES: Record<string, string> = {
  good: '{"format":"x","tables":{"members":[{"id":"a","name":"王明"}]},"checksum":"c"}',
  'no tables': '{"format":"x"}',
  'tables spelled with an escape': '{"format":"x","tabl\\u0065s":{"members":[]}}',
  'tables twice': '{"tables":{},"tables":{"members":[]}}',
  'a key twice in a record': '{"tables":{"members":[{"id":"a","name":"王明"},{"id":"b","name":"李","name":"王"}]}}',
  'a key twice, once escaped': '{"tables":{"members":[{"name":"a","n\\u0061me":"b"}]}}',
  '__proto__ twice': '{"tables":{"members":[{"__proto__":1,"__proto__":2}]}}',
  '__proto__ once': '{"tables":{"members":[{"__proto__":{"x":1}}]}}',
  'quotes and braces inside strings': '{"tables":{"members":[{"name":"\\"}{[,\\\\","x":"]"}]}}',
  'deepest allowed': deep(MAX_JSON_DEPTH - 2),
  'too deep': deep(MAX_JSON_DEPTH - 1),
  truncated: '{"tables":{"members":[{"name":"王',
  'unclosed object': '{"tables":{"members":[]}',
  'two roots': '{"a":1}{"b":2}',
  'a duplicate, then too deep': `{"a":1,"a":2,"b":${'['.repeat(MAX_JSON_DEPTH + 2)}${']'.repeat(MAX_JSON_DEPTH + 2)}}`,
  'a duplicate in text JSON.parse refuses': '{"a":1,"a":2,"b":tru}',
  'not JSON after a good scan': '{"a":1,"b":nul}',
  'mismatched brackets': '{"a":[1,2}',
  'a stray comma at the root': '1,2',
  'an empty text': '',
};

describe('parseJsonChecked', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`answers as the exact scan and JSON.parse do: ${name}`, () => {
      expect(parseJsonChecked(text)).toEqual(exactly(text));
    });
  }

  it('finds the duplicate the exact scan names, and where', () => {
    expect(parseJsonChecked(CASES['a key twice in a record']!)).toEqual({ ok: false, problem: 'duplicate', path: ['tables', 'members', 1, 'name'] });
  });

  it('answers as the exact scan and JSON.parse do on any JSON, with keys written twice or not', () => {
    const key = fc.constantFrom('id', 'name', 'tables', '__proto__', 'n\\u0061me', 'a"b');
    const value: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('1', 'null', 'true', '"x"', '"}{]["', '"\\\\"'),
        fc.array(tie('v'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
        fc.array(fc.tuple(key, tie('v')), { maxLength: 4 }).map((entries) => `{${entries.map(([k, v]) => `"${k.replace('"', '\\"')}":${v}`).join(',')}}`),
      ),
    })).v;
    fc.assert(fc.property(value, (text) => {
      expect(parseJsonChecked(text)).toEqual(exactly(text));
    }), { numRuns: 2000 });
  });
});
