// The desktop program's automatic backups, seen from the page: none of an empty ledger, one when
// the window closes, the list with dates and contents, and — after the ledger is lost — the offer
// at first run: the newest whole backup in one click (skipping a damaged one), or any backup
// chosen from the list by its date and contents.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { installFakeDesktopBridge } from './fake-desktop-bridge';
import { MembersPage } from './pages/members-page';

const close = (page: Page) => page.evaluate(() => (window as unknown as { fakeDesktopClose: () => Promise<void> }).fakeDesktopClose());

test('automatic backups at close, never of an empty ledger, and a choice of them at first run after a loss', async ({ app, page }) => {
  await page.addInitScript(installFakeDesktopBridge);
  await app.open();
  await app.completeFirstRun();
  // The desktop program backs up by itself, so there is no download reminder.
  await expect(page.getByRole('alert').filter({ hasText: '下载过备份' })).toHaveCount(0);

  await app.goTo('备份与恢复');
  const section = page.getByRole('region', { name: '自动备份' });
  await expect(section.getByText('/home/office/.config/政协履职台账/自动备份')).toBeVisible();
  // A ledger with no record yet gets no backup, at start or when asked: it would push good ones out.
  await expect(section.getByText('还没有自动备份')).toBeVisible();
  await section.getByRole('button', { name: '立即自动备份一次' }).click();
  await expect(page.getByText('台账里还没有任何记录，没有写自动备份。')).toBeVisible();
  await close(page);

  const members = new MembersPage(app);
  await app.goTo('委员');
  await members.addMember({ name: '丁一', sector: '教育界' });
  await close(page);
  await members.addMember({ name: '王二', sector: '农业界' });
  // The user closes the window: the shell asks the page for its closing backup.
  await close(page);
  await app.goTo('备份与恢复');
  await expect(section.getByRole('row')).toHaveCount(3);
  await expect(section.getByRole('row').nth(1)).toContainText('委员 2 人');
  await expect(section.getByRole('row').nth(2)).toContainText('委员 1 人');

  await section.getByRole('button', { name: '更改保存位置' }).click();
  await expect(section.getByText('D:\\台账备份')).toBeVisible();

  // The ledger is lost; the newest backup is damaged too.
  await page.evaluate(() => (window as unknown as { fakeDesktopDamageNewest: (d: boolean) => void }).fakeDesktopDamageNewest(true));
  await page.evaluate(() => new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('cppcc-ledger');
    request.onsuccess = () => resolve();
    request.onblocked = () => resolve();
  }));
  await page.reload();
  await expect(page.getByText('自动备份文件夹中有 2 份备份')).toBeVisible();
  await page.getByRole('button', { name: '恢复最新的完好备份' }).click();
  await expect(page.getByText(/已跳过损坏的备份：.*校验和不符/)).toBeVisible();
  await expect(page.getByText('1 人', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();

  // Repaired (say, copied again from the USB stick): the clerk picks it from the list by its contents.
  await page.evaluate(() => (window as unknown as { fakeDesktopDamageNewest: (d: boolean) => void }).fakeDesktopDamageNewest(false));
  const list = page.getByRole('table').filter({ hasText: '备份时间' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await list.getByRole('row').filter({ hasText: '委员 2 人' }).getByRole('button', { name: '用这份恢复' }).click();
  await expect(page.getByText('2 人', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '确认恢复' }).click();
  await page.getByRole('button', { name: '确定恢复' }).click();
  await app.goTo('委员');
  await expect.poll(() => members.names()).toEqual(['丁一', '王二']);
});
