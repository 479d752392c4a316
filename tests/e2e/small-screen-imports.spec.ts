// On a 1366×768 office screen (a window there shows about 1366×657), the previews of what an
// import would write are taller than the window: a 60-member roll, a package from another PC. The
// clerk must see 确认导入 without hunting for it — the roll dialog keeps its buttons at the window's
// bottom edge, and the exchange preview is brought up into view when it opens.
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { openSecondPc } from './pages/second-pc';
import { ExchangePage } from './pages/exchange-page';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚';

async function sixtyMemberRoll(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(['姓名', '性别', '界别']);
  for (let i = 0; i < 60; i += 1) sheet.addRow([`${SURNAMES[i % 20]}${GIVEN[(i * 7 + Math.floor(i / 20)) % 20]}${GIVEN[(i * 3 + 1) % 20]}`, i % 2 ? '女' : '男', '教育界']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

for (const height of [768, 657]) {
  test(`at 1366×${height} a 60-member roll's preview shows 确认导入 without scrolling`, async ({ app, page }) => {
    await page.setViewportSize({ width: 1366, height });
    await app.open();
    await app.completeFirstRun();
    const dialog = await new MembersPage(app).uploadRoll({ name: '委员名册.xlsx', buffer: await sixtyMemberRoll() });
    await expect(dialog.getByText('共读到 60 行委员信息', { exact: false })).toBeVisible();
    const confirm = dialog.getByRole('button', { name: '确认导入' });
    await expect(confirm, '确认导入整个在窗口内').toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: '取消' })).toBeInViewport({ ratio: 1 });
    // Down the rows by Tab: the dialog's body scrolls each focused row's box clear of the bar.
    await dialog.getByRole('checkbox', { name: '导入第2行' }).focus();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const covered = () => page.evaluate(() => {
        const el = document.activeElement;
        const bar = document.querySelector('.ant-modal [aria-label="保存栏"]');
        if (!el || !bar || bar.contains(el)) return null;
        const r = el.getBoundingClientRect();
        return r.bottom > bar.getBoundingClientRect().top + 1 ? `${el.getAttribute('aria-label') ?? el.tagName} ${Math.round(r.top)}–${Math.round(r.bottom)}` : null;
      });
      await expect.poll(covered, { message: `按 Tab 到的第${i + 1}个控件不被保存栏盖住`, timeout: 2_000 }).toBeNull();
    }
    // And it works from there.
    await confirm.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('共 60 人')).toBeVisible();
  });
}

test('at 1366×657 a package from another PC is previewed in view, 确认导入 with it', async ({ app, page, browser, baseURL }) => {
  await app.open();
  await page.getByRole('button', { name: '先载入示例数据看看' }).click();
  await expect(page.getByText('当前台账含有示例数据')).toBeVisible();
  const exchangeA = new ExchangePage(page);
  await exchangeA.open();
  const whole = await exchangeA.exportPackage();

  const b = await openSecondPc(browser, baseURL, { viewport: { width: 1366, height: 657 } });
  await b.exchange.choosePackage(whole);
  await expect(b.exchange.preview()).toBeVisible();
  await expect(b.exchange.preview().getByRole('button', { name: '确认导入' }), '确认导入整个在窗口内').toBeInViewport({ ratio: 1 });
  await b.context.close();
});
