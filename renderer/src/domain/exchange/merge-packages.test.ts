// Two packages merged into one by `ledger merge`: each record keeps the committee of the package
// its version came from, and the merge — header included — is commutative and idempotent.
import { describe, expect, it } from 'vitest';
import { smallLedgerWithAttachment } from '../backup/backup-fixtures';
import { editPackage, packageText } from './exchange-fixtures';
import { liveRows, newRow } from '../common/row-stamps';
import { parseExchangePackage, type ExchangePackage } from './exchange-parse';
import { mergePackages } from './merge-packages';
import { serializeExchangePackage } from './exchange-format';
import { canonicalJson } from './canonical-json';

async function read(text: string): Promise<ExchangePackage> {
  const parsed = await parseExchangePackage(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.pkg;
}

/** Merged, written and read back, as `ledger merge` then an import would. */
async function merged(a: ExchangePackage, b: ExchangePackage): Promise<ExchangePackage> {
  const { records, meta } = await mergePackages(a, b);
  return read(await serializeExchangePackage(records, meta));
}

/** Exactly the same file: header (checksum included) and every row in order. */
const same = (x: ExchangePackage, y: ExchangePackage) => expect(canonicalJson(x) === canonicalJson(y)).toBe(true);

/** The same header and rows, rows in any order (a PC's own package is not sorted by id; a merged one is). */
function sameContent(x: ExchangePackage, y: ExchangePackage) {
  const norm = (p: ExchangePackage) => {
    const { checksum: _checksum, ...header } = p.header;
    const byId = (rows: readonly { id?: string }[]) => [...rows].sort((a, b) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1));
    const rows = Object.entries(p.records as unknown as Record<string, unknown>).map(([t, v]): [string, unknown] => [t, Array.isArray(v) ? byId(v as { id?: string }[]) : v]);
    return canonicalJson({ header, rows });
  };
  expect(norm(x) === norm(y)).toBe(true);
}

describe('merging two packages', async () => {
  const a = await read(await packageText(smallLedgerWithAttachment(1), { installationId: 'pc-a', committee: '甲县政协', createdAt: '2025-03-05T06:05:00.000Z' }));
  const b = await read(await packageText(smallLedgerWithAttachment(2), { installationId: 'pc-b', committee: '乙县政协', createdAt: '2025-03-06T06:05:00.000Z' }));

  it('keeps the committee each record came from, never a name made of both', async () => {
    const m = await merged(a, b);
    const committeeOf = new Map(m.records.recordSources.map((s) => [`${s.table}/${s.recordId}`, s.committee]));
    for (const r of a.records.members) expect(committeeOf.get(`members/${r.id}`)).toBe('甲县政协');
    for (const r of b.records.activities) expect(committeeOf.get(`activities/${r.id}`)).toBe('乙县政协');
    expect(m.header.committee).not.toContain('甲县政协、乙县政协');
    expect(m.header.mergedFrom).toEqual(['pc-a', 'pc-b']);
  });

  it('is commutative and idempotent as a whole, header included', async () => {
    const ab = await merged(a, b);
    same(ab, await merged(b, a));
    sameContent(await merged(a, a), a);
    same(await merged(ab, ab), ab);
    same(await merged(ab, b), ab);
    same(await merged(a, ab), ab);
  });

  it('takes a record of an older release\'s package (format 1) with its lists whole, in either order', async () => {
    const ledger = smallLedgerWithAttachment(1);
    const activity = ledger.activities[1]!;
    const stamp = activity.updatedAt;
    activity.instructions = [newRow({ level: '县' as const, leader: '县长', date: '2024-06-03', text: '阅。' }, stamp, 'i-1'), newRow({ level: '市' as const, leader: '市长', date: '2024-06-04', text: '请落实。' }, stamp, 'i-2')];
    const current = await read(await packageText(ledger, { installationId: 'pc-a', createdAt: '2025-03-05T06:05:00.000Z' }));
    // The old release's PC corrected the first 批示 and took the second off, later.
    const later = '2025-03-05T07:00:00.000Z';
    const old = await read(await editPackage(await packageText(ledger, { installationId: 'pc-old', createdAt: '2025-03-05T07:05:00.000Z' }), (d) => {
      d.formatVersion = 1;
      const a = d.tables.activities!.find((r) => r.id === activity.id)!;
      a.updatedAt = later;
      a.instructions = [{ level: '县', leader: '县长', date: '2024-06-03', text: '阅，请抓紧。' }];
    }));
    for (const m of [await merged(current, old), await merged(old, current)]) {
      expect(liveRows(m.records.activities.find((r) => r.id === activity.id)!.instructions).map((i) => i.text)).toEqual(['阅，请抓紧。']);
    }
  });
});
