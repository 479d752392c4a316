// 设置 → 提案办理: the months a unit has to reply and the reply class scheme are the office's to
// set, checked at the field; changing to A/B/C/D lets the next reply be classed D while the replies
// already classed keep their class, and going back to three classes is refused while a D remains.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ProposalPage } from './pages/proposal-page';
import { ProposalViews } from './pages/proposal-views';

const TITLE = '关于改善乡村学校食堂条件的建议';

test('the reply scheme set to A/B/C/D allows a D reply and keeps the earlier replies', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一' });
  const views = new ProposalViews(app);
  const proposal = new ProposalPage(app);
  await views.enter({ title: TITLE, category: '社会', proposer: '丁一' });
  await proposal.takeStep('立案');
  await proposal.takeStep('交办', async (dialog) => {
    await app.chooseOption('主办单位', '县教育局', dialog);
    await views.chooseMany('协办单位', ['县财政局'], dialog);
  });
  await proposal.takeStep('登记答复', async (dialog) => {
    await expect(dialog.getByRole('radio', { name: /^D类/ })).toHaveCount(0);
    await dialog.getByRole('radio', { name: /^C类（因条件限制留作参考）/ }).check();
  });
  const proposalUrl = page.url();

  await app.goTo('设置');
  await page.getByRole('tab', { name: '提案办理' }).click();
  const months = page.getByLabel('办理期限（月）');
  await expect(months).toHaveValue('3');
  await months.fill('9');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('办理期限最多6个月')).toBeVisible();
  await months.fill('6');
  await page.getByRole('radio', { name: 'A/B/C/D 四类' }).check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存提案办理设置')).toBeVisible();
  await expect(page.getByText('办理期限最多6个月')).toBeHidden();

  await page.goto(proposalUrl);
  await proposal.takeStep('登记答复', async (dialog) => {
    await expect(dialog.getByText('县财政局（协办）')).toBeVisible();
    await dialog.getByRole('radio', { name: /^D类（留作参考）/ }).check();
  });
  const replies = page.getByRole('region', { name: '答复' }).locator('tbody tr.ant-table-row');
  await expect(replies).toHaveCount(2);
  await expect(replies.filter({ hasText: '县教育局' })).toContainText('C类');
  await expect(replies.filter({ hasText: '县财政局' })).toContainText('D类');

  // Back to three classes would leave the D reply outside the scheme: refused at the field.
  await app.goTo('设置');
  await page.getByRole('tab', { name: '提案办理' }).click();
  await expect(page.getByLabel('办理期限（月）')).toHaveValue('6');
  await page.getByRole('radio', { name: 'A/B/C 三类' }).check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已有1条答复为D类，不能改为A/B/C三类（已登记的答复类别不会被改动）')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: '提案办理' }).click();
  await expect(page.getByRole('radio', { name: 'A/B/C/D 四类' })).toBeChecked();
});
