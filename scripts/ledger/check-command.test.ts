import { describe, expect, it } from 'vitest';
import { runLedgerCli } from './cli';
import type { CliIo } from './cli-io';
import { badBackupCases, smallBackupText } from '../../renderer/src/domain/backup/backup-fixtures';

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }))),
    writeBytes: () => Promise.reject(new Error('check writes nothing')),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('ledger check', () => {
  it('says a good backup is valid, with what it holds, and exits 0', async () => {
    const good = await smallBackupText();
    const run = memoryIo({ 'a.cppcc-backup': good });
    expect(await runLedgerCli(['check', 'a.cppcc-backup'], run.io)).toBe(0);
    expect(run.out()).toMatch(/^有效：a\.cppcc-backup 是完好的履职台账备份/);
    expect(run.out()).toMatch(/委员 \d+ 人，活动 \d+ 项/);
    expect(run.err()).toBe('');
  });

  it('says in Chinese what is wrong with every broken file of the corpus, and exits 1', async () => {
    const good = await smallBackupText();
    const cases = await badBackupCases(good);
    expect(cases.length).toBeGreaterThan(5);
    for (const bad of cases) {
      const run = memoryIo({ 'bad.cppcc-backup': bad.text });
      expect(await runLedgerCli(['check', 'bad.cppcc-backup'], run.io), bad.name).toBe(1);
      expect(run.err(), bad.name).toContain('无效：bad.cppcc-backup');
      expect(run.err(), bad.name).toContain(bad.expected);
      expect(run.out()).toBe('');
    }
  });

  it('explains a missing file or a missing argument', async () => {
    const run = memoryIo({});
    expect(await runLedgerCli(['check', '没有这个文件.cppcc-backup'], run.io)).toBe(1);
    expect(run.err()).toContain('找不到文件：没有这个文件.cppcc-backup');
    const none = memoryIo({});
    expect(await runLedgerCli(['check'], none.io)).toBe(1);
    expect(none.err()).toContain('请指定要检查的文件');
  });
});
