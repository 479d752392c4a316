// A corpus of broken and foreign files, built from a good backup and a good exchange package:
// truncations, bit flips, a wrong type in every field of every table, keys written twice, deep
// nesting, stamps after the file, UTF-16 and bytes that are not UTF-8, re-formatted files, and
// files of other programs. Every one must be refused, in Chinese, by both readers and `ledger check`.
import { sha256Hex } from '../../renderer/src/domain/common/base64';

export interface BrokenFile {
  name: string;
  bytes: Uint8Array;
}

type Doc = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Edits the document and writes a correct checksum, so what refuses it is the check under test. */
async function edited(text: string, edit: (doc: Doc) => void): Promise<string> {
  const doc = JSON.parse(text) as Doc;
  edit(doc);
  doc.checksum = await sha256Hex(JSON.stringify(doc.tables));
  return JSON.stringify(doc);
}

/** A value of another JSON type than `value`: what a forger or a broken program might write. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null) return { note: 'x' };
  if (Array.isArray(value)) return { 0: (value as unknown[])[0] ?? null };
  return ['x'];
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let at = 0;
  const put = (code: number) => {
    out[at++] = bigEndian ? code >> 8 : code & 0xff;
    out[at++] = bigEndian ? code & 0xff : code >> 8;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

function flipBit(bytes: Uint8Array, at: number, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ (1 << bit);
  return copy;
}

/** The broken files made from one good file of ours (`kind` names them). */
export async function brokenFilesFrom(kind: string, good: string): Promise<BrokenFile[]> {
  const files: BrokenFile[] = [];
  const add = (name: string, bytes: Uint8Array | string) => files.push({ name: `${kind}: ${name}`, bytes: typeof bytes === 'string' ? utf8(bytes) : bytes });
  const bytes = utf8(good);
  // Truncations: a copy cut short anywhere.
  for (const at of [0, 1, 12, 40, Math.floor(bytes.length / 3), Math.floor(bytes.length / 2), bytes.length - 2, bytes.length - 1]) add(`cut to ${at} bytes`, bytes.slice(0, at));
  // Bit flips inside the checksummed text (a flip in an informational header field, such as the
  // program version, changes nothing the reader uses and is not a broken file).
  const tablesAt = good.indexOf('"tables":') + 9;
  const tablesBytes = utf8(good.slice(0, tablesAt)).length;
  for (const share of [0.01, 0.2, 0.45, 0.7, 0.95]) {
    const at = tablesBytes + Math.floor((bytes.length - tablesBytes - 1) * share);
    add(`bit ${share * 7 % 8 | 0} flipped at byte ${at}`, flipBit(bytes, at, Math.floor(share * 7) % 8));
  }
  add('a bit flipped in the checksum', flipBit(bytes, utf8(good.slice(0, good.indexOf('"checksum":"') + 14)).length, 1));
  // A wrong type in every field of the first row of every table (and of an attendance row).
  const doc = JSON.parse(good) as Doc;
  for (const [table, rows] of Object.entries(doc.tables)) {
    const row = rows[0];
    if (!row) continue;
    for (const field of Object.keys(row)) {
      add(`${table}[0].${field} of the wrong type`, await edited(good, (d) => { d.tables[table]![0]![field] = wrongType(row[field]); }));
    }
  }
  const withParticipants = doc.tables.activities?.findIndex((a) => Array.isArray(a.participants) && a.participants.length > 0) ?? -1;
  if (withParticipants >= 0) {
    const participant = (doc.tables.activities![withParticipants]!.participants as Record<string, unknown>[])[0]!;
    for (const field of Object.keys(participant)) {
      add(`an attendance row's ${field} of the wrong type`, await edited(good, (d) => {
        (d.tables.activities![withParticipants]!.participants as Record<string, unknown>[])[0]![field] = wrongType(participant[field]);
      }));
    }
  }
  // Keys written twice: the second would silently win in JSON.parse.
  const firstName = doc.tables.members?.[0]?.name as string;
  add('a member name written twice', good.replace(`"name":"${firstName}"`, `"name":"${firstName}","name":"假名字"`));
  add('the committee written twice in the header', good.replace('"committee":', '"committee":"别的政协","committee":'));
  add('a table written twice', good.replace('"members":[', '"members":[],"members":['));
  // Nesting deeper than the format: inside a record, and a deep file of its own.
  add('a note nested 100,000 deep', await edited(good, (d) => { d.tables.members![0]!.note = 'PLACEHOLDER'; }).then((t) => t.replace('"PLACEHOLDER"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)));
  add('a note nested 20 deep', good.replace(`"name":"${firstName}"`, `"name":"${firstName}","x":${'['.repeat(20)}${']'.repeat(20)}`));
  add('nothing but brackets after the header', `${good.slice(0, good.indexOf('"tables":') + 9)}${'{"a":'.repeat(50_000)}`);
  // Stamps later than the file's own createdAt.
  add('a member edited in 2099', await edited(good, (d) => { d.tables.members![0]!.updatedAt = '2099-01-01T00:00:00.000Z'; }));
  add('a member created an hour after the file, written with +08:00', await edited(good, (d) => {
    const later = new Date(Date.parse(String(d.createdAt)) + 3_600_000);
    const local = new Date(later.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
    d.tables.members![1]!.createdAt = local;
  }));
  if (withParticipants >= 0) {
    add('an attendance row deleted in 2099', await edited(good, (d) => {
      (d.tables.activities![withParticipants]!.participants as Record<string, unknown>[])[0]!.deletedAt = '2099-01-01T00:00:00.000Z';
    }));
  }
  if (doc.tables.history?.length) add('a history entry of 2099', await edited(good, (d) => { d.tables.history![0]!.at = '2099-01-01T00:00:00.000Z'; }));
  // Encodings: UTF-16 (with and without a byte-order mark), and bytes that are not UTF-8.
  add('UTF-16LE with a BOM', utf16(good, false, true));
  add('UTF-16BE with a BOM', utf16(good, true, true));
  add('UTF-16LE without a BOM', utf16(good, false, false));
  const latin = bytes.slice();
  latin[good.indexOf(firstName) > 0 ? utf8(good.slice(0, good.indexOf(firstName))).length : tablesBytes + 10] = 0xff;
  add('a byte that is not UTF-8 in a name', latin);
  // Re-formatted: every value the same, the text not.
  add('pretty-printed', JSON.stringify(JSON.parse(good), null, 2));
  add('non-ASCII written as \\u escapes', good.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  add('keys of the header re-ordered', JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(good) as Doc).reverse())));
  return files;
}

/** Files of other programs, whatever they are called. */
export function foreignFiles(): BrokenFile[] {
  const files: [string, Uint8Array | string][] = [
    ['a .zip (and so an .xlsx or .docx)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00])],
    ['a PNG picture', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['an old .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['JSON of another program', JSON.stringify({ name: 'other-app', version: '1.0.0', items: [{ format: 'cppcc-ledger-backup' }] })],
    ['JSON whose "format" is not first', JSON.stringify({ tables: {}, format: 'cppcc-ledger-backup' })],
    ['a JSON array', '[{"format":"cppcc-ledger-backup"}]'],
    ['a CSV', '姓名,性别\n韦小宝,男\n'],
    ['an HTML page', '<!doctype html><html><body>{"format":"cppcc-ledger-backup"}</body></html>'],
    ['JSON five levels deep of another program', '{"a":{"b":{"c":{"d":{"e":1}}}}}'],
    ['an empty file', ''],
    ['only spaces', '   \n  '],
    ['a UTF-8 BOM and nothing else', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['NUL bytes', new Uint8Array(64)],
  ];
  return files.map(([name, bytes]) => ({ name: `other program: ${name}`, bytes: typeof bytes === 'string' ? utf8(bytes) : bytes }));
}
