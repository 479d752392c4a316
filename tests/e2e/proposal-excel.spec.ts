// The 提案办理情况一览表 round trip as an office does it: two proposals entered and handled on one
// PC, the table exported (downloaded), then on a new PC — a fresh first-run ledger with the same
// members — the table imported, previewed and confirmed, and the same proposals in the list.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ProposalPage } from './pages/proposal-page';
import type { LedgerApp } from './pages/ledger-app';

const PARKING = '关于加快城区停车场建设的建议';
const WATER = '关于农村饮水安全的建议';

async function enterProposal(app: LedgerApp, title: string, proposer: string): Promise<void> {
  const page = app.page;
  await app.goTo('提案');
  await page.getByRole('button', { name: '新增提案' }).click();
  await page.getByLabel('案由').fill(title);
  await app.chooseOption('类别', '经济');
  await app.chooseOption('第一提案人', proposer);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();
}

function listRow(page: Page, title: string): Locator {
  return page.locator('.ant-table-tbody tr.ant-table-row', { hasText: title });
}

async function expectTheTwoProposals(page: Page): Promise<void> {
  await expect(page.getByText('共 2 件')).toBeVisible();
  const parking = listRow(page, PARKING);
  await expect(parking).toContainText('丁一');
  await expect(parking).toContainText('已评价');
  await expect(parking).toContainText('县教育局');
  await expect(parking).toContainText('满意');
  await expect(parking.locator('td').first()).toHaveText('1');
  // 案号, 案由, 提案者, 类别, 阶段, 主办单位, 答复类别 …
  await expect(parking.locator('td').nth(6)).toHaveText('A');
  const water = listRow(page, WATER);
  await expect(water).toContainText('王二');
  await expect(water).toContainText('待审查');
  await expect(water.locator('td').first()).toHaveText('2');
}

test('export the 提案办理情况一览表 and import it into an empty ledger with the same result', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '丁一' });
  await members.addMember({ name: '王二' });

  await enterProposal(app, PARKING, '丁一');
  const proposal = new ProposalPage(app);
  await proposal.takeStep('立案');
  await proposal.takeStep('交办', async (dialog) => {
    await app.chooseOption('主办单位', '县教育局', dialog);
  });
  await proposal.takeStep('登记答复', async (dialog) => {
    await dialog.getByRole('radio', { name: /^A类/ }).check();
  });
  await proposal.takeStep('评价', async (dialog) => {
    await dialog.getByRole('radio', { name: '满意', exact: true }).check();
  });
  await enterProposal(app, WATER, '王二');

  await app.goTo('提案');
  await expectTheTwoProposals(page);
  await page.getByRole('button', { name: '导出一览表' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出九届一次会议' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('县政协九届一次会议提案办理情况一览表.xlsx');
  const table = await readFile(await download.path());

  // A new PC: the database is gone and the program opens at its first run.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('cppcc-ledger');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(new Error('delete failed'));
    request.onblocked = () => resolve();
  }));
  await page.reload();
  await app.completeFirstRun();
  await app.goTo('委员');
  await members.addMember({ name: '丁一' });
  await members.addMember({ name: '王二' });

  await app.goTo('提案');
  await expect(page.getByText('还没有登记提案')).toBeVisible();
  await page.getByRole('button', { name: '导入一览表' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: table,
  });
  await expect(dialog.getByText('将导入 2 件提案，跳过 0 行（有错误）')).toBeVisible();
  // Nothing is written before the user confirms.
  await expect(page.getByText('还没有登记提案')).toBeVisible();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toBeHidden();
  await expectTheTwoProposals(page);

  // The imported proposal's history says where it came from.
  await page.getByRole('link', { name: PARKING }).click();
  await expect(proposal.historyRows().first()).toContainText('从《提案办理情况一览表》');
  await expect(proposal.historyRows().last()).toContainText('已办复 → 已评价');
});
