// Nothing lost silently on the roll: a second 王明 is asked about (naming the first one's 界别 and
// 工作单位) yet can be saved, and deleting a member named on an activity says so first; restoring
// them brings the attendance back.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';

test('a second member of the same name is asked about, then saved as a namesake', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '王明', sector: '教育界', workplace: '县第一中学教师' });

  await page.getByRole('button', { name: '添加委员' }).click();
  const form = page.getByRole('dialog', { name: '添加委员' });
  await form.getByLabel('姓名').fill('王 明');
  await form.getByRole('button', { name: '保存' }).click();
  const question = page.getByRole('dialog', { name: '同名委员' });
  await expect(question).toContainText('已有同名委员王明（教育界，县第一中学教师），请确认不是同一人');
  // 返回修改 keeps the form as typed and saves nothing.
  await question.getByRole('button', { name: '返回修改' }).click();
  await expect(form.getByLabel('姓名')).toHaveValue('王 明');
  await expect(page.getByText('共 1 人')).toBeVisible();
  await form.getByRole('button', { name: '保存' }).click();
  await page.getByRole('dialog', { name: '同名委员' }).getByRole('button', { name: '是另一位，保存' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => members.names()).toEqual(['王明', '王明']);
});

test('deleting a member named on an activity says so, and restoring brings the attendance back', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '李华' });
  await members.addMember({ name: '丁一' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '视察县人民医院', type: '视察', start: '2026-04-10', end: '2026-04-10', place: '' });
  await editor.addParticipants(['李华']);
  await editor.save();
  await expect(page.getByRole('heading', { name: '视察县人民医院' })).toBeVisible();

  await app.goTo('委员');
  // A member nothing names gets the plain question.
  await page.getByRole('row', { name: /丁一/ }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('dialog', { name: '删除 丁一？' })).toContainText('删除后可在回收站恢复');
  await page.getByRole('dialog', { name: '删除 丁一？' }).getByRole('button', { name: '取消' }).click();

  await page.getByRole('row', { name: /李华/ }).getByRole('button', { name: '删除' }).click();
  const question = page.getByRole('dialog', { name: '删除 李华？' });
  await expect(question).toContainText('李华出现在1项活动中。删除只是把委员移入回收站，这些记录原样保留，恢复后一切照旧。');
  await question.getByRole('button', { name: '删除' }).click();
  await expect.poll(() => members.names()).toEqual(['丁一']);

  await app.goTo('回收站');
  await page.getByRole('row', { name: /李华/ }).getByRole('button', { name: '恢复' }).click();
  await app.goTo('委员');
  await page.getByRole('link', { name: '李华' }).click();
  await app.selectYear(2026);
  await expect(page.getByRole('link', { name: '视察县人民医院' })).toBeVisible();
});
