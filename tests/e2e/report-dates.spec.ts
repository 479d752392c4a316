// The report's dates and the choices on 报告: last year's report made in January is dated the day it
// is made (成文日期, settable beside 截至), the same from the home one-click and from 报告; the kind,
// 截至 and 成文日期 chosen on 报告 (and the member of a 履职档案, until deleted) stay after a visit to
// another screen until the year changes; a
// 截至 date still to come is warned about; a refusal is stated once.
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ReportPage, docxBodyText } from './pages/report-page';
import { ledgerWithOneResearch } from './pages/one-research-ledger';

/** 15 January 2026: last year's report is being written, and the year switcher opens on 2026. */
async function inJanuary(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-01-15T10:00:00'));
}

async function twoDownloads(page: Page, click: () => Promise<void>): Promise<Download[]> {
  const downloads: Download[] = [];
  const on = (d: Download) => downloads.push(d);
  page.on('download', on);
  await click();
  await expect.poll(() => downloads.length).toBe(2);
  page.off('download', on);
  return downloads;
}

/**
 * Types a date into a picker without clicking it: with the clock held still (page.clock), antd's
 * toasts stay on screen over the pickers.
 */
async function typeDate(page: Page, label: string, isoDate: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.focus();
  await input.fill(isoDate);
  await input.press('Enter');
}

const chosenKind = (page: Page) => page.getByLabel('报告类型').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]');

test('last year’s report made in January is dated that day, from the home screen and from 报告 alike, and the 成文日期 can be set', async ({ app, page }) => {
  await inJanuary(page);
  await ledgerWithOneResearch(app);
  await app.goTo('首页');
  await page.getByRole('button', { name: '生成年度报告' }).click();
  const dialog = page.getByRole('dialog');
  // The dialog names the report it makes and its dates.
  await expect(dialog).toContainText('2025年度民主监督工作情况汇报（截至2025年12月31日）');
  await expect(dialog).toContainText('成文日期2026年1月15日');
  const home = await twoDownloads(page, () => dialog.getByRole('button', { name: '保存印发稿和核对稿' }).click());
  const homeText = await docxBodyText(home[0]!);
  expect(homeText).toMatch(/2026年1月15日$/);
  expect(homeText).not.toContain('2025年12月31日罗城');

  await app.goTo('报告');
  const report = new ReportPage(app);
  await expect(page.getByLabel('截至日期')).toHaveValue('2025年12月31日');
  // Reached with Tab from 截至, in view at 1366×768, and the export button right after it.
  await page.getByLabel('截至日期').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('成文日期')).toBeFocused();
  await expect(page.getByLabel('成文日期')).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(report.exportButton()).toBeFocused();
  await expect(page.getByLabel('成文日期')).toHaveValue('2026年1月15日');
  const screen = await twoDownloads(page, () => report.exportButton().click());
  expect(await docxBodyText(screen[0]!)).toBe(homeText);

  await typeDate(page, '成文日期', '2026-01-20');
  await expect(report.preview()).toContainText('2026年1月20日');
  // Dated before the day it counts to: refused, saying so.
  await typeDate(page, '截至日期', '2025-11-30');
  await typeDate(page, '成文日期', '2025-11-29');
  await expect(page.getByText('成文日期不能早于截至日期')).toBeVisible();
  await expect(report.exportButton()).toBeDisabled();
});

test('the kind, 截至 and 成文日期 chosen on 报告 stay after a visit to 工作要点, until the year changes', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  await app.chooseOption('报告类型', '常委会工作报告');
  await typeDate(page, '截至日期', '2025-11-30');
  await typeDate(page, '成文日期', '2025-12-08');
  await page.getByRole('menuitem', { name: '工作要点' }).click();
  await expect(page.getByRole('region', { name: '存在问题和下步打算' })).toBeVisible();
  await app.goTo('报告');
  await expect(chosenKind(page)).toContainText('常委会工作报告');
  await expect(page.getByLabel('截至日期')).toHaveValue('2025年11月30日');
  await expect(page.getByLabel('成文日期')).toHaveValue('2025年12月8日');

  // Another year starts from the defaults, and so does this one after it.
  await app.selectYear(2026);
  await expect(chosenKind(page)).toContainText('民主监督工作情况汇报');
  await app.selectYear(2025);
  await expect(chosenKind(page)).toContainText('民主监督工作情况汇报');
  await expect(page.getByLabel('截至日期')).toHaveValue('2025年12月31日');
});

test('the member of a 履职档案 chosen on 报告 stays after a visit to 委员, and is dropped once deleted there', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  const report = new ReportPage(app);
  await app.chooseOption('报告类型', '委员履职档案');
  const picker = page.getByLabel('委员', { exact: true });
  await picker.click();
  await picker.pressSequentially('王二');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('王二（农业界）').click();
  await expect(report.preview()).toContainText('王二同志2025年度履职档案');
  await app.goTo('委员');
  await app.goTo('报告');
  await expect(chosenKind(page)).toContainText('委员履职档案');
  await expect(report.preview()).toContainText('王二同志2025年度履职档案');

  await app.goTo('委员');
  await page.getByRole('row', { name: /王二/ }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog', { name: '删除 王二？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('row', { name: /王二/ })).toHaveCount(0);
  await app.goTo('报告');
  await expect(page.getByText('请在上方选择委员，生成其本年度履职档案')).toBeVisible();
  await expect(report.exportButton()).toBeDisabled();
});

test('a 截至 date still to come is accepted with a warning that the figures run to today', async ({ app, page }) => {
  await inJanuary(page);
  await ledgerWithOneResearch(app);
  await app.selectYear(2026);
  await app.goTo('报告');
  await expect(page.getByLabel('截至日期')).toHaveValue('2026年1月15日');
  await expect(page.getByText('截至日期晚于今天')).toHaveCount(0);
  await typeDate(page, '截至日期', '2026-03-31');
  await expect(page.getByText('截至日期晚于今天，数字只统计到今天的登记')).toBeVisible();
  // Never dated before the day it counts to.
  await expect(page.getByLabel('成文日期')).toHaveValue('2026年3月31日');
});

test('a report refused for want of records says so once, not again as a figure to check', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  await app.chooseOption('报告类型', '提案工作情况报告');
  await expect(page.getByRole('alert').filter({ hasText: '不能导出' })).toContainText('台账中没有这份报告可写的记录');
  await expect(page.getByLabel('报告核对摘要')).toBeVisible();
  await expect(page.getByLabel('报告核对摘要')).not.toContainText('台账中没有这份报告可写的记录');
});

test('in January with nothing recorded yet this year, the home button offers last year’s report', async ({ app, page }) => {
  await inJanuary(page);
  await ledgerWithOneResearch(app);
  await app.selectYear(2026);
  await app.goTo('首页');
  await page.getByRole('button', { name: '生成年度报告' }).click();
  const offer = page.getByRole('dialog');
  await expect(offer).toContainText('2026年尚无记录');
  await offer.getByRole('button', { name: '生成2025年度报告' }).click();
  await expect(page.getByRole('heading', { name: '2025年度概况' })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: /2025年度民主监督工作情况汇报/ });
  await expect(dialog).toContainText('2025年度民主监督工作情况汇报（截至2025年12月31日）');
  const files = await twoDownloads(page, () => dialog.getByRole('button', { name: '保存印发稿和核对稿' }).click());
  expect(await docxBodyText(files[0]!)).toContain('共组织开展各类履职活动1次');
});
