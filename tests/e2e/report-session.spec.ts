// 报告 → 提案工作情况报告 for one plenary session (九届一次会议以来) rather than the calendar year:
// the session's proposals only, 平时提案 left out.
import { test, expect } from './fixtures';

const receivedIn = (text: string) => Number(/共收到提案(\d+)件/.exec(text)?.[1] ?? NaN);

test('the proposals report can be made for one plenary session', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: '先载入示例数据看看' }).click();
  await app.goTo('报告');
  await page.getByLabel('报告类型').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('提案工作情况报告', { exact: true }).click();
  const preview = page.getByLabel('报告预览', { exact: true });
  await expect(preview).toContainText('共收到提案');
  const wholeYear = receivedIn(await preview.innerText());

  await page.getByLabel('提案会议').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('九届一次会议以来', { exact: true }).click();
  await expect(preview).toContainText('九届一次会议以来，共收到提案');
  const session = receivedIn(await preview.innerText());
  // The sample has 平时提案 too: the session's count is part of the year's.
  expect(session).toBeGreaterThan(0);
  expect(session).toBeLessThan(wholeYear);
});
