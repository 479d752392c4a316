// 一键成文: from the home screen one click shows what was left out and then downloads the year's
// report as .docx — the 印发稿 and the 核对稿 — with the figures counted from the ledger; on 报告, a
// figure opens the records behind it, the review copy shows what was left out, an edited clause
// shows in the preview, and a placeholder naming no figure is refused at save, naming the clause.
import type { Download } from '@playwright/test';
import { test, expect } from './fixtures';
import { COMMITTEE } from './pages/ledger-app';
import { ReportPage, docxBodyText } from './pages/report-page';
import { ledgerWithOneResearch } from './pages/one-research-ledger';

test('one click on the home screen downloads the year report with the ledger’s figures', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('首页');
  await page.getByRole('button', { name: '生成年度报告' }).click();
  // Before saving: what the ledger did not hold, as the 报告 screen lists it.
  const summary = page.getByRole('dialog').getByLabel('报告核对摘要');
  await expect(summary).toContainText('因台账中没有数据未写入');
  await expect(summary.getByLabel('未写入的内容')).toContainText('本年未登记民主评议');
  await expect(page.getByRole('button', { name: '到“报告”页查看' })).toBeVisible();
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: '保存印发稿和核对稿' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.map((d) => d.suggestedFilename())).toEqual([
    `${COMMITTEE.name}关于2025年民主监督工作情况的汇报.docx`,
    `${COMMITTEE.name}关于2025年民主监督工作情况的汇报（核对稿）.docx`,
  ]);
  const text = await docxBodyText(downloads[0]!);
  // 2025 is over, so the report counts to its last day; one 调研 attended by both members.
  expect(text).toContain('截至2025年12月31日');
  expect(text).toContain('共组织开展各类履职活动1次，委员参加活动2人次');
  expect(text).toContain('调研1次');
  expect(text).not.toMatch(/[^\d.]0(次|名|个|年|%)/);
  expect(text).not.toContain('【未写入');
  expect(await docxBodyText(downloads[1]!)).toContain('【未写入：本年未登记民主评议】');
});

test('a figure in the preview opens the records it counts, each linked to its page', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  const report = new ReportPage(app);
  await expect(report.preview()).toContainText('罗城仫佬族自治县政协关于2025年民主监督工作情况的汇报');
  // No 视察 this year: the sentence is left out of the 印发稿 and noted in the 核对稿.
  await expect(report.preview()).not.toContainText('视察0次');
  await page.getByText('核对稿（标出数字和未写入的内容）').click();
  await expect(report.preview().locator('mark[data-omitted-note]').first()).toBeVisible();
  await page.getByText('印发稿', { exact: true }).click();
  await report.preview().getByRole('button', { name: /^调研\S* 1次，查看记录$/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('这个数字由下面1条记录计得');
  await drawer.getByRole('link', { name: /关于农村饮水安全的调研/ }).click();
  await expect(page.getByRole('heading', { name: '关于农村饮水安全的调研' })).toBeVisible();

  // 数据核对 lists every figure with its records too.
  await app.goTo('报告');
  await report.openTab('数据核对');
  await page.getByLabel('查找数字').fill('参加活动');
  await expect(page.getByRole('region', { name: '数据核对' })).toContainText('2 人次');
});

test('an edited paragraph is saved, shown in the preview and kept after a reload', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  const report = new ReportPage(app);
  await report.editParagraph(1, 1, '本年度共开展调研{{activities.type.research}}次，特此说明。');
  await report.openTab('预览');
  await expect(report.preview()).toContainText('本年度共开展调研1次，特此说明。');

  // A figure inserted from the picker goes where the cursor was.
  await report.openTab('编辑模板');
  const paragraph = page.getByLabel('第2节第1段第1句', { exact: true });
  await paragraph.fill('开展调研次。');
  await paragraph.press('End');
  await paragraph.press('ArrowLeft');
  await paragraph.press('ArrowLeft');
  await page.getByRole('button', { name: '插入数字…', exact: true }).click();
  const picker = page.getByRole('dialog', { name: '插入统计数字' });
  await picker.getByLabel('查找统计数字').fill('调研');
  await picker.getByRole('cell', { name: '调研', exact: true }).click();
  await expect(paragraph).toHaveValue('开展调研{{activities.type.research}}次。');
  await page.getByRole('button', { name: '保存模板' }).click();
  await report.openTab('预览');
  await expect(report.preview()).toContainText('开展调研1次。');
  await expect(report.exportButton()).toBeEnabled();
  await page.reload();
  await app.selectYear(2025);
  await expect(report.preview()).toContainText('本年度共开展调研1次，特此说明。');
});

test('a clause naming no figure is refused at save, naming the clause, and nothing is saved', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  const report = new ReportPage(app);
  await report.openTab('编辑模板');
  await page.getByLabel('第1节第1段第1句', { exact: true }).fill('共开展{{no.such.figure}}次。');
  await expect(page.getByText('第1节第1段第1句中的“{{no.such.figure}}”不是已有的统计数字').first()).toBeVisible();
  await page.getByRole('button', { name: '保存模板' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '模板未保存' })).toContainText('第1节第1段第1句中的“{{no.such.figure}}”不是已有的统计数字');
  await page.getByRole('button', { name: '放弃修改' }).click();
  await report.openTab('预览');
  await expect(report.exportButton()).toBeEnabled();
  await expect(report.preview()).not.toContainText('未知数字');
});

test('marks typed at full width by a Chinese input method are saved half-width and print the figure; a single brace is refused naming the width', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  const report = new ReportPage(app);
  await report.openTab('编辑模板');
  const clause = page.getByLabel('第2节第1段第1句', { exact: true });
  await clause.fill('开展调研｛activities.type.research｝次。');
  await expect(page.getByText(/第2节“[^”]*”第1段第1句中的“｛activities\.type\.research｝”不是完整的数字标记（句中有全角的/).first()).toBeVisible();
  await clause.fill('开展调研｛｛activities.type.research｝｝次【【，视察{{activities.type.inspection｝｝次】】。');
  await expect(page.getByText('以下问题改正后才能保存')).toHaveCount(0);
  await page.getByRole('button', { name: '保存模板' }).click();
  await expect(clause).toHaveValue('开展调研{{activities.type.research}}次[[，视察{{activities.type.inspection}}次]]。');
  await report.openTab('预览');
  await expect(report.preview()).toContainText('开展调研1次。');
  await expect(report.preview()).not.toContainText('｛');
  await expect(report.exportButton()).toBeEnabled();
});
