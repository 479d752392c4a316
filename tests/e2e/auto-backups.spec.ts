// The desktop program's automatic backups, seen from the page: a backup at start, one when the
// window closes, the list with dates and contents, and — after the ledger is lost — the offer at
// first run to restore the newest whole backup, skipping a damaged one.
import { test, expect } from './fixtures';
import { installFakeDesktopBridge } from './fake-desktop-bridge';
import { MembersPage } from './pages/members-page';

test('automatic backups at start and at close, listed, and restored at first run after a loss', async ({ app, page }) => {
  await page.addInitScript(installFakeDesktopBridge);
  await app.open();
  await app.completeFirstRun();
  // The desktop program backs up by itself, so there is no download reminder.
  await expect(page.getByRole('alert').filter({ hasText: '下载过备份' })).toHaveCount(0);

  await app.goTo('备份与恢复');
  const section = page.getByRole('region', { name: '自动备份' });
  await expect(section.getByText('/home/office/.config/政协履职台账/自动备份')).toBeVisible();
  // The daily backup was written when the ledger opened.
  await expect(section.getByRole('row')).toHaveCount(2);
  await expect(section.getByText(/委员 0 人，活动 0 项/)).toBeVisible();

  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一', sector: '教育' });
  // The user closes the window: the shell asks the page for its closing backup.
  await page.evaluate(() => (window as unknown as { fakeDesktopClose: () => Promise<void> }).fakeDesktopClose());
  await app.goTo('备份与恢复');
  await expect(section.getByRole('row')).toHaveCount(3);
  await expect(section.getByRole('row').nth(1)).toContainText('委员 1 人');

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
  await expect(page.getByText('0 人', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();

  // Repaired (say, copied again from the USB stick): the newest is offered and restored.
  await page.evaluate(() => (window as unknown as { fakeDesktopDamageNewest: (d: boolean) => void }).fakeDesktopDamageNewest(false));
  await page.getByRole('button', { name: '恢复最新的完好备份' }).click();
  await expect(page.getByText('1 人', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '确认恢复' }).click();
  await page.getByRole('button', { name: '确定恢复' }).click();
  await app.goTo('委员');
  await expect.poll(() => new MembersPage(app).names()).toEqual(['丁一']);
});
