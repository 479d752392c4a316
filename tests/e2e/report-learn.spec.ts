// 照着去年写: the clerk gives last year's report (.docx) to the 报告 screen, checks its numbers —
// accepts one by keyboard, keeps one as text, binds one to another figure with the picker —
// compares last year with this year's draft, saves it as the office's template, and the home
// screen's one-click report is then last year's wording with this year's figures.
import type { Download } from '@playwright/test';
import { test, expect } from './fixtures';
import { ReportPage, docxBodyText } from './pages/report-page';
import { ledgerWithOneResearch } from './pages/one-research-ledger';
import { parseAnnotatedReport } from '../fixtures/learn-reports/annotated';
import { buildReportDocx } from '../fixtures/learn-reports/build-report-docx';

const LAST_YEAR = parseAnnotatedReport(`
T: 关于2024年民主监督工作情况的汇报
P: 2024年以来，县政协把民主监督工作纳入履职全局。截至2024年11月30日，共组织开展各类履职活动58次，委员参加活动1236人次。
H1: 一、主要工作
P: 组织委员视察6次、调研9次，接待群众37人次，参加满意度测评两次。
I: 县政协办公室
D: 2024年12月2日
`);

test('a report learned from last year’s .docx becomes the template the one-click report uses', async ({ app, page }) => {
  await ledgerWithOneResearch(app);
  await app.goTo('报告');
  const report = new ReportPage(app);
  await report.openTab('照着去年写');
  await page.locator('input[type=file]').setInputFiles({
    name: '2024年民主监督工作情况的汇报.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await buildReportDocx(LAST_YEAR, 'wps')),
  });
  const doc = page.getByRole('document', { name: '去年的报告' });
  await expect(doc).toContainText('组织委员视察6次、调研9次');
  const mark = (text: string) => doc.locator('mark', { hasText: text });
  await expect(mark('58次')).toHaveAttribute('data-state', 'sure');
  await expect(mark('37人次')).toHaveAttribute('data-state', 'text');
  await expect(mark('2024年11月30日')).toHaveAttribute('data-state', 'context');

  // Keyboard: the first number is the title's year; Enter accepts it and moves on.
  await doc.focus();
  await expect(mark('2024年').first()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(mark('2024年').nth(1)).toHaveAttribute('aria-current', 'true');
  // 两次 kept as text with T.
  await mark('两次').click();
  await doc.focus();
  await page.keyboard.press('t');
  await expect(mark('两次')).toHaveAttribute('data-state', 'text');
  // 37人次 bound with the searchable picker.
  await mark('37人次').click();
  const picker = page.getByRole('combobox', { name: '选择统计数字' });
  await picker.click();
  await picker.fill('参加调研的委员');
  await page.locator('.ant-select-item-option').getByText('活动 · 参加调研的委员（人次）', { exact: true }).click();
  await expect(mark('37人次')).toHaveAttribute('data-state', 'sure');

  await page.getByRole('button', { name: '下一步：对照去年和今年' }).click();
  const draft = page.getByLabel('今年的草稿');
  await expect(draft).toContainText('关于2025年民主监督工作情况的汇报');
  // Each figure the year changed is marked with last year's number beside it; no 视察 this year,
  // so that part of the sentence is left out. Its one section's heading carries no 一、 (a number
  // alone at its level is dropped).
  await expect(draft).toContainText('人次。主要工作调研1（去年9）次，接待群众2（去年37）人次，参加满意度测评两次。');
  await expect(draft.locator('mark[data-changed="true"]')).toHaveCount(4);
  await expect(page.getByLabel('去年的报告原文')).toContainText('调研9次');
  await page.getByRole('button', { name: '保存为本单位模板' }).click();
  await expect(page.getByText('已保存为本单位的“民主监督工作情况汇报”模板')).toBeVisible();

  await app.goTo('首页');
  await page.getByRole('button', { name: '生成年度报告' }).click();
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: '保存印发稿和核对稿' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const text = await docxBodyText(downloads[0]!);
  expect(text).toContain('关于2025年民主监督工作情况的汇报');
  expect(text).toContain('2025年以来，县政协把民主监督工作纳入履职全局。截至2025年12月31日，共组织开展各类履职活动1次，委员参加活动2人次。');
  expect(text).toContain('调研1次，接待群众2人次，参加满意度测评两次。');
  expect(text).not.toContain('视察');
});
