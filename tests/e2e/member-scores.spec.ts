// 履职档案 and 履职积分 on a ledger made in the UI and scored by hand: the 统计表 shows each member's
// points and downloads as .xlsx with its title; a member's page shows the same points and downloads
// the 履职档案 .docx; a rule changed in 设置 changes the points, and a bad value is refused at its field.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import type { LedgerApp } from './pages/ledger-app';
import { COMMITTEE } from './pages/ledger-app';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';
import { docxBodyText } from './pages/report-page';
import { DutyTablePage, MemberDutyCard, ScoreRulesSettings } from './pages/duty-scores';

/**
 * 丁一 (教育界) and 王二 (农业界). A two-day 全体会议 (4 half-days) that 丁一 attended and 王二 missed
 * on leave (请假), and a 调研 both attended. Default rules: 丁一 4 × 5 + 5 = 25, 王二 5.
 */
async function smallLedger(app: LedgerApp): Promise<void> {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '王二', sector: '农业界' });
  await members.addMember({ name: '丁一', sector: '教育界' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '政协第九届委员会第四次会议', type: '全体会议', start: '2025-01-08', end: '2025-01-09', place: '县会议中心' });
  await editor.addParticipants(['丁一', '王二']);
  await editor.setAttendance('王二', '请假');
  await editor.save();
  await expect(app.page.getByRole('heading', { name: '政协第九届委员会第四次会议' })).toBeVisible();
  await app.goTo('履职活动');
  await editor.startNew();
  await editor.fillBasics({ title: '关于农村饮水安全的调研', type: '调研', start: '2025-06-02', end: '2025-06-03', place: '龙岸镇' });
  await editor.addParticipants(['丁一', '王二']);
  await editor.save();
  await expect(app.page.getByRole('heading', { name: '关于农村饮水安全的调研' })).toBeVisible();
  await app.selectYear(2025);
}

test('the 统计表 shows and exports each member’s points; a member’s 履职档案 downloads as .docx', async ({ app, page }) => {
  await smallLedger(app);
  const table = new DutyTablePage(app);
  await table.open();
  // 教育界 comes before 农业界 in the 界别 dictionary.
  expect(await table.names()).toEqual(['丁一', '王二']);
  // The ledger holds no proposal or 社情民意 of the year: they read 未记录 and nobody is graded on them.
  expect(await table.cells('丁一')).toMatchObject({ 出席会议: '1', 请假: '0', 缺席: '0', 参加活动: '1', 领衔提案: '未记录', 积分: '25', 等次: '待评定' });
  expect(await table.cells('王二')).toMatchObject({ 出席会议: '0', 请假: '1', 参加活动: '1', 积分: '5' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出统计表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('县政协2025年度委员履职情况统计表.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())).buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe(`${COMMITTEE.name}2025年度委员履职情况统计表`);
  expect(sheet.getCell('B4').value).toBe('丁一');

  await page.getByRole('link', { name: '丁一' }).click();
  const card = new MemberDutyCard(app);
  await expect(card.total()).toHaveText('履职积分 25 分');
  await expect(card.line('出席全体会议')).toContainText('4个半天');
  // No proposal is recorded this year: its rules count 未记录 on the page as in the .docx, not 0件.
  await expect(card.line('提案立案（第一提案人）')).toContainText('未记录');
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出履职档案' }).click();
  const record = await docx;
  expect(record.suggestedFilename()).toBe('丁一同志2025年度履职档案.docx');
  const text = await docxBodyText(record);
  expect(text).toContain('丁一同志2025年度履职档案');
  expect(text).toContain('2025年度，出席会议1次，请假0次，缺席0次');
  expect(text).toContain('全年积分25分（满分100分），不含台账尚未登记的提案、社情民意信息，年度等次待登记后评定。');

  // The home screen draws the year's activities (echarts, loaded when the chart first shows).
  await app.goTo('首页');
  await expect(page.getByRole('img', { name: '2025年各月履职活动图' }).locator('canvas')).toBeVisible();
  await expect(page.getByRole('img', { name: '2025年各界别参加活动图' }).locator('canvas')).toBeVisible();
});

test('a rule changed in 设置 changes the points; a bad value is refused at its field', async ({ app, page }) => {
  await smallLedger(app);
  const rules = new ScoreRulesSettings(app);
  await rules.open();
  await rules.setNumber('出席全体会议上限', '-1');
  await rules.save();
  await expect(page.getByText('上限应大于0（不设上限请留空）')).toBeVisible();
  await rules.setNumber('出席全体会议上限', '');
  await rules.setNumber('出席全体会议分值', '10');
  await rules.save();
  await expect(page.getByText('已保存履职积分规则')).toBeVisible();

  // 丁一: 4 half-days × 10 + 调研 5.
  const table = new DutyTablePage(app);
  await table.open();
  expect(await table.cells('丁一')).toMatchObject({ 积分: '45' });
  await page.getByRole('link', { name: '丁一' }).click();
  await expect(new MemberDutyCard(app).total()).toHaveText('履职积分 45 分');

  // 恢复默认 brings back 5 a half-day.
  await rules.open();
  await page.getByRole('button', { name: '恢复默认' }).click();
  await page.getByRole('button', { name: '恢复默认' }).last().click();
  await expect(page.getByText('已恢复默认积分规则')).toBeVisible();
  await expect(page.getByLabel('出席全体会议分值', { exact: true })).toHaveValue('5');
});
