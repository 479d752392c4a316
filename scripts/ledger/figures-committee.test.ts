// `npm run ledger -- figures BACKUP --year 2025 --committee 某县政协`: a city ledger's figures for
// one of its counties, called as npm calls it but with the backup in memory.
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../renderer/src/domain/backup/backup-format';
import { FIGURE_CATALOGUE } from '../../renderer/src/domain/report/figure-catalogue';
import { HAND_FIGURES } from '../../renderer/src/domain/report/report-fixtures';
import { CITY_COMMITTEE, cityLedger, COUNTY_A, COUNTY_B, COUNTY_B_FIGURES } from '../../renderer/src/domain/exchange/city-fixtures';
import { runLedgerCli } from './cli';
import type { CliIo } from './cli-io';
import type { FigureLine } from './figures-command';

const META = { createdAt: '2025-12-01T08:00:00.000Z', appVersion: '0.1.0', schemaVersion: 2 };

async function cityBackup() {
  const files: Record<string, string> = { 'city.json': await serializeBackup(cityLedger(), META) };
  let out = '';
  let err = '';
  const io: CliIo = {
    readText: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(Object.assign(new Error('no such file'), { code: 'ENOENT' }))),
    writeBytes: () => Promise.reject(new Error('figures writes no file')),
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  };
  return { io, output: () => out, errors: () => err };
}

const valueOf = (lines: FigureLine[], key: string) => lines.find((l) => l.key === key)!.value;

describe('npm run ledger -- figures --committee', () => {
  it('prints one county’s figures: county A’s are the report fixture’s hand-worked ones', async () => {
    const m = await cityBackup();
    expect(await runLedgerCli(['figures', 'city.json', '--year', '2025', '--until', '2025-11-30', '--committee', COUNTY_A], m.io)).toBe(0);
    const lines = JSON.parse(m.output()) as FigureLine[];
    expect(lines.map((l) => l.key)).toEqual(FIGURE_CATALOGUE.map((f) => f.key));
    for (const l of lines) expect(l.value, l.key).toBe(HAND_FIGURES[l.key] ?? 0);
    expect(m.errors()).toBe('');
  });

  it('prints county B’s, the city’s own, and without --committee all of them together', async () => {
    const b = await cityBackup();
    expect(await runLedgerCli(['figures', 'city.json', '--year=2025', '--until=2025-11-30', `--committee=${COUNTY_B}`], b.io)).toBe(0);
    const bLines = JSON.parse(b.output()) as FigureLine[];
    for (const [key, value] of Object.entries(COUNTY_B_FIGURES)) expect(valueOf(bLines, key), key).toBe(value);
    const own = await cityBackup();
    expect(await runLedgerCli(['figures', 'city.json', '--year', '2025', '--until', '2025-11-30', '--committee', CITY_COMMITTEE], own.io)).toBe(0);
    expect(valueOf(JSON.parse(own.output()) as FigureLine[], 'activities.total')).toBe(1);
    const all = await cityBackup();
    expect(await runLedgerCli(['figures', 'city.json', '--year', '2025', '--until', '2025-11-30'], all.io)).toBe(0);
    expect(valueOf(JSON.parse(all.output()) as FigureLine[], 'activities.total')).toBe(5 + 2 + 1);
  });

  it('refuses a committee with no records in the backup, naming those it has', async () => {
    const m = await cityBackup();
    expect(await runLedgerCli(['figures', 'city.json', '--year', '2025', '--committee', '某县政协'], m.io)).toBe(1);
    expect(m.errors()).toBe(`错误：备份中没有“某县政协”的记录（有记录的政协：${CITY_COMMITTEE}、${COUNTY_B}、${COUNTY_A}）\n`);
    expect(m.output()).toBe('');
    const blank = await cityBackup();
    expect(await runLedgerCli(['figures', 'city.json', '--year', '2025', '--committee', '  '], blank.io)).toBe(1);
    expect(blank.errors()).toContain('选项 --committee 缺少政协名称');
  });
});
