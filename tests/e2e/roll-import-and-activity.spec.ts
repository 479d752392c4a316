// Importing a 60-member Excel roll (a title row, full-width spaces, a blank row and one bad row)
// and recording an inspection with 8 participants, one on leave — then seeing it all after a
// reload.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';
import { buildSixtyMemberRoll, SIXTY_MEMBER_ROLL } from '../fixtures/member-roll';

test('import a 60-member roll: the bad row is reported, the rest imported after confirmation', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  const dialog = await new MembersPage(app).uploadRoll({ name: '第九届委员名册.xlsx', buffer: Buffer.from(await buildSixtyMemberRoll()) });
  await expect(dialog.getByText(`第${SIXTY_MEMBER_ROLL.badRowNumber}行`).first()).toBeVisible();
  // Nothing is written before the user confirms.
  await expect(page.getByText('共 0 人')).toBeVisible();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`共 ${SIXTY_MEMBER_ROLL.validNames.length} 人`)).toBeVisible();
  const members = new MembersPage(app);
  await page.getByLabel('按姓名搜索').fill(SIXTY_MEMBER_ROLL.paddedName.replace(/\u3000/g, ''));
  await expect.poll(() => members.names()).toEqual([SIXTY_MEMBER_ROLL.paddedName.replace(/\u3000/g, '')]);
});

test('record a 视察 with 8 participants, one 请假, and see it after a reload', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  const names = ['丁一', '王二', '左三', '白四', '刘五', '孙六', '李七', '张八'];
  for (const name of names) await members.addMember({ name });

  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '视察县人民医院医疗服务工作', type: '视察', start: '2026-04-10', end: '2026-04-10', place: '县人民医院' });
  await editor.addParticipants(names);
  await editor.setAttendance('孙六', '请假');
  await expect(page.getByText(/应到\s*8/).first()).toBeVisible();
  await expect(page.getByText(/实到\s*7/).first()).toBeVisible();
  await editor.save();
  await expect(page.getByRole('heading', { name: '视察县人民医院医疗服务工作' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: '视察县人民医院医疗服务工作' })).toBeVisible();
  await expect(page.getByRole('row', { name: /孙六.*请假/ })).toBeVisible();
  await app.selectYear(2026);
  await app.goTo('首页');
  await expect(page.getByText('委员参加活动')).toBeVisible();
  await app.goTo('委员');
  await page.getByRole('link', { name: '孙六' }).click();
  await page.getByText('全部年度').click();
  await expect(page.getByRole('row', { name: /视察县人民医院医疗服务工作.*请假/ })).toBeVisible();
});

test('the activity form refuses an end before the start, at the field', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '调研', type: '调研', start: '2026-05-10', end: '2026-05-01', place: '' });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('结束日期不能早于开始日期')).toBeVisible();
});
