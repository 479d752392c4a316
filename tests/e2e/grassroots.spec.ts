// The other grass-roots screens on the 示例数据: the year's 主题实践活动 grouped by 界别 and 乡镇,
// a 结对帮扶 link taking a deed (negative money refused at the field, then the 万元 figure
// rising), and 文史资料 with its figures.
import { test, expect } from './fixtures';

test('the sample’s 主题实践活动, 结对帮扶 with a deed, and 文史资料', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: '先载入示例数据看看' }).click();
  await expect(page.getByText('当前台账含有示例数据')).toBeVisible();

  await page.getByRole('menuitem', { name: '主题实践' }).click();
  await expect(page.getByRole('heading', { name: /年度委员履职主题实践活动/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '按界别' })).toContainText('次）');
  await expect(page.getByRole('region', { name: '按乡镇' })).toContainText('次）');

  await page.getByRole('menuitem', { name: '结对帮扶' }).click();
  const money = page.getByRole('group', { name: '投入资金及物资折款' });
  await expect(money).toContainText('万元');
  const before = Number((await money.innerText()).match(/([\d.]+)万元/)![1]);
  await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: /^结对帮扶：/ })).toBeVisible();
  const deeds = page.getByRole('region', { name: '帮扶事项' });
  // Today: a sample link never begins after it, and a deed may not be dated later.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  await app.pickDate('日期', today);
  await deeds.getByLabel('事项').fill('捐助助学金');
  await deeds.getByLabel('金额（元）').fill('-500');
  await deeds.getByRole('button', { name: '记录帮扶事项' }).click();
  await expect(deeds.locator('.ant-form-item', { has: page.getByLabel('金额（元）') })).toContainText('金额不能为负数');
  await deeds.getByLabel('金额（元）').fill('一万');
  await deeds.getByRole('button', { name: '记录帮扶事项' }).click();
  await expect(deeds.locator('.ant-form-item', { has: page.getByLabel('金额（元）') })).toContainText('金额应为数字（单位：元）');
  await deeds.getByLabel('金额（元）').fill('25000');
  await deeds.getByRole('button', { name: '记录帮扶事项' }).click();
  await expect(deeds.locator('.ant-table-tbody')).toContainText('25000.00');

  await page.getByRole('menuitem', { name: '结对帮扶' }).click();
  await expect(money).toContainText(`${(before + 2.5).toFixed(2)}万元`);

  await page.getByRole('menuitem', { name: '文史资料' }).click();
  await expect(page.getByRole('group', { name: '收集文稿' })).toContainText('万字');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
});
