// The year's report in the office's own words and rules, on the screens that make it: the menu, the
// 报告 screens and the home screen name the grass-roots unit by the office's 基层单位名称 and print rates
// with its decimals; a report the ledger has nothing for is refused on the 报告 screen and by the
// home one-click alike, saying what to record; and the 提案 notes written on 工作要点 reach the
// 提案工作情况报告. A county-level 市 sends its results to 市委 and 市政府, not 县委 and 县政府.
import { test, expect } from './fixtures';
import { ReportPage } from './pages/report-page';
import { ActivityEditor } from './pages/activity-editor';

test('the 报告 screens and the home screen name the unit as the office does and print its decimals', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: '先载入示例数据看看' }).click();
  await expect(page.getByText('当前台账含有示例数据')).toBeVisible();

  await page.getByRole('menuitem', { name: '联络站' }).click();
  await page.getByRole('button', { name: '名称设置' }).click();
  await page.getByRole('dialog').getByLabel('名称').fill('委员工作室');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '委员工作室' })).toBeVisible();
  // The menu and the page's figures name the unit so too.
  await expect(page.getByRole('menuitem', { name: '委员工作室' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '联络站' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '委员工作室数据' })).toBeVisible();

  await app.goTo('报告');
  const report = new ReportPage(app);
  await report.openTab('版式设置');
  await page.getByRole('radio', { name: '两位（88.75%）' }).check();
  await page.getByRole('button', { name: '保存版式设置' }).click();

  await report.openTab('数据核对');
  const check = page.getByRole('region', { name: '数据核对' });
  await page.getByLabel('查找数字').fill('已建');
  await expect(check).toContainText('已建委员工作室');
  await expect(check).not.toContainText('联络站');
  // The sample's 全体会议: 71 of 80 expected, 88.75% with two decimals (88.8% with one).
  await page.getByLabel('查找数字').fill('全体会议出席率');
  await expect(check).toContainText(/\d+\.\d{2}%/);

  // The review summary names the unit as the document does.
  await report.openTab('预览');
  await expect(page.getByLabel('报告核对摘要')).not.toContainText('联络站');

  await app.goTo('首页');
  await expect(page.getByText(/^\d+\.\d{2}%$/).first()).toBeVisible();
});

test('a report the ledger has nothing for is refused on the 报告 screen and by the home one-click, saying what to record', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));

  await app.goTo('首页');
  await page.getByRole('button', { name: '生成年度报告' }).click();
  const refused = page.getByRole('dialog');
  await expect(refused).toContainText('报告未生成');
  await expect(refused).toContainText(/台账中没有这份报告可写的记录（.+），文稿只会剩下开头和结尾的套话；登记其中任何一项即可生成/);
  await refused.getByRole('button', { name: '到“报告”页查看' }).click();

  const alert = page.getByRole('alert').filter({ hasText: '不能导出' });
  await expect(alert).toContainText('不能导出：台账中没有这份报告可写的记录');
  await expect(new ReportPage(app).exportButton()).toBeDisabled();
  expect(downloads).toEqual([]);
});

test('the 提案 notes written on 工作要点 are the 提案 report’s 存在问题 and 下步打算', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: '先载入示例数据看看' }).click();
  await expect(page.getByText('当前台账含有示例数据')).toBeVisible();

  await page.getByRole('menuitem', { name: '工作要点' }).click();
  const notes = page.getByRole('region', { name: '存在问题和下步打算' });
  await notes.getByLabel('提案工作存在问题').fill('一是部分提案调研不深。二是办理协商不够充分。');
  await notes.getByLabel('提案工作下步打算').fill('一是举办提案业务培训。二是推行重点提案领衔督办。');
  await notes.getByRole('button', { name: '保存存在问题和下步打算' }).click();
  await expect(page.getByText(/已保存\d+年存在问题和下步打算/)).toBeVisible();

  await app.goTo('报告');
  await page.getByLabel('报告类型').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('提案工作情况报告', { exact: true }).click();
  const preview = new ReportPage(app).preview();
  await expect(preview).toContainText('一是部分提案调研不深。二是办理协商不够充分。');
  await expect(preview).toContainText('一是举办提案业务培训。二是推行重点提案领衔督办。');
  // The office's words stand in place of the template's default ones.
  await expect(preview).not.toContainText('提案工作也还存在一些不足');
});

test('a county-level 市 names the 政协 above it and sends an activity’s results to its 市委 and 市政府', async ({ app, page }) => {
  await app.open();
  await expect(page.getByText('欢迎使用政协履职台账')).toBeVisible();
  await page.getByLabel('政协全称').fill('临江市政协');
  await page.getByLabel('简称').fill('市政协');
  await app.chooseOption('级别', '市');
  // The 政协 above a county-level 市 is not 市政协 (that is itself): the form says what reports write unless named.
  await expect(page.getByLabel('上一级政协')).toHaveAttribute('placeholder', '不填时写作“上级政协”');
  await page.getByLabel('上一级政协').fill('江州市政协');
  await app.pickDate('九届一次会议日期', '2022-01-08');
  await page.getByLabel('操作员姓名').fill('王文');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByText('临江市政协', { exact: true })).toBeVisible();
  await app.goTo('设置');
  await expect(page.getByLabel('上一级政协')).toHaveValue('江州市政协');

  await app.goTo('履职活动');
  await new ActivityEditor(app).startNew();
  const sentTo = page.locator('.ant-form-item', { has: page.getByText('报送', { exact: true }) });
  await expect(sentTo.getByRole('checkbox', { name: '市委' })).toBeVisible();
  await expect(sentTo.getByRole('checkbox', { name: '市政府' })).toBeVisible();
  await expect(sentTo).not.toContainText('县');
});
