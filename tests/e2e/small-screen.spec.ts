// On the commonest office screen, 1366×768 (a browser there shows about 1366×657), every screen's
// primary action is on screen without scrolling the page: the sidebar's pinned tools, each list's
// 新增 button, a record's header actions (编辑, 签到表), each dialog's footer and each long form's
// 保存 bar. A screenshot of every screen is kept with the test's output, to look at what else
// still needs a scroll.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

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
      else await expect(primary, `${screen.name}：主要按钮不用滚动就能看到`).toBeInViewport();
      for (const name of screen.also ?? []) await expect(button(name)(page), `${screen.name}：“${name}”不用滚动就能看到`).toBeInViewport();
      // The whole-ledger tools are pinned below the sidebar's scrolling menu on every screen.
      await expect(page.getByRole('menuitem', { name: '设置' }), `${screen.name}：侧栏的“设置”`).toBeInViewport();
      if (height === 657) await page.screenshot({ path: testInfo.outputPath(`${screen.name}.png`) });
      if (!screen.then) continue;
      await primary.click();
      const next = screen.then(page);
      await expect(next, `${screen.name}：对话框的按钮不用滚动就能看到`).toBeInViewport();
      if (height === 657) await page.screenshot({ path: testInfo.outputPath(`${screen.name}-对话框.png`) });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  });
}
