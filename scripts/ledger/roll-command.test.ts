// `npm run ledger -- roll`: the members in office of a backup as the 导出名册 .xlsx, in stroke order.
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../renderer/src/domain/backup/backup-format';
import { reportFixtureLedger } from '../../renderer/src/domain/report/report-fixtures';
import { readRollGrid } from '../../renderer/src/export/xlsx/read-roll';
import { runLedgerCli } from './cli';
import type { CliIo } from './cli-io';

const META = { createdAt: '2025-12-01T08:00:00.000Z', appVersion: '0.1.0', schemaVersion: 2 };

async function run(argv: string[]) {
  const files: Record<string, string> = { 'backup.json': await serializeBackup(reportFixtureLedger(), META) };
  const written = new Map<string, Uint8Array>();
  let err = '';
  const io: CliIo = {
    readText: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(Object.assign(new Error('no such file'), { code: 'ENOENT' }))),
    writeBytes: (path, bytes) => {
      written.set(path, bytes);
      return Promise.resolve();
    },
    out: () => undefined,
    err: (t) => void (err += t),
  };
  const code = await runLedgerCli(argv, io);
  return { code, written, err };
}

describe('npm run ledger -- roll', () => {
  it('writes the members in office, in surname-stroke order, under the committee’s title', async () => {
    const { code, written, err } = await run(['roll', 'backup.json', '--out', '名册.xlsx']);
    expect(code).toBe(0);
    const read = await readRollGrid(written.get('名册.xlsx')!);
    if (!read.ok) throw new Error(read.message);
    expect(read.grid[0]![0]).toBe('罗城仫佬族自治县政协委员名册');
    const nameColumn = read.grid.findIndex((row) => row.includes('姓名'));
    const header = read.grid[nameColumn]!;
    const names = read.grid.slice(nameColumn + 1).map((row) => row[header.indexOf('姓名')]);
    // The fixture's six: 张强 调离, 刘丽 辞去, 赵删 deleted. 王 (4 strokes), then 李 and 陈 (7): 李 starts 横, 陈 折.
    expect(names).toEqual(['王明', '李芳', '陈刚']);
    expect(err).toContain('已写出 名册.xlsx：3 位在任委员');
  });

  it('refuses a missing backup in Chinese and writes nothing', async () => {
    const { code, written, err } = await run(['roll', 'missing.json']);
    expect(code).toBe(1);
    expect(written.size).toBe(0);
    expect(err).toContain('找不到备份文件：missing.json');
  });
});
