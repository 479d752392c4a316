// On the commonest office screen, 1366×768 (a browser there shows about 1366×657), every screen's
// primary action is on screen without scrolling the page: every item of the sidebar, each list's
// 新增 button, a record's header actions (编辑, 签到表), each dialog's footer and each long form's
// 保存 bar; the template editor's toolbar stays in view however far down it is scrolled; every date
// picker's calendar opens inside the window; no field is left under a 保存 bar. A screenshot of every screen is kept with the test's output, to look at what else
// still needs a scroll.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { EIGHT_HAS } from '../../renderer/src/domain/stations/station';

interface Screen {
  name: string;
  hash: string;
  /** The button the screen is for; after a click, `then` names what must be in view next. */
  primary: (page: Page) => Locator;
  then?: (page: Page) => Locator;
  /** A section's button further down a long form: scrolled to, only its dialog is checked. */
  below?: true;
  /** Reaching the screen after the address: a row opened, a tab chosen. */
  open?: (page: Page) => Promise<void>;
  /** The screen's other main buttons, in view together with the primary one. */
  also?: string[];
}

const button = (name: string | RegExp) => (page: Page) => page.getByRole('button', { name, exact: typeof name === 'string' });
const inDialog = (name: string) => (page: Page) => page.getByRole('dialog').getByRole('button', { name, exact: true });

/** The sample's first activity in the list, opened as a clerk would, by its title. */
async function openFirstActivity(page: Page) {
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/activities\/[^/]+$/);
}

/** Every item of the sidebar, whole: none cut off by the window's edge or the menu's scroll box. */
async function expectWholeSidebar(page: Page, where: string) {
  const items = page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem');
  await expect(items).toHaveCount(19);
  for (const item of await items.all()) {
    await expect(item, `${where}：侧栏的“${await item.textContent()}”整个不用滚动就能看到`).toBeInViewport({ ratio: 1 });
  }
}

const SCREENS: Screen[] = [
  { name: '首页', hash: '#/', primary: button('生成年度报告') },
  { name: '委员', hash: '#/members', primary: button('添加委员'), then: inDialog('保存') },
  { name: '履职活动', hash: '#/activities', primary: button('新增活动') },
  {
    name: '活动详情', hash: '#/activities', open: openFirstActivity, primary: button('编辑'),
    also: ['签到表（Word）', '签到表（Excel）', '删除'],
  },
  { name: '新增活动', hash: '#/activities/new', primary: button('保存') },
  { name: '添加参加人员', hash: '#/activities/new', primary: button('添加参加人员'), below: true, then: inDialog('加入') },
  { name: '提案', hash: '#/proposals', primary: button('新增提案') },
  { name: '新增提案', hash: '#/proposals/new', primary: button('保存') },
  { name: '社情民意', hash: '#/opinions', primary: button('新增社情民意') },
  { name: '新增社情民意', hash: '#/opinions/new', primary: button('保存') },
  { name: '民主评议', hash: '#/evaluations', primary: button('新增民主评议'), then: inDialog('保存评议') },
  { name: '监督员', hash: '#/supervisors', primary: button('新增聘任'), then: inDialog('保存聘任') },
  { name: '工作要点', hash: '#/plans', primary: button('新增工作要点'), then: inDialog('保存') },
  { name: '联络站', hash: '#/stations', primary: button(/^新增/) },
  { name: '结对帮扶', hash: '#/pairings', primary: button('新增结对') },
  { name: '文史资料', hash: '#/culture', primary: button('新增文史资料') },
  { name: '主题实践', hash: '#/campaigns', primary: button('修改') },
  { name: '批示', hash: '#/instructions', primary: (page) => page.getByRole('combobox', { name: '批示级别' }) },
  { name: '履职统计', hash: '#/duty-scores', primary: button('导出统计表') },
  { name: '回收站', hash: '#/recycle-bin', primary: button('清空回收站') },
  { name: '设置', hash: '#/settings', primary: button('保存') },
  // 字典 saves each change at once (no 保存 bar); the 会议应到人员 editor is the activity types'
  // card further down, and its 保存 must be in view once its type box is.
  {
    name: '会议应到人员', hash: '#/settings', open: (page) => page.getByRole('tab', { name: '字典' }).click(),
    primary: (page) => page.getByRole('combobox', { name: '应到人员的活动类型' }), below: true, also: ['保存应到人员'],
  },
  { name: '报告', hash: '#/reports', primary: button(/^导出Word/) },
  { name: '备份与恢复', hash: '#/backup', primary: button('备份整个台账') },
  { name: '数据交换', hash: '#/exchange', primary: button('导出交换包') },
];

for (const height of [768, 657]) {
  test(`at 1366×${height} every screen's primary action is in view without scrolling`, async ({ app, page }, testInfo) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height });
    await app.open();
    await page.getByRole('button', { name: '先载入示例数据看看' }).click();
    await expect(page.getByText('当前台账含有示例数据')).toBeVisible();

    for (const screen of SCREENS) {
      // The address bar's way (a hash change), so the ledger stays open as it is.
      await page.evaluate((hash) => { window.location.hash = hash; }, screen.hash);
      if (screen.open) await screen.open(page);
      const primary = screen.primary(page);
      await expect(primary, `${screen.name}：主要按钮`).toBeVisible();
      if (screen.below) await primary.scrollIntoViewIfNeeded();
      else await expect(primary, `${screen.name}：主要按钮不用滚动就能看到`).toBeInViewport({ ratio: 1 });
      for (const name of screen.also ?? []) await expect(button(name)(page), `${screen.name}：“${name}”不用滚动就能看到`).toBeInViewport({ ratio: 1 });
      await expectWholeSidebar(page, screen.name);
      if (height === 657) await page.screenshot({ path: testInfo.outputPath(`${screen.name}.png`) });
      if (!screen.then) continue;
      await primary.click();
      const next = screen.then(page);
      await expect(next, `${screen.name}：对话框的按钮不用滚动就能看到`).toBeInViewport({ ratio: 1 });
      if (height === 657) await page.screenshot({ path: testInfo.outputPath(`${screen.name}-对话框.png`) });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  });
}

/** The box of the open date picker's calendar lies wholly inside the window. */
async function expectCalendarInside(page: Page, field: Locator, what: string, shot?: () => Promise<void>) {
  await field.click();
  const calendar = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  await expect(calendar, `${what}：日历打开`).toBeVisible();
  // Placed once its opening animation has settled: the box stops moving.
  let box = await calendar.boundingBox();
  await expect(async () => {
    const before = box;
    box = await calendar.boundingBox();
    expect(box).toEqual(before);
  }).toPass();
  const view = page.viewportSize()!;
  expect(box!.y, `${what}：日历的上沿在窗口内`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}：日历的下沿在窗口内`).toBeLessThanOrEqual(view.height);
  await shot?.();
  await page.keyboard.press('Escape');
  await expect(calendar).toHaveCount(0);
}

for (const height of [768, 657]) {
  test(`at 1366×${height} long screens keep their tools and fields in view`, async ({ app, page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height });
    await app.open();
    await page.getByRole('button', { name: '先载入示例数据看看' }).click();
    await expect(page.getByText('当前台账含有示例数据')).toBeVisible();
    const go = (hash: string) => page.evaluate((h) => { window.location.hash = h; }, hash);
    const shot = async (name: string) => { if (height === 657) await page.screenshot({ path: testInfo.outputPath(`${name}.png`) }); };

    // The template editor is thousands of pixels tall; its toolbar is stuck to the window's top.
    await go('#/reports');
    await page.getByRole('tab', { name: '编辑模板' }).click();
    const saveTemplate = page.getByRole('button', { name: '保存模板' });
    await expect(saveTemplate).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight), '模板编辑页比窗口高得多').toBeGreaterThan(3 * height);
    // An edit near the bottom, then 保存模板 without scrolling back up.
    const sentences = page.getByRole('textbox', { name: /^第\d+节第\d+段第\d+句$/ });
    const last = sentences.last();
    await last.scrollIntoViewIfNeeded();
    await last.fill(`${await last.inputValue()}（改）`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    for (const name of ['保存模板', '放弃修改', '插入数字…', '恢复默认模板']) {
      await expect(page.getByRole('button', { name, exact: true }), `滚到模板底部后“${name}”整个在窗口内`).toBeInViewport({ ratio: 1 });
    }
    await shot('编辑模板-底部');
    // The jump list goes to a section, its card clear of the toolbar.
    const jump = page.getByRole('combobox', { name: '跳到' });
    await jump.click();
    await jump.pressSequentially('第3节');
    await expect(page.getByRole('option', { name: /^第3节/ })).toBeVisible();
    await jump.press('Enter');
    const third = page.getByLabel('第3节标题', { exact: true });
    await expect(third).toBeFocused();
    const toolbar = await page.getByRole('toolbar', { name: '模板工具栏' }).boundingBox();
    expect((await third.boundingBox())!.y, '跳到的章节不在工具栏下面').toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height);
    await saveTemplate.click();
    await expect(page.getByText('模板已保存')).toBeVisible();

    // Every date picker's calendar opens inside the window.
    await go('#/activities/new');
    for (const label of ['开始日期', '结束日期']) await expectCalendarInside(page, page.getByLabel(label, { exact: true }), `新增活动的“${label}”`, () => shot(`新增活动-${label}的日历`));
    await go('#/proposals/new');
    await expectCalendarInside(page, page.getByLabel('收到日期', { exact: true }), '新增提案的“收到日期”', () => shot('新增提案-收到日期的日历'));
    await go('#/stations/new');
    for (const item of EIGHT_HAS) await expectCalendarInside(page, page.getByLabel(item, { exact: true }), `联络站的“${item}”`, () => shot(`联络站-${item}的日历`));

    // A field the browser brings into view lands clear of the 保存 bar stuck to the window's bottom.
    await go('#/proposals/new');
    const bar = page.getByRole('group', { name: '保存栏' });
    const kinds = page.locator('.ant-form-item').filter({ has: page.getByText('提案者类别', { exact: true }) }).getByRole('radio');
    await expect(kinds).toHaveCount(3);
    for (const radio of await kinds.all()) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await radio.scrollIntoViewIfNeeded();
      const top = (await bar.boundingBox())!.y;
      const box = (await radio.locator('xpath=ancestor::label[1]').boundingBox())!;
      expect(box.y + box.height, `提案者类别“${await radio.locator('xpath=ancestor::label[1]').textContent()}”不在保存栏下面`).toBeLessThanOrEqual(top);
    }
    await shot('新增提案-提案者类别');
  });
}
