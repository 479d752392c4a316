import { test, expect } from './fixtures';

test('screens', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: '先载入示例数据看看' }).click();
  await page.getByRole('menuitem', { name: '民主评议' }).click();
  await expect(page.getByText('政风行风民主评议').first()).toBeVisible();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.screenshot({ path: '/tmp/g2-list.png' });
  await page.getByRole('link', { name: /政风行风民主评议/ }).first().click();
  await expect(page.getByText('测评名次').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/g2-round.png', fullPage: true });
  await page.getByRole('menuitem', { name: '监督员' }).click();
  await expect(page.getByText('聘任名单（按姓氏笔画为序）')).toBeVisible();
  await page.screenshot({ path: '/tmp/g2-sup.png', fullPage: true });
  await page.getByRole('menuitem', { name: '报告' }).click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: '/tmp/g2-report.png', fullPage: true });
});
