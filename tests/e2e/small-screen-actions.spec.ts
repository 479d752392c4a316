// On a 1366×768 office screen (a window there shows about 1366×657), the screens whose main
// button used to sit below the bottom edge: the first-run screen, the long settings forms, the
// report's 版式设置, an evaluation round, and the file pickers of 备份与恢复 and 数据交换. Each
// button must lie wholly inside the window with the page not scrolled, and not under anything
// else; a long form's 保存 bar must stay in view at the bottom of the form too, and never cover the
// field being typed in. The page headings start at the same height on every page.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const HEIGHTS = [768, 657];

/** The button lies wholly inside the window and is the thing on top at its centre. */
async function expectWhollyInView(page: Page, target: Locator, what: string) {
  await expect(target, `${what}：看得见`).toBeVisible();
  const box = await target.boundingBox();
  const { width, height } = page.viewportSize()!;
  const inside = box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
  expect.soft(inside, `${what}：整个在窗口内（按钮 ${JSON.stringify(box)}，窗口 ${width}×${height}）`).toBe(true);
  const onTop = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
  expect.soft(onTop, `${what}：没有被别的东西盖住`).toBe(true);
}

/** Not scrolled at all: what the user sees on arriving. */
async function expectInViewUnscrolled(page: Page, target: Locator, what: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(target, `${what}：看得见`).toBeVisible();
  expect.soft(await page.evaluate(() => window.scrollY), `${what}：页面没有滚动`).toBe(0);
  await expectWhollyInView(page, target, `${what}（不用滚动）`);
}

const saveBar = (page: Page) => page.getByRole('group', { name: '保存栏' });

/**
 * A long form's save bar: in view at the end of the form too, and a field reached by Tab is
 * scrolled clear of the bar (the page keeps room for it below the field), never left under it.
 */
async function expectBarKeepsClear(page: Page, target: Locator, firstField: Locator, what: string) {
  const bar = saveBar(page);
  if ((await bar.count()) === 0) {
    expect.soft(false, `${what}：有保存栏`).toBe(true);
    return;
  }
  // The end of the form at the bottom of the window (more of the page may follow it).
  await bar.evaluate((el) => {
    const form = el.closest('form') ?? el.parentElement!;
    window.scrollBy(0, form.getBoundingClientRect().bottom - window.innerHeight);
  });
  await expectWhollyInView(page, target, `${what}（滚到表单末尾）`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await firstField.focus();
  for (let i = 0; i < 150; i += 1) {
    const covered = () => page.evaluate(() => {
      const el = document.activeElement;
      const bar = [...document.querySelectorAll('[aria-label="保存栏"]')].find((b) => b.getClientRects().length > 0);
      if (!el || !bar || bar.contains(el)) return null;
      const r = el.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      return r.bottom > b.top + 1 ? `${el.getAttribute('aria-label') ?? el.id ?? el.tagName}（输入框 ${Math.round(r.top)}–${Math.round(r.bottom)}，保存栏 ${Math.round(b.top)}–${Math.round(b.bottom)}）` : null;
    });
    // The form scrolls the field clear on the next frame, after the browser's own scroll.
    await expect.configure({ soft: true }).poll(covered, { message: `${what}：按 Tab 到的输入框不被保存栏盖住`, timeout: 2_000 }).toBeNull();
    if (await covered()) return;
    if (await bar.evaluate((b) => b.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  expect.soft(false, `${what}：按 Tab 一直到不了保存栏`).toBe(true);
}

/** Where a page's heading starts: the same on every page. */
async function headingTop(page: Page, name: string): Promise<number> {
  const heading = page.getByRole('heading', { level: 4, name, exact: true });
  await expect(heading).toBeVisible();
  return (await heading.boundingBox())!.y;
}

const go = (page: Page, hash: string) => page.evaluate((h) => { window.location.hash = h; }, hash);

for (const height of HEIGHTS) {
  test(`at 1366×${height} the first-run screen shows its choices without scrolling`, async ({ app, page }, testInfo) => {
    await page.setViewportSize({ width: 1366, height });
    await app.open();
    await expect(page.getByText('欢迎使用政协履职台账')).toBeVisible();
    await expectInViewUnscrolled(page, page.getByRole('button', { name: '先载入示例数据看看' }), '首次使用：先载入示例数据看看');
    await expectInViewUnscrolled(page, page.getByRole('button', { name: '开始使用' }), '首次使用：开始使用');
    await expectInViewUnscrolled(page, page.getByRole('button', { name: '从备份文件恢复' }), '首次使用：从备份文件恢复');
    if (height === 657) await page.screenshot({ path: testInfo.outputPath('首次使用.png') });
    await expectBarKeepsClear(page, page.getByRole('button', { name: '开始使用' }), page.getByLabel('政协全称'), '首次使用');
  });

  test(`at 1366×${height} each long form's and tool page's main button is in view without scrolling`, async ({ app, page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height });
    const shot = async (name: string) => { if (height === 657) await page.screenshot({ path: testInfo.outputPath(`${name}.png`) }); };
    await app.open();
    await page.getByRole('button', { name: '先载入示例数据看看' }).click();
    await expect(page.getByText('当前台账含有示例数据')).toBeVisible();

    // Page headings: the tool pages start where the lists do.
    await go(page, '#/members');
    const listTop = await headingTop(page, '委员名册');
    for (const [hash, name] of [['#/reports', '报告'], ['#/settings', '设置'], ['#/backup', '备份与恢复'], ['#/exchange', '数据交换']] as const) {
      await go(page, hash);
      expect.soft(Math.abs((await headingTop(page, name)) - listTop), `“${name}”的标题与“委员名册”的标题同高`).toBeLessThanOrEqual(4);
    }

    const settingsTabs = [['履职积分', '保存积分规则'], ['提案办理', '保存'], ['密码锁定', '设置密码']] as const;
    for (const [tab, buttonName] of settingsTabs) {
      await go(page, '#/settings');
      await page.getByRole('tab', { name: tab }).click();
      const target = page.getByRole('button', { name: buttonName, exact: true });
      await expectInViewUnscrolled(page, target, `设置 → ${tab}：${buttonName}`);
      await shot(`设置-${tab}`);
      const first = page.getByRole('tabpanel').locator('input:visible').first();
      await expectBarKeepsClear(page, target, first, `设置 → ${tab}`);
    }

    await go(page, '#/reports');
    await page.getByRole('tab', { name: '版式设置' }).click();
    const layoutSave = page.getByRole('button', { name: '保存版式设置' });
    await expectInViewUnscrolled(page, layoutSave, '报告 → 版式设置：保存版式设置');
    await shot('报告-版式设置');
    await expectBarKeepsClear(page, layoutSave, page.getByRole('tabpanel').locator('input:visible').first(), '报告 → 版式设置');

    await go(page, '#/evaluations');
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page).toHaveURL(/#\/evaluations\/[^/]+$/);
    const saveResults = page.getByRole('button', { name: '保存测评结果' });
    await expectInViewUnscrolled(page, saveResults, '评议详情：保存测评结果');
    await expectInViewUnscrolled(page, page.getByRole('button', { name: '导出名次表（Word）' }), '评议详情：导出名次表');
    await shot('评议详情');
    await expectBarKeepsClear(page, saveResults, page.getByLabel(/满意$|得分$/).first(), '评议详情：测评结果');

    await go(page, '#/backup');
    await expectInViewUnscrolled(page, page.getByRole('button', { name: '选择备份文件' }), '备份与恢复：选择备份文件');
    await shot('备份与恢复');
    await go(page, '#/exchange');
    await expectInViewUnscrolled(page, page.getByRole('button', { name: '选择交换包' }), '数据交换：选择交换包');
    await shot('数据交换');
  });
}

test('修改督办 opens a dialog titled by what it does, its 确定 in view at 1366×657', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 657 });
  await app.open();
  await page.getByRole('button', { name: '先载入示例数据看看' }).click();
  await expect(page.getByText('当前台账含有示例数据')).toBeVisible();
  await go(page, '#/proposals');
  await app.chooseOption('重点提案', '重点提案');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/proposals\/[^/]+$/);
  await page.getByRole('button', { name: '修改督办' }).click();
  const dialog = page.getByRole('dialog', { name: '修改督办' });
  await expect(dialog).toBeVisible();
  await expectWhollyInView(page, dialog.getByRole('button', { name: '确定' }), '修改督办：确定');
  await page.screenshot({ path: testInfo.outputPath('修改督办.png') });
});
