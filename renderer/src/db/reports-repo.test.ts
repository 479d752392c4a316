// The office's report templates and layout: saved beside the committee settings, validated on
// the way in and on the way back, carried by a backup and checked again on restore.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { LATEST_SCHEMA_VERSION } from './schema-versions';
import { serializeBackup } from '../domain/backup/backup-format';
import { parseBackup } from '../domain/backup/backup-parse';
import { TEST_BACKUP_META } from '../domain/backup/backup-fixtures';
import { resetTemplate, updateSection, type ReportTemplate } from '../domain/report/report-template';
import { templateInForce } from '../domain/settings/report-settings';
import { paragraphsOf } from '../domain/report/templates/authoring';

const meta = { ...TEST_BACKUP_META, schemaVersion: LATEST_SCHEMA_VERSION };

function editedSupervision(text = '本年度共开展视察{{activities.type.inspection}}次，成效明显。'): ReportTemplate {
  const t = resetTemplate('supervision');
  return updateSection(t, t.sections[0]!.id, { heading: '改过的标题', paragraphs: paragraphsOf('e', [text]) });
}

async function stored(repos: LedgerRepositories) {
  return (await repos.settings.getSettings())!;
}

describe('report templates in the settings record', () => {
  it('saves a template and reads it back; kinds never saved stay at the default', async () => {
    const repos = await openTestLedger();
    const template = editedSupervision();
    const saved = await repos.reports.saveReportTemplate(template);
    expect(saved.ok).toBe(true);
    const loaded = await repos.reports.loadReportSettings();
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings.templates.supervision).toEqual(template);
    expect(loaded.settings.templates.standing).toBeUndefined();
    expect(templateInForce(loaded.settings, 'standing')).toEqual(resetTemplate('standing'));
    // The committee's own settings are untouched by it.
    expect((await stored(repos)).committee.name).toBe('罗城仫佬族自治县政协');
  });

  it('refuses a bad template with a Chinese message and leaves the record as it was', async () => {
    const repos = await openTestLedger();
    const before = await stored(repos);
    const bad = { ...editedSupervision(), title: '' };
    const result = await repos.reports.saveReportTemplate(bad);
    expect(result).toEqual({ ok: false, errors: { title: '请填写报告标题' } });
    expect(await stored(repos)).toEqual(before);
  });

  it('removes control characters from pasted text before saving', async () => {
    const repos = await openTestLedger();
    const result = await repos.reports.saveReportTemplate(editedSupervision('共\u000B开展\u0000视察{{activities.type.inspection}}。'));
    expect(result.ok).toBe(true);
    const loaded = await repos.reports.loadReportSettings();
    expect(loaded.settings.templates.supervision!.sections[0]!.paragraphs[0]!.clauses[0]!.text).toBe('共开展视察{{activities.type.inspection}}。');
  });

  it('resets a kind to the default by forgetting the saved one', async () => {
    const repos = await openTestLedger();
    await repos.reports.saveReportTemplate(editedSupervision());
    await repos.reports.saveReportTemplate({ ...resetTemplate('standing'), title: '常委会工作报告（修改）' });
    await repos.reports.resetReportTemplate('supervision');
    const loaded = await repos.reports.loadReportSettings();
    expect(loaded.settings.templates.supervision).toBeUndefined();
    expect(loaded.settings.templates.standing?.title).toBe('常委会工作报告（修改）');
  });

  it('keeps the templates when the committee settings are saved again', async () => {
    const repos = await openTestLedger();
    await repos.reports.saveReportTemplate(editedSupervision());
    const committee = (await stored(repos)).committee;
    expect((await repos.settings.saveCommitteeSettings({ ...committee, operator: '张三' })).ok).toBe(true);
    expect((await repos.reports.loadReportSettings()).settings.templates.supervision).toEqual(editedSupervision());
  });

  it('saves the layout and refuses a font name that cannot go into a document', async () => {
    const repos = await openTestLedger();
    const layout = { pageNumbers: 'center', fonts: { title: '宋体', body: '仿宋', heading1: '黑体', heading2: '楷体' } };
    expect((await repos.reports.saveReportLayout(layout)).ok).toBe(true);
    expect((await repos.reports.loadReportSettings()).settings.layout).toEqual(layout);
    const bad = await repos.reports.saveReportLayout({ ...layout, fonts: { ...layout.fonts, body: '仿宋"/>' } });
    expect(bad).toEqual({ ok: false, errors: { 'fonts.body': '正文字体不能含有 < > " & 等符号' } });
    expect((await repos.reports.loadReportSettings()).settings.layout).toEqual(layout);
  });

  it('sets aside a stored template that no longer validates, and says so', async () => {
    const repos = await openTestLedger();
    const record = await stored(repos);
    const broken = { ...editedSupervision(), sections: [] };
    await repos.settings.putSettings({ ...record, reports: { templates: { supervision: broken } } });
    const loaded = await repos.reports.loadReportSettings();
    expect(loaded.settings.templates.supervision).toBeUndefined();
    expect(loaded.problems).toEqual(['已保存的“民主监督工作情况汇报”模板有误（报告至少要有一个章节），暂用默认模板']);
  });

  it('refuses to save before the committee is set up', async () => {
    const repos = await openTestLedger({ setUp: false });
    expect(await repos.reports.saveReportTemplate(editedSupervision())).toEqual({ ok: false, errors: { _: '请先完成政协基本信息设置' } });
    expect(await repos.db.settings.count()).toBe(0);
  });
});

describe('report settings in a backup', () => {
  it('a backup carries the templates and layout, and a restore brings them back', async () => {
    const source = await openTestLedger();
    await source.reports.saveReportTemplate(editedSupervision());
    const layout = { pageNumbers: 'center', fonts: { title: '宋体', body: '仿宋', heading1: '黑体', heading2: '楷体' } };
    await source.reports.saveReportLayout(layout);
    const text = await serializeBackup(await source.backup.readWholeLedger(), meta);

    const target = await openTestLedger();
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    await target.backup.replaceWholeLedger(parsed.ledger);
    const loaded = await target.reports.loadReportSettings();
    expect(loaded.settings.templates.supervision).toEqual(editedSupervision());
    expect(loaded.settings.layout).toEqual(layout);
  });

  it('a backup whose template is broken is refused with a message naming it', async () => {
    const source = await openTestLedger();
    const record = await stored(source);
    await source.settings.putSettings({ ...record, reports: { templates: { supervision: { ...editedSupervision(), title: '' } } } });
    const text = await serializeBackup(await source.backup.readWholeLedger(), meta);
    const parsed = await parseBackup(text);
    expect(parsed).toEqual({ ok: false, message: '备份文件内容有误：第1条设置记录的“报告模板与版式设置”的“报告模板”的“民主监督工作情况汇报”的“标题”不正确（请填写报告标题）' });
  });

  it('a backup made before report settings existed restores with the defaults', async () => {
    const source = await openTestLedger();
    const text = await serializeBackup(await source.backup.readWholeLedger(), meta);
    const parsed = await parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.ledger.settings?.reports).toBeUndefined();
  });
});
