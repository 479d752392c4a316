// The city-level view: a first-run city PC imports two counties' exchange packages
// (written here in Node with the program's own package writer, from the counties' fixture
// ledgers); 数据交换 lists the committees with their records, and 首页 and 报告 gain a committee
// selector: one county's figures, or all of them together.
import { test, expect } from './fixtures';
import { packageText } from '../../renderer/src/domain/exchange/exchange-fixtures';
import { COUNTY_A, COUNTY_B, countyALedger, countyBLedger } from '../../renderer/src/domain/exchange/city-fixtures';
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';
import { ExchangePage } from './pages/exchange-page';
import { ReportPage, docxBodyText } from './pages/report-page';

async function countyPackage(ledger: Ledger, committee: string, installationId: string) {
  const text = await packageText(ledger, { committee, installationId, createdAt: new Date().toISOString() });
  return { name: `${committee}-台账交换包.cppcc-exchange`, buffer: Buffer.from(text) };
}

test('a city ledger of two counties’ packages makes figures and reports per county and for all together', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('报告');
  const report = new ReportPage(app);
  // A ledger with nothing in it yet states no activity count at all rather than a 0.
  await expect(report.preview()).toContainText('现将有关情况汇报如下');
  await expect(report.preview()).not.toContainText('履职活动0次');
  // A ledger of one committee has nothing to choose between.
  await expect(page.getByLabel('统计范围（政协）')).toHaveCount(0);

  const exchange = new ExchangePage(page);
  await exchange.open();
  for (const [ledger, committee, pc] of [[countyALedger(), COUNTY_A, 'pc-tiane'], [countyBLedger(), COUNTY_B, 'pc-huanjiang']] as const) {
    await exchange.choosePackage(await countyPackage(ledger, committee, pc));
    await expect(exchange.preview()).toBeVisible();
    await exchange.confirmImport();
    // The next import's message is told apart from this one once this one has gone.
    await expect(page.getByText(/^已导入/)).toHaveCount(0);
  }
  const committees = page.getByRole('region', { name: '各政协记录' });
  // Live records: county A's five members (m6 is deleted) and seven activities (a6 is deleted); B's two and two.
  const cellsOf = (committee: string) => committees.getByRole('row').filter({ has: page.getByRole('cell', { name: committee, exact: true }) }).getByRole('cell');
  await expect(committees.getByRole('columnheader')).toContainText(['政协', '委员', '活动']);
  await expect(cellsOf(COUNTY_A).nth(1)).toHaveText('5');
  await expect(cellsOf(COUNTY_A).nth(2)).toHaveText('7');
  await expect(cellsOf(COUNTY_B).nth(1)).toHaveText('2');
  await expect(cellsOf(COUNTY_B).nth(2)).toHaveText('2');

  await app.selectYear(2025);
  await app.goTo('报告');
  // 2025 is over: the report counts to its last day. County A: a1–a5 and a8; county B: b-a1 and b-a2.
  await expect(report.preview()).toContainText('共组织开展各类履职活动8次');
  await app.chooseOption('统计范围（政协）', COUNTY_B);
  await expect(report.preview()).toContainText('共组织开展各类履职活动2次');
  await expect(report.preview()).toContainText(`${COUNTY_B}关于2025年民主监督工作情况的汇报`);
  await app.chooseOption('统计范围（政协）', COUNTY_A);
  await expect(report.preview()).toContainText('共组织开展各类履职活动6次');
  await expect(report.preview()).toContainText(`${COUNTY_A}关于2025年民主监督工作情况的汇报`);
  await app.chooseOption('统计范围（政协）', '全部政协合计');
  await expect(report.preview()).toContainText('共组织开展各类履职活动8次');

  await app.goTo('首页');
  const activities = page.locator('.ant-statistic').filter({ hasText: '履职活动' });
  await expect(activities).toContainText('8');
  await app.chooseOption('统计范围（政协）', COUNTY_B);
  await expect(activities).toContainText('2');
  await expect(activities).not.toContainText('8');
  // The one-click report follows the committee chosen on the home screen.
  await page.getByRole('button', { name: '生成年度报告' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存印发稿和核对稿' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${COUNTY_B}关于2025年民主监督工作情况的汇报.docx`);
  expect(await docxBodyText(download)).toContain('共组织开展各类履职活动2次，委员参加活动3人次');
});
