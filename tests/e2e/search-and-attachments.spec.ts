// The shell's search finds members and activities across years; an activity keeps its files,
// and a file of the wrong kind is refused with a message.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';

test('search from the shell, and attach a photo to an activity', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '覃文华', workplace: '县农业农村局副局长' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '关于茶叶产业发展的调研', type: '调研', start: '2024-09-12', end: '2024-09-12', place: '宝坛乡' });
  await editor.addParticipants(['覃文华']);
  await editor.save();
  await expect(page.getByRole('heading', { name: '关于茶叶产业发展的调研' })).toBeVisible();

  await page.locator('input[type=file]').setInputFiles({ name: '调研现场.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) });
  await expect(page.getByText('已添加附件“调研现场.png”')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({ name: '安装程序.exe', mimeType: 'application/octet-stream', buffer: Buffer.from([1, 2, 3]) });
  await expect(page.getByText(/“安装程序.exe”的类型不能作为附件/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('cell', { name: '调研现场.png', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '安装程序.exe' })).toHaveCount(0);

  await app.goTo('首页');
  const search = page.getByLabel('搜索委员和活动');
  await search.fill('茶叶');
  await page.locator('.ant-select-item-option').filter({ hasText: '关于茶叶产业发展的调研' }).click();
  await expect(page.getByRole('heading', { name: '关于茶叶产业发展的调研' })).toBeVisible();
  await search.fill('覃文');
  await page.locator('.ant-select-item-option').filter({ hasText: '覃文华' }).click();
  await expect(page.getByText('县农业农村局副局长')).toBeVisible();
});
