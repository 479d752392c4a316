// 修改记录 on a record's page: what the database layer writes for every change (db/history) is
// what the office sees at the bottom of the member's page, with the operator's name.
import { test, expect } from './fixtures';
import { COMMITTEE } from './pages/ledger-app';
import { MembersPage } from './pages/members-page';

test('a member’s page lists its creation, the change of 界别, the deletion and the restore, by whom', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '赵敏', sector: '教育界' });

  await page.getByRole('link', { name: '赵敏' }).click();
  await page.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog');
  await app.chooseOption('界别', '农业界', dialog);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await app.goTo('委员');
  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.getByText('共 0 人')).toBeVisible();
  await app.goTo('回收站');
  await page.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('回收站是空的')).toBeVisible();

  await app.goTo('委员');
  await page.getByRole('link', { name: '赵敏' }).click();
  const history = page.getByRole('region', { name: '修改记录' });
  await history.getByText('修改记录（4条）').click();
  const entries = history.locator('.ant-timeline-item');
  // Newest first: 恢复, 删除, 修改, 新建 — each signed by the operator of the first-run setup.
  await expect(entries).toHaveCount(4);
  for (const [i, action] of ['恢复', '删除', '修改', '新建'].entries()) {
    await expect(entries.nth(i)).toContainText(action);
    await expect(entries.nth(i)).toContainText(COMMITTEE.operator);
  }
  await expect(entries.nth(2)).toContainText('界别：教育界 → 农业界');
  // Only what the person changed: no bookkeeping field (updatedAt and the like) is listed.
  expect((await entries.nth(2).innerText()).split('→')).toHaveLength(2);
});
