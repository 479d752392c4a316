// First run, adding members, the recycle bin, and the rule that the program talks to no host
// but its own — as an office worker would do it, in Chromium.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';

test('first-run setup, add a member, see it after a reload, no request leaves the machine', async ({ app, page, foreignRequests }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '李　华', gender: '女', sector: '教育界', township: '城关镇', workplace: '县第一中学校长' });
  await members.addMember({ name: '丁建国', sector: '农业界', township: '龙岸镇' });
  // Stroke order: 丁 (2 strokes) before 李 (7); the full-width space is gone from the name.
  await expect.poll(() => members.names()).toEqual(['丁建国', '李华']);

  await page.reload();
  await expect(page.getByText('罗城仫佬族自治县政协')).toBeVisible();
  await expect.poll(() => members.names()).toEqual(['丁建国', '李华']);
  await page.getByRole('link', { name: '李华' }).click();
  await expect(page.getByText('县第一中学校长')).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('the member form refuses bad input at the field and saves nothing', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await page.getByRole('button', { name: '添加委员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('联系电话').fill('电话号码abc');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写姓名')).toBeVisible();
  await expect(dialog.getByText('联系电话只能包含数字、空格和 + - ( )')).toBeVisible();
  // Correcting a field takes its message away.
  await dialog.getByLabel('姓名').fill('王明');
  await expect(dialog.getByText('请填写姓名')).toBeHidden();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('共 0 人')).toBeVisible();
});

test('delete a member to the recycle bin and restore it', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '王明' });
  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.getByText('共 0 人')).toBeVisible();

  await app.goTo('回收站');
  await expect(page.getByRole('cell', { name: '王明' })).toBeVisible();
  await page.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('回收站是空的')).toBeVisible();
  await app.goTo('委员');
  await expect.poll(() => members.names()).toEqual(['王明']);
});

test('sample data can be loaded at first run, is marked, and goes in one step', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: '先载入示例数据看看' }).click();
  await expect(page.getByText('当前台账含有示例数据')).toBeVisible();
  await expect(page.getByText('示例县政协（示例数据）')).toBeVisible();
  await page.getByRole('button', { name: '移除示例数据' }).click();
  await page.getByRole('button', { name: '移除', exact: true }).click();
  await expect(page.getByText('欢迎使用政协履职台账')).toBeVisible();
});
