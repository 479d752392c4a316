// The backup file read back: what serializeBackup writes parseBackup returns unchanged, and every
// bad file is refused with a Chinese message that says what and where.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupFileName, serializeBackup } from './backup-format';
import { parseBackup, parseBackupBytes } from './backup-parse';
import { badBackupCases, editBackup, smallBackupText, smallLedgerWithAttachment, TEST_BACKUP_META } from './backup-fixtures';
import { generateLedger } from '../sample/generate-ledger';
import { cleanText, normalizePersonName } from '../common/text';
import type { Ledger } from '../ledger/ledger';

async function parseOk(text: string) {
  const parsed = await parseBackup(text);
  if (!parsed.ok) throw new Error(`expected the backup to parse, got: ${parsed.message}`);
  return parsed;
}

// The fixture's year: a 全体会议 of all 20 members, two 常委会议 of the 5 with a seat (主席, three
// 副主席, 秘书长), and two other activities of 4 participants each.
const ATTENDANCE = 20 + 2 * 5 + 2 * 4;

describe('serializeBackup → parseBackup', () => {
  it('gives back the ledger, attachment bytes included, and a summary for the preview', async () => {
    const ledger = smallLedgerWithAttachment();
    const parsed = await parseOk(await serializeBackup(ledger, TEST_BACKUP_META));
    expect(parsed.ledger).toEqual(ledger);
    expect(parsed.ledger.attachments[0]!.data).toBeInstanceOf(Uint8Array);
    expect(parsed.summary).toEqual({
      createdAt: TEST_BACKUP_META.createdAt, appVersion: '0.1.0', committee: '示例县政协（示例数据）', formatVersion: 3,
      counts: { members: 20, activities: 5, attendance: ATTENDANCE, proposals: 8, attachments: 1, dictionary: ledger.dictionary.length, opinions: ledger.opinions.length, evaluations: ledger.evaluations.length, supervisors: ledger.supervisors.length, supervisionLetters: ledger.supervisionLetters.length, plans: ledger.plans.length, yearNotes: ledger.yearNotes.length, stations: ledger.stations.length, campaigns: ledger.campaigns.length, pairings: ledger.pairings.length, culture: ledger.culture.length },
      years: [2024],
    });
  });

  it('writes the header before the tables and a checksum of the tables', async () => {
    const text = await serializeBackup(smallLedgerWithAttachment(), TEST_BACKUP_META);
    expect(text.startsWith('{"format":"cppcc-ledger-backup","formatVersion":3,"schemaVersion":1,')).toBe(true);
    const doc = JSON.parse(text) as { checksum: string; counts: Record<string, number> };
    expect(doc.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.counts).toEqual({ settings: 1, dictionary: expect.any(Number) as number, members: 20, activities: 5, proposals: 8, attachments: 1, opinions: expect.any(Number) as number, history: 1, plans: expect.any(Number) as number, yearNotes: 1, evaluations: expect.any(Number) as number, supervisors: expect.any(Number) as number, supervisionLetters: expect.any(Number) as number, stations: expect.any(Number) as number, campaigns: expect.any(Number) as number, pairings: expect.any(Number) as number, culture: expect.any(Number) as number, recordSources: 0 });
  });

  it('reads a file that an editor saved with a byte-order mark', async () => {
    const parsed = await parseBackup(`\uFEFF${await smallBackupText()}`);
    expect(parsed.ok).toBe(true);
  });

  it('checks the checksum on the file\'s own bytes as on its text: one, two byte-order marks, Chinese text throughout', async () => {
    const text = await smallBackupText();
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    const utf8 = new TextEncoder().encode(text);
    const bom = [0xef, 0xbb, 0xbf];
    for (const bytes of [utf8, Uint8Array.from([...bom, ...utf8]), Uint8Array.from([...bom, ...bom, ...utf8])]) {
      const parsed = await parseBackupBytes(bytes);
      expect(parsed.ok && parsed.ledger).toEqual((await parseOk(text)).ledger);
    }
    // One Chinese character inside the tables changed to another, the same length in bytes: the
    // bytes no longer match the checksum, read either way.
    const tablesAt = text.indexOf('"tables"');
    const at = text.slice(tablesAt).search(/[\u4e00-\u9fff]/) + tablesAt;
    expect(at).toBeGreaterThan(tablesAt);
    const changed = `${text.slice(0, at)}${text[at] === '王' ? '李' : '王'}${text.slice(at + 1)}`;
    const refused = '备份文件的校验值不符：文件已损坏或被改动过，不能用它恢复';
    expect(await parseBackupBytes(new TextEncoder().encode(changed))).toEqual({ ok: false, message: refused });
    expect(await parseBackup(changed)).toEqual({ ok: false, message: refused });
  });

  it('gives back an activity whose 批示 taken off over the years outnumber the 50 it may hold at once', async () => {
    const ledger = smallLedgerWithAttachment();
    const activity = ledger.activities[0]!;
    const at = '2024-06-01T08:00:00.000Z';
    const row = (i: number, deletedAt: string | null) => ({ id: `i${i}`, createdAt: at, updatedAt: at, deletedAt, level: '县' as const, leader: '县长', date: '2024-06-01', text: `批示${i}` });
    // 60 taken off, 50 live: as many live as a form may hold, and all the rows a record keeps.
    activity.instructions = [...Array.from({ length: 60 }, (_, i) => row(i, at)), ...Array.from({ length: 50 }, (_, i) => row(60 + i, null))];
    const parsed = await parseOk(await serializeBackup(ledger, TEST_BACKUP_META));
    expect(parsed.ledger.activities[0]!.instructions).toHaveLength(110);
    activity.instructions.push(row(110, null));
    const refused = await parseBackup(await serializeBackup(ledger, TEST_BACKUP_META));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('不超过50条');
  });

  it('names the file after the committee and the minute', () => {
    expect(backupFileName('县政协', new Date(2025, 2, 5, 14, 5))).toBe('县政协-履职台账备份-20250305-1405.cppcc-backup');
    expect(backupFileName(' 县/政协:* ', new Date(2025, 11, 31, 9, 0))).toBe('县政协-履职台账备份-20251231-0900.cppcc-backup');
    expect(backupFileName('', new Date(2025, 0, 1, 0, 0))).toBe('政协-履职台账备份-20250101-0000.cppcc-backup');
  });
});

// Text the ledger can hold: what its forms keep after cleaning, with the characters that break
// naive JSON or object handling mixed in (quotes, backslashes, emoji, lone surrogates, `__proto__`).
const nastyPiece = fc.constantFrom(
  '__proto__', 'constructor', 'toString', '"', "'", '\\', '\\u0000', '😀', '👨‍👩‍👧‍👦', '</script>', '\u2028', '\u2029',
  '{"__proto__":{"polluted":true}}', '\uD800', '\uDFFF', '仫佬族', '\t', '\n', '',
);
const rawText = fc.oneof(
  fc.array(nastyPiece, { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const cleanTextArb = rawText.map((t) => cleanText(t.slice(0, 100)));
const nameArb = rawText.map((t) => normalizePersonName(t).slice(0, 20) || '无名');

const ledgerArb = fc
  .record({
    firstYear: fc.integer({ min: 1990, max: 2100 }),
    years: fc.integer({ min: 1, max: 2 }),
    members: fc.integer({ min: 1, max: 8 }),
    activitiesPerYear: fc.integer({ min: 0, max: 4 }),
    participantsPerActivity: fc.integer({ min: 0, max: 4 }),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    names: fc.array(nameArb, { minLength: 1, maxLength: 5 }),
    texts: fc.array(cleanTextArb, { minLength: 1, maxLength: 5 }),
    reasons: fc.array(rawText.map((t) => t.slice(0, 200)), { minLength: 1, maxLength: 3 }),
    files: fc.array(fc.record({ name: rawText.map((t) => t.slice(0, 200) || '附件.txt'), data: fc.uint8Array({ maxLength: 70 }) }), { maxLength: 3 }),
  })
  .map(({ names, texts, reasons, files, ...size }): Ledger => {
    // Ids such as `__proto__` are legal strings; sets and the database must treat them as such.
    const specialIds = ['__proto__', 'constructor', 'hasOwnProperty'];
    let n = 0;
    const ledger = generateLedger(size, () => specialIds[n++] ?? `id-${n}`);
    const pick = <T,>(list: readonly T[], i: number) => list[i % list.length]!;
    ledger.members.forEach((m, i) => Object.assign(m, { name: pick(names, i), workplace: pick(texts, i), note: pick(texts, i + 1) }));
    ledger.activities.forEach((a, i) => Object.assign(a, { title: pick(texts, i) || '标题', summary: pick(texts, i + 2), location: pick(texts, i + 1) }));
    ledger.activities.forEach((a, i) => a.participants.forEach((r, k) => Object.assign(r, { reason: pick(reasons, i + k) })));
    ledger.settings!.committee.name = `政协${pick(texts, 0)}`.slice(0, 60).trim();
    ledger.dictionary[0]!.name = cleanText(pick(texts, 1).slice(0, 60)) || '界别';
    if (ledger.activities.length > 0) {
      files.forEach((f, i) => ledger.attachments.push({
        id: `file-${i}`, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00+08:00', deletedAt: null,
        ownerKind: 'activity', ownerId: pick(ledger.activities, i).id, name: f.name, mime: '', size: f.data.byteLength, data: f.data,
      }));
    }
    return ledger;
  });

describe('serialize → parse is the identity', () => {
  it('on random small ledgers with awkward text, through UTF-8 bytes as a file would', async () => {
    await fc.assert(
      fc.asyncProperty(ledgerArb, async (ledger) => {
        const bytes = new TextEncoder().encode(await serializeBackup(ledger, TEST_BACKUP_META));
        const parsed = await parseOk(new TextDecoder().decode(bytes));
        expect(parsed.ledger).toEqual(ledger);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 60 },
    );
  });
});

describe('a bad file is refused with a Chinese message saying what and where', async () => {
  const cases = await badBackupCases(await smallBackupText());

  it.each(cases)('$name', async ({ text, expected }) => {
    const parsed = await parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain(expected);
    // No English from a library may leak into what the office reads.
    expect(parsed.message).not.toMatch(/invalid|expected|received|too (big|small)|undefined/i);
  });

  it('does not let "__proto__" keys pollute Object.prototype or sneak in a field', async () => {
    const good = await smallBackupText();
    const injected = await editBackup(good, (d) => {
      const member = d.tables.members![0]!;
      Object.defineProperty(member, '__proto__', { value: { isAdmin: true, polluted: true }, enumerable: true });
    });
    const atTop = `{"__proto__":{"polluted":true},${good.slice(1)}`;
    const tablesProto = good.replace('"tables":{', '"tables":{"__proto__":{"members":[]},');
    for (const text of [injected, atTop, tablesProto]) {
      expect(text).toContain('"__proto__"');
      const parsed = await parseBackup(text);
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(Object.prototype).not.toHaveProperty('isAdmin');
      if (!parsed.ok) continue;
      const member = parsed.ledger.members[0]!;
      expect(Object.hasOwn(member, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(member)).toBe(Object.prototype);
      expect(member).not.toHaveProperty('isAdmin');
    }
    // The injected member is valid apart from the extra key, so that file is read, without it.
    expect((await parseBackup(injected)).ok).toBe(true);
  });

  it('does not take a table from a "__proto__" key when the real one is missing', async () => {
    const good = await smallBackupText();
    const forged = await editBackup(good, (d) => {
      const members = d.tables.members;
      delete d.tables.members;
      Object.defineProperty(d.tables, '__proto__', { value: { members }, enumerable: true });
    });
    const parsed = await parseBackup(forged);
    expect(parsed).toEqual({ ok: false, message: '备份文件缺少“委员”数据' });
  });

  it('refuses a formatVersion that is not a whole number', async () => {
    const parsed = await parseBackup(await editBackup(await smallBackupText(), (d) => { d.formatVersion = 0.5; }));
    expect(parsed).toEqual({ ok: false, message: '备份文件格式版本“0.5”无法识别' });
  });
});
