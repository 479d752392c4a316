// The command line, called as `npm run ledger` calls it but with files in memory: exit codes,
// what it prints, and the .docx it writes.
import type { ReportTemplate } from '../../renderer/src/domain/report/report-template';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { serializeBackup } from '../../renderer/src/domain/backup/backup-format';
import { FIGURE_CATALOGUE } from '../../renderer/src/domain/report/figure-catalogue';
import { HAND_FIGURES, reportFixtureLedger } from '../../renderer/src/domain/report/report-fixtures';
import { runLedgerCli, SUBCOMMANDS } from './cli';
import type { CliIo } from './cli-io';
import type { FigureLine } from './figures-command';

const META = { createdAt: '2025-12-01T08:00:00.000Z', appVersion: '0.1.0', schemaVersion: 2 };

function memoryIo(files: Record<string, string>, today?: string) {
  const written = new Map<string, Uint8Array>();
  let out = '';
  let err = '';
  const io: CliIo = {
    readText: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(Object.assign(new Error('no such file'), { code: 'ENOENT' }))),
    writeBytes: (path, bytes) => {
      written.set(path, bytes);
      return Promise.resolve();
    },
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    ...(today ? { today: () => today } : {}),
  };
  return { io, written, output: () => out, errors: () => err };
}

async function withBackup(today?: string) {
  return memoryIo({ 'backup.json': await serializeBackup(reportFixtureLedger(), META), 'broken.json': '{"format": "cppcc-ledger-backup", "tables": ' }, today);
}

const documentText = async (bytes: Uint8Array) => (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');

describe('npm run ledger', () => {
  it('lists its subcommands as a table and says how to call them', async () => {
    expect(SUBCOMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['figures', 'report']));
    const m = memoryIo({});
    expect(await runLedgerCli([], m.io)).toBe(1);
    expect(m.output()).toContain('用法：npm run ledger -- <命令>');
    const unknown = memoryIo({});
    expect(await runLedgerCli(['sync'], unknown.io)).toBe(1);
    expect(unknown.errors()).toContain('错误：没有“sync”这个命令');
  });

  it('prints every figure as JSON: the hand-counted values for 2025 up to 2025-11-30', async () => {
    const m = await withBackup();
    expect(await runLedgerCli(['figures', 'backup.json', '--year', '2025', '--until', '2025-11-30'], m.io)).toBe(0);
    const lines = JSON.parse(m.output()) as FigureLine[];
    expect(lines.map((l) => l.key)).toEqual(FIGURE_CATALOGUE.map((f) => f.key));
    for (const l of lines) expect(l.value, l.key).toBe(HAND_FIGURES[l.key] ?? 0);
    expect(lines.find((l) => l.key === 'proposals.registrationRate')).toEqual({ key: 'proposals.registrationRate', label: '立案率', value: 57.1, unit: '%' });
    expect(m.errors()).toBe('');
  });

  it('counts the whole year when --until is left out and the year is over', async () => {
    const m = await withBackup('2026-01-05');
    expect(await runLedgerCli(['figures', 'backup.json', '--year=2025'], m.io)).toBe(0);
    expect((JSON.parse(m.output()) as FigureLine[]).find((l) => l.key === 'proposals.received')!.value).toBe(8);
  });

  it('without --until counts a running year up to today, as the 报告 screen does, and dates the report today', async () => {
    const defaulted = await withBackup('2025-11-30');
    expect(await runLedgerCli(['figures', 'backup.json', '--year=2025'], defaulted.io)).toBe(0);
    const chosen = await withBackup('2025-11-30');
    expect(await runLedgerCli(['figures', 'backup.json', '--year=2025', '--until=2025-11-30'], chosen.io)).toBe(0);
    expect(defaulted.output()).toBe(chosen.output());
    expect((JSON.parse(defaulted.output()) as FigureLine[]).find((l) => l.key === 'proposals.received')!.value).toBe(7);

    const m = await withBackup('2025-11-30');
    expect(await runLedgerCli(['report', 'backup.json', '--year', '2025', '--kind', 'supervision', '--out', 'r.docx'], m.io)).toBe(0);
    const text = await documentText(m.written.get('r.docx')!);
    expect(text).toContain('截至11月底，已办复2件');
    expect(text).toContain('罗城仫佬族自治县政协2025年11月30日');
    expect(text).not.toContain('12月31日');
  });

  it('writes the supervision report as a .docx with the figures in its text, dated the day it is made', async () => {
    // Last year's report, made in January: dated that day (as the 报告 screen defaults), not 12月31日 or the 截至 date.
    const m = await withBackup('2026-01-15');
    const code = await runLedgerCli(['report', 'backup.json', '--year', '2025', '--until', '2025-11-30', '--kind', 'supervision', '--out', 'report.docx'], m.io);
    expect(code).toBe(0);
    expect(m.output()).toBe('已生成民主监督工作情况汇报：report.docx\n已生成民主监督工作情况汇报核对稿：report（核对稿）.docx\n');
    // Zero figures are pointed out, not hidden.
    expect(m.errors()).toContain('未写入：抓好规范建设，强化常规监督：本年未登记委员培训');
    const zip = await JSZip.loadAsync(m.written.get('report.docx')!);
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('共收到提案7件，经提案委员会审查，立案4件，立案率57.1%。截至11月底，已办复2件，办复率50%。');
    expect(text).toContain('罗城仫佬族自治县政协2026年1月15日');
  });

  it('names the file after the report when --out is left out, and writes a session\'s proposal report', async () => {
    const m = await withBackup();
    expect(await runLedgerCli(['report', 'backup.json', '--year', '2025', '--kind', 'proposals', '--session', '9-2', '--until', '2025-11-30', '--date', '2025-12-01'], m.io)).toBe(0);
    const [name] = [...m.written.keys()];
    expect(name).toBe('罗城仫佬族自治县政协常务委员会关于九届二次会议以来提案工作情况的报告（2025年）.docx');
    const text = (await (await JSZip.loadAsync(m.written.get(name!)!)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('九届二次会议以来，共收到提案7件');
    expect(text).toContain('2025年12月1日');
  });

  it('writes a member\'s 履职档案 through the member duty record, up to the date', async () => {
    const m = await withBackup('2025-11-20');
    expect(await runLedgerCli(['report', 'backup.json', '--year', '2025', '--until', '2025-11-30', '--kind', 'member', '--member', '王　明', '--out', 'm.docx'], m.io)).toBe(0);
    expect(m.output()).toBe('已生成委员履职档案：m.docx\n');
    const text = (await (await JSZip.loadAsync(m.written.get('m.docx')!)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('王明');
    // a1 and a2 are meetings he attended; a3 and a8 other activities (a5 is after the date, a6 deleted).
    expect(text).toContain('出席会议2次，请假0次，缺席0次；参加视察、调研、协商、监督等其他履职活动2次。');
    // Made before its 截至 date: dated on it, never earlier.
    expect(text).toContain('县政协2025年11月30日');
  });

  it('says in Chinese what is wrong and exits 1', async () => {
    const cases: [string[], string][] = [
      [['figures', 'missing.json', '--year', '2025'], '找不到备份文件：missing.json'],
      [['figures', 'broken.json', '--year', '2025'], 'broken.json：文件不完整或不是本程序的备份文件'],
      [['figures', 'backup.json'], '请用 --year 指定年度'],
      [['figures', 'backup.json', '--year', '25'], '年度“25”不正确'],
      [['figures', 'backup.json', '--year', '2025', '--until', '2024-11-30'], '截至日期 2024-11-30 不在 2025 年内'],
      [['figures', 'backup.json', '--year', '2025', '--until', '2025-02-30'], '截至日期“2025-02-30”不正确'],
      [['figures', 'backup.json', '--year', '2025', '--kind', 'x'], '不认识的选项 --kind'],
      [['report', 'backup.json', '--year', '2025', '--kind', 'supervision', '--until', '2025-11-30', '--date', '2025-11-29'], '成文日期不能早于截至日期：成文日期 2025-11-29 早于截至日期 2025-11-30，请改 --date 或 --until'],
      [['figures', 'backup.json', '--year'], '选项 --year 缺少取值'],
      [['figures'], '请指定备份文件'],
      [['report', '--year', '2025', '--kind', 'standing'], '请指定备份文件'],
      [['report', 'backup.json', '--year', '2025'], '请用 --kind 指定报告类型'],
      [['report', 'backup.json', '--year', '2025', '--kind', 'annual'], '报告类型“annual”不正确'],
      [['report', 'backup.json', '--year', '2025', '--kind', 'supervision', '--session', '9-2'], '--session 只用于 --kind proposals'],
      [['report', 'backup.json', '--year', '2025', '--kind', 'proposals', '--session', '九届二次'], '格式为 届-次'],
      [['report', 'backup.json', '--year', '2025', '--kind', 'member'], '请用 --member 指定委员姓名'],
      [['report', 'backup.json', '--year', '2025', '--kind', 'member', '--member', '李四'], '委员名单中没有“李四”'],
      [['report', 'backup.json', '--year', '2025', '--kind', 'supervision', '--member', '王明'], '--member 只用于 --kind member'],
    ];
    for (const [args, message] of cases) {
      const m = await withBackup();
      expect(await runLedgerCli(args, m.io), args.join(' ')).toBe(1);
      expect(m.errors(), args.join(' ')).toContain(message);
      expect(m.written.size).toBe(0);
    }
  });

  it('refuses to export a saved template with an unknown figure', async () => {
    const ledger = reportFixtureLedger();
    ledger.settings!.reports = {
      templates: { standing: // As the earlier release saved it: paragraphs as plain strings, migrated when read.
      { kind: 'standing', title: '工作报告', occasion: '', speaker: '', useSpeechHeader: false, sections: [{ id: 'a', level: 1, heading: '概况', hidden: false, paragraphs: ['开展活动{{activities.totl}}次'] }] } as unknown as ReportTemplate },
    };
    const m = memoryIo({ 'b.json': await serializeBackup(ledger, META) });
    expect(await runLedgerCli(['report', 'b.json', '--year', '2025', '--kind', 'standing', '--out', 'r.docx'], m.io)).toBe(1);
    expect(m.errors()).toContain('不能导出常委会工作报告：“activities.totl”不是已有的统计数字');
    expect(m.written.size).toBe(0);
  });
});
