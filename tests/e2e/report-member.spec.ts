// 报告 → 委员履职档案: a member is picked by name and their year's duty record is previewed and
// exported; and switching the report kind while the template has unsaved edits asks first.
import { test, expect } from './fixtures';
import type { LedgerApp } from './pages/ledger-app';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';
import { ReportPage, docxBodyText } from './pages/report-page';

/** Two members, a 调研 in June 2025 that only 王二 attended; the year switched to 2025. */
async function ledgerWithOneResearch(app: LedgerApp): Promise<void> {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '丁一', sector: '教育界' });
  await members.addMember({ name: '王二', sector: '农业界' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '关于农村饮水安全的调研', type: '调研', start: '2025-06-02', end: '2025-06-03', place: '龙岸镇' });
  await editor.addParticipants(['王二']);
  await editor.save();
  await expect(app.page.getByRole('heading', { name: '关于农村饮水安全的调研' })).toBeVisible();
  await app.selectYear(2025);
}

async function chooseKind(app: LedgerApp, label: string): Promise<void> {
  await app.page.getByLabel('报告类型').click();
  await app.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(label, { exact: true }).click();
}

test('a member’s 履职档案 is built for the member picked by name, previewed and exported', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  const report = new ReportPage(app);
  await chooseKind(app, '委员履职档案');
  await expect(page.getByText('请在上方选择委员，生成其本年度履职档案')).toBeVisible();
  await expect(report.exportButton()).toBeDisabled();

  // Typing part of the name narrows the list; the 界别 tells namesakes apart.
  const picker = page.getByLabel('委员', { exact: true });
  await picker.click();
  await picker.pressSequentially('王');
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(dropdown.locator('.ant-select-item-option')).toHaveCount(1);
  await dropdown.getByTitle('王二（农业界）').click();

  await expect(report.preview()).toContainText('王二同志2025年度履职档案');
  await expect(report.preview()).toContainText('王二，农业界');
  await expect(report.preview()).toContainText('参加视察、调研、协商、监督等履职活动1次');
  await expect(report.preview()).not.toContainText('未知数字');
  await expect(report.exportButton()).toBeEnabled();
  const downloading = page.waitForEvent('download');
  await report.exportButton().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('王二同志2025年度履职档案.docx');
  const text = await docxBodyText(download);
  expect(text).toContain('参加视察、调研、协商、监督等履职活动1次');
  expect(text).toContain('2025年度履职积分明细');

  // Another member's record counts that member's own year: 丁一 took part in nothing.
  await picker.click();
  await picker.pressSequentially('丁');
  await dropdown.getByTitle('丁一（教育界）').click();
  await expect(report.preview()).toContainText('丁一同志2025年度履职档案');
  await expect(report.preview()).toContainText('台账中没有该同志参加会议和履职活动的记录');
  await expect(report.preview()).not.toContainText('履职活动0次');
});

test('switching the report kind with unsaved template edits asks before discarding them', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  const report = new ReportPage(app);
  await report.openTab('编辑模板');
  const paragraph = page.getByLabel('第1节第1段第1句', { exact: true });
  await paragraph.fill('尚未保存的修改。');

  await chooseKind(app, '常委会工作报告');
  const confirm = page.getByRole('dialog').filter({ hasText: '放弃未保存的模板修改？' });
  await expect(confirm).toContainText('“民主监督工作情况汇报”的模板有修改尚未保存');
  await confirm.getByRole('button', { name: '继续编辑' }).click();
  await expect(confirm).toBeHidden();
  const kindSelect = page.locator('.ant-select', { has: page.getByLabel('报告类型') });
  await expect(kindSelect).toContainText('民主监督工作情况汇报');
  await expect(paragraph).toHaveValue('尚未保存的修改。');

  await chooseKind(app, '常委会工作报告');
  await confirm.getByRole('button', { name: '放弃修改并切换' }).click();
  await expect(kindSelect).toContainText('常委会工作报告');
  // Back on the first kind, its saved (default) text is there, and no question is asked once saved.
  await chooseKind(app, '民主监督工作情况汇报');
  await expect(confirm).toBeHidden();
  await expect(paragraph).not.toHaveValue('尚未保存的修改。');
});
