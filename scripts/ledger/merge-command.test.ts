// `ledger merge A B --out C` and `ledger check` on packages, through runLedgerCli with files in memory.
import { describe, expect, it } from 'vitest';
import { runLedgerCli } from './cli';
import type { CliIo } from './cli-io';
import { smallLedgerWithAttachment } from '../../renderer/src/domain/backup/backup-fixtures';
import { badPackageCases, packageText } from '../../renderer/src/domain/exchange/exchange-fixtures';
import { parseExchangePackage } from '../../renderer/src/domain/exchange/exchange-parse';
import { emptyRecords, RECORD_TABLES, rowsOf } from '../../renderer/src/domain/exchange/exchange-tables';
import { canonicalJson } from '../../renderer/src/domain/exchange/canonical-json';
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    readText: (path) => (Object.hasOwn(files, path) ? Promise.resolve(files[path]!) : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }))),
    writeBytes: (path, bytes) => {
      written.set(path, new TextDecoder().decode(bytes));
      return Promise.resolve();
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { io, written, out: () => out.join(''), err: () => err.join('') };
}

const base = (): Ledger => ({ ...emptyRecords(), ...smallLedgerWithAttachment() });
const later = '2025-02-01T00:00:00.000Z';
const latest = '2025-02-02T00:00:00.000Z';

/** PC A renamed member 0 and edited member 1 later than B; PC B edited member 1 too and deleted activity 0. */
async function twoPackages() {
  const a = base();
  const b = base();
  Object.assign(a.members[0]!, { note: '甲改', updatedAt: later });
  Object.assign(a.members[1]!, { note: '甲后改', updatedAt: latest });
  Object.assign(b.members[1]!, { note: '乙先改', updatedAt: later });
  Object.assign(b.activities[0]!, { deletedAt: later, updatedAt: later });
  const meta = { since: '2025-01-01T00:00:00.000Z', createdAt: '2025-03-01T00:00:00.000Z' };
  return {
    'a.cppcc-exchange': await packageText(a, { ...meta, installationId: 'pc-a' }),
    'b.cppcc-exchange': await packageText(b, { ...meta, installationId: 'pc-b' }),
  };
}

async function mergedOf(files: Record<string, string>, first: string, second: string) {
  const run = memoryIo(files);
  expect(await runLedgerCli(['merge', first, second, '--out', 'c.cppcc-exchange'], run.io), run.err()).toBe(0);
  const parsed = await parseExchangePackage(run.written.get('c.cppcc-exchange')!);
  if (!parsed.ok) throw new Error(parsed.message);
  return { run, pkg: parsed.pkg };
}

describe('ledger merge', () => {
  it('writes one package with the later edit of every record, whatever the order of A and B', async () => {
    const files = await twoPackages();
    const { run, pkg } = await mergedOf(files, 'a.cppcc-exchange', 'b.cppcc-exchange');
    expect(run.out()).toContain('已合并：c.cppcc-exchange');
    expect(run.out()).toMatch(/委员 2 条，活动 1 条/);
    const byId = new Map(pkg.records.members.map((m) => [m.id, m.note]));
    const b = base();
    expect(byId.get(b.members[0]!.id)).toBe('甲改');
    expect(byId.get(b.members[1]!.id)).toBe('甲后改');
    expect(pkg.records.activities[0]!.deletedAt).toBe(later);
    expect(pkg.header.since).toBe('2025-01-01T00:00:00.000Z');
    const reversed = await mergedOf(files, 'b.cppcc-exchange', 'a.cppcc-exchange');
    expect(reversed.run.written.get('c.cppcc-exchange')).toBe(run.written.get('c.cppcc-exchange'));
  });

  it('merging a package with itself gives its own records back', async () => {
    const files = await twoPackages();
    const { pkg } = await mergedOf(files, 'a.cppcc-exchange', 'a.cppcc-exchange');
    const original = await parseExchangePackage(files['a.cppcc-exchange']);
    if (!original.ok) throw new Error(original.message);
    for (const t of RECORD_TABLES) expect(canonicalJson(rowsOf(pkg.records, t)), t).toBe(canonicalJson([...rowsOf(original.pkg.records, t)].sort((x, y) => (x.id < y.id ? -1 : 1))));
  });

  it('refuses a broken package, naming it, and writes nothing', async () => {
    const files = await twoPackages();
    const bad = (await badPackageCases(await packageText(base())))[0]!;
    const run = memoryIo({ ...files, 'bad.cppcc-exchange': bad.text });
    expect(await runLedgerCli(['merge', 'b.cppcc-exchange', 'bad.cppcc-exchange', '--out', 'c.cppcc-exchange'], run.io)).toBe(1);
    expect(run.err()).toContain('bad.cppcc-exchange 不能合并：');
    expect(run.err()).toContain(bad.expected);
    expect(run.written.size).toBe(0);
  });

  it('explains missing arguments and missing files', async () => {
    const none = memoryIo({});
    expect(await runLedgerCli(['merge', 'a.cppcc-exchange'], none.io)).toBe(1);
    expect(none.err()).toContain('请指定两个交换包和输出文件');
    const missing = memoryIo({});
    expect(await runLedgerCli(['merge', 'x.cppcc-exchange', 'y.cppcc-exchange', '--out', 'c.cppcc-exchange'], missing.io)).toBe(1);
    expect(missing.err()).toContain('找不到文件：x.cppcc-exchange');
  });
});

describe('ledger check on an exchange package', () => {
  it('says it is a package, from whom, since when and what it holds', async () => {
    const files = await twoPackages();
    const run = memoryIo(files);
    expect(await runLedgerCli(['check', 'b.cppcc-exchange'], run.io)).toBe(0);
    expect(run.out()).toMatch(/^有效：b\.cppcc-exchange 是完好的履职台账交换包/);
    expect(run.out()).toContain('电脑编号 pc-b');
    expect(run.out()).toContain('以来修改的记录');
    expect(run.out()).toContain('活动 1 条（其中已删除 1 条）');
  });

  it('says what is wrong with every broken package of the corpus, and exits 1', async () => {
    for (const bad of await badPackageCases(await packageText(base()))) {
      const run = memoryIo({ 'bad.cppcc-exchange': bad.text });
      // check accepts either kind of file: a good backup is valid, and said to be a backup.
      if (bad.name === 'a backup given as a package') {
        expect(await runLedgerCli(['check', 'bad.cppcc-exchange'], run.io)).toBe(0);
        expect(run.out()).toContain('是完好的履职台账备份');
        continue;
      }
      expect(await runLedgerCli(['check', 'bad.cppcc-exchange'], run.io), bad.name).toBe(1);
      expect(run.err(), bad.name).toContain('无效：bad.cppcc-exchange');
      const expected = bad.name === 'JSON of another program' ? '这不是“政协履职台账”的备份文件或交换包' : bad.expected;
      expect(run.err(), bad.name).toContain(expected);
      expect(run.out()).toBe('');
    }
  });
});
