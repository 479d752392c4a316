// Two PCs (two browser contexts, each with its own IndexedDB): A is set up, B takes A's ledger
// as a package at its first run; then each edits a record of its own and both edit 王二. The
// packages go both ways, B settles the conflict, and both end with the same members and
// activities, read straight from each page's IndexedDB.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { LedgerApp } from './pages/ledger-app';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';
import { ExchangePage } from './pages/exchange-page';
import { openSecondPc } from './pages/second-pc';

async function editWorkplace(app: LedgerApp, name: string, workplace: string): Promise<void> {
  await app.goTo('委员');
  await app.page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: '编辑' }).click();
  const dialog = app.page.getByRole('dialog');
  await dialog.getByLabel('工作单位及职务').fill(workplace);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

async function workplaceOf(page: Page, name: string) {
  return page.getByRole('row', { name: new RegExp(name) }).locator('td').nth(5).innerText();
}

test('two PCs exchange packages both ways, settle a conflict and end with the same ledger', async ({ app, page, browser, baseURL }) => {
  // PC A: set up, three members and an activity they attended.
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  for (const name of ['丁一', '王二', '张三']) await members.addMember({ name, workplace: '原单位' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '关于农村饮水安全的调研', type: '调研', start: '2026-06-02', end: '2026-06-03', place: '龙岸镇' });
  await editor.addParticipants(['丁一', '王二']);
  await editor.save();
  const exchangeA = new ExchangePage(page);
  await exchangeA.open();
  await expect(page.getByRole('radio', { name: /全部记录/ })).toBeChecked();
  const everything = await exchangeA.exportPackage();
  expect(everything.name).toMatch(/^县政协-台账交换包-\d{8}-\d{4}\.cppcc-exchange$/);

  // PC B: a second browser profile; first run, then A's whole ledger as a package.
  const foreignB: string[] = [];
  const watch = (p: Page) => p.on('request', (r) => { if (!['data:', 'blob:'].includes(new URL(r.url()).protocol) && new URL(r.url()).host !== new URL(baseURL!).host) foreignB.push(r.url()); });
  const { context: contextB, page: pageB, app: appB, exchange: exchangeB } = await openSecondPc(browser, baseURL, { watch });
  await exchangeB.choosePackage(everything);
  await expect(exchangeB.preview()).toContainText('从未交换过');
  expect(await exchangeB.count('委员', '新增')).toBe('3');
  expect(await exchangeB.count('活动', '新增')).toBe('1');
  await exchangeB.confirmImport();
  await expect(pageB.getByRole('region', { name: '交换记录' })).toContainText('从“罗城仫佬族自治县政协”导入');

  // The same package again changes nothing.
  await exchangeB.choosePackage(everything);
  await expect(exchangeB.preview()).toContainText('导入不会改动台账');
  expect(await exchangeB.count('委员', '相同')).toBe('3');
  await exchangeB.preview().getByRole('button', { name: '取消' }).click();

  // Edits: one record each, and 王二 on both (B's edit the later one).
  await editWorkplace(app, '丁一', 'A改的单位');
  await editWorkplace(app, '王二', 'A写的单位');
  await editWorkplace(appB, '张三', 'B改的单位');
  await editWorkplace(appB, '王二', 'B写的单位');

  // A → B: the default is what changed since A's last export; 王二 is a conflict on B.
  await exchangeA.open();
  await expect(page.getByRole('radio', { name: /上次导出/ })).toBeChecked();
  const changesOfA = await exchangeA.exportPackage();
  await exchangeB.open();
  await exchangeB.choosePackage(changesOfA);
  expect(await exchangeB.count('委员', '冲突')).toBe('1');
  expect(await exchangeB.count('委员', '更新')).toBe('1');
  const conflict = pageB.getByRole('region', { name: '冲突：王二' });
  await expect(conflict).toContainText('B写的单位');
  await expect(conflict).toContainText('A写的单位');
  await expect(conflict.getByRole('radio', { name: '本机' })).toBeChecked();
  await exchangeB.keep('王二', '对方');
  await exchangeB.confirmImport();

  // B → A: everything B holds; A takes B's choice (stamped when B made it) and B's own edit.
  const changesOfB = await exchangeB.exportPackage();
  await exchangeA.open();
  await exchangeA.choosePackage(changesOfB);
  expect(await exchangeA.count('委员', '更新')).toBe('2');
  await exchangeA.confirmImport();

  await app.goTo('委员');
  await appB.goTo('委员');
  for (const [name, workplace] of [['丁一', 'A改的单位'], ['王二', 'A写的单位'], ['张三', 'B改的单位']] as const) {
    await expect.poll(() => workplaceOf(page, name)).toBe(workplace);
    await expect.poll(() => workplaceOf(pageB, name)).toBe(workplace);
  }
  expect(await exchangeB.dump()).toBe(await exchangeA.dump());
  await contextB.close();
  expect(foreignB).toEqual([]);
});

test('a backup given as a package, and a broken package, are refused and change nothing', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一' });
  await app.goTo('备份与恢复');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份整个台账' }).click();
  const backup = await downloading;
  const exchange = new ExchangePage(page);
  await exchange.open();
  const before = await exchange.dump();
  await exchange.choosePackage({ name: backup.suggestedFilename(), buffer: await readFile(await backup.path()) });
  await expect(page.locator('.ant-alert-error')).toContainText('这是履职台账的备份文件，不是交换包');
  const own = await exchange.exportPackage();
  await exchange.choosePackage({ name: '坏.cppcc-exchange', buffer: own.buffer.subarray(0, own.buffer.length - 10) });
  await expect(page.locator('.ant-alert-error')).toContainText('文件不完整');
  await exchange.choosePackage(own);
  await expect(page.locator('.ant-alert-error')).toContainText('这是本机导出的交换包');
  expect(await exchange.dump()).toBe(before);
});
