// Back up the whole ledger, wipe the browser's database (as a new PC would be), restore from the
// file at first run, and see everything again; a damaged file is refused and changes nothing.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';

// The commonest office screen: what must be seen without scrolling is checked at this size.
test.use({ viewport: { width: 1366, height: 768 } });

test('back up, wipe, restore from the file, and see it all again', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  // Browser mode cannot back up on its own: until a backup is downloaded, every screen says so.
  const reminder = page.getByRole('alert').filter({ hasText: '还没有下载过备份' });
  await expect(reminder).toBeVisible();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '丁一', sector: '教育界' });
  await members.addMember({ name: '王二', sector: '农业界' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '关于农村饮水安全的调研', type: '调研', start: '2026-06-02', end: '2026-06-03', place: '龙岸镇' });
  await editor.addParticipants(['丁一', '王二']);
  await editor.save();
  await expect(page.getByRole('heading', { name: '关于农村饮水安全的调研' })).toBeVisible();

  await app.goTo('备份与恢复');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份整个台账' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^县政协-履职台账备份-\d{8}-\d{4}\.cppcc-backup$/);
  await expect(reminder).toBeHidden();
  const backup = await readFile(await download.path());

  // A new PC: the database is gone and the program opens at its first run.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('cppcc-ledger');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(new Error('delete failed'));
    request.onblocked = () => resolve();
  }));
  await page.reload();
  await expect(page.getByText('欢迎使用政协履职台账')).toBeVisible();

  await page.getByRole('button', { name: '从备份文件恢复' }).click();
  await page.getByTestId('restore-file-input').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: backup });
  const preview = page.getByRole('region', { name: '恢复' });
  await expect(preview.getByText('罗城仫佬族自治县政协')).toBeVisible();
  await expect(preview.getByText('2 人')).toBeVisible();
  await expect(preview.getByText('1 项')).toBeVisible();
  // At 1366×768 the preview comes up into view by itself, lists every table it restores (提案 and
  // 社情民意 too), and its advice names nothing this first-run screen lacks.
  await expect(preview.getByRole('button', { name: '确认恢复' })).toBeInViewport();
  for (const table of ['委员', '活动', '出勤记录', '提案', '社情民意', '附件', '工作要点', '联络站', '文史资料']) {
    await expect(preview.locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${table}$`) })).toHaveCount(1);
  }
  await expect(preview).toContainText('这台电脑上还没有建立台账，恢复不会丢失任何记录');
  await expect(preview).not.toContainText('备份整个台账');
  await preview.getByRole('button', { name: '确认恢复' }).click();
  await page.getByRole('button', { name: '确定恢复' }).click();

  await expect(page.getByText('罗城仫佬族自治县政协')).toBeVisible();
  await app.goTo('委员');
  await expect.poll(() => members.names()).toEqual(['丁一', '王二']);
  await app.goTo('履职活动');
  await page.getByRole('link', { name: '关于农村饮水安全的调研' }).click();
  await expect(page.getByText(/应到 2 人，实到 2 人/)).toBeVisible();
});

test('a damaged backup file is refused with a Chinese message and changes nothing', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一' });
  await app.goTo('备份与恢复');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份整个台账' }).click();
  const backup = await readFile(await (await downloading).path());
  const truncated = backup.subarray(0, Math.floor(backup.length / 2));
  await page.getByTestId('restore-file-input').setInputFiles({ name: '坏文件.cppcc-backup', mimeType: 'application/json', buffer: truncated });
  await expect(page.locator('.ant-alert-error')).toContainText('文件不完整');
  await expect(page.getByRole('button', { name: '确认恢复' })).toHaveCount(0);
  await app.goTo('委员');
  await expect(page.getByText('共 1 人')).toBeVisible();
});

test('a restore can be undone: the ledger it replaced comes back with 撤销恢复', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '丁一', sector: '教育界' });
  await app.goTo('备份与恢复');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份整个台账' }).click();
  const download = await downloading;
  const backup = await readFile(await download.path());

  // Work goes on after the backup; then the older backup is restored by mistake.
  await app.goTo('委员');
  await members.addMember({ name: '王二', sector: '农业界' });
  await app.goTo('备份与恢复');
  await expect(page.getByRole('button', { name: '撤销恢复' })).toHaveCount(0);
  await page.getByTestId('restore-file-input').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: backup });
  await page.getByRole('region', { name: '恢复' }).getByRole('button', { name: '确认恢复' }).click();
  await page.getByRole('button', { name: '确定恢复' }).click();
  const kept = page.getByRole('alert').filter({ hasText: '上次恢复之前的台账已保留' });
  await expect(kept).toContainText('委员 2 人');
  await app.goTo('委员');
  await expect.poll(() => members.names()).toEqual(['丁一']);

  await app.goTo('备份与恢复');
  await kept.getByRole('button', { name: '撤销恢复' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '撤销恢复' }).click();
  await expect(page.getByText('已撤销恢复：台账回到了恢复之前的样子')).toBeVisible();
  await expect(kept).toBeHidden();
  await app.goTo('委员');
  await expect.poll(() => members.names()).toEqual(['丁一', '王二']);
});
