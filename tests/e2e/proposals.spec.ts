// A proposal through its life as the 提案委员会 enters it: registered, assigned to a unit, replied
// (A类) and rated 满意; the session's figures row and the proposal's history follow, and a reply
// cannot be recorded from the page before the proposal is assigned.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ProposalPage } from './pages/proposal-page';

test('enter a proposal, register, assign, reply and rate it, and see the figures', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一' });

  await app.goTo('提案');
  await page.getByRole('button', { name: '新增提案' }).click();
  // Saved empty, the form says at each field what is missing.
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请填写案由')).toBeVisible();
  await expect(page.getByText('请选择第一提案人')).toBeVisible();
  await page.getByLabel('案由').fill('关于加快城区停车场建设的建议');
  await app.chooseOption('类别', '经济');
  await app.chooseOption('第一提案人', '丁一');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /第1号提案：关于加快城区停车场建设的建议/ })).toBeVisible();

  const proposal = new ProposalPage(app);
  // Before 交办 there is no way to record a reply.
  await expect(proposal.stepButton('立案')).toBeVisible();
  await expect(proposal.stepButton('登记答复')).toHaveCount(0);
  await proposal.takeStep('立案');
  await expect(proposal.stepButton('交办')).toBeVisible();
  await expect(proposal.stepButton('登记答复')).toHaveCount(0);

  await proposal.takeStep('交办', async (dialog) => {
    await app.chooseOption('主办单位', '县教育局', dialog);
  });
  await proposal.takeStep('登记答复', async (dialog) => {
    await expect(dialog.getByText('县教育局（主办）')).toBeVisible();
    await dialog.getByRole('radio', { name: /^A类/ }).check();
  });
  await proposal.takeStep('评价', async (dialog) => {
    await dialog.getByRole('radio', { name: '满意', exact: true }).check();
  });
  await expect(page.getByRole('region', { name: '答复' })).toContainText('县教育局');
  // 提交, 立案, 交办, 办复, 评价.
  await expect(proposal.historyRows()).toHaveCount(5);
  await expect(proposal.historyRows().nth(4)).toContainText('已办复 → 已评价');

  await app.goTo('提案');
  const figures = page.getByRole('region', { name: '提案数据' });
  await expect(figures.getByRole('group', { name: '立案', exact: true })).toContainText('1件');
  await expect(figures.getByRole('group', { name: '办复率', exact: true })).toContainText('100%');
  await expect(figures.getByRole('group', { name: 'A类', exact: true })).toContainText('1件');
  await expect(figures.getByRole('group', { name: '满意率', exact: true })).toContainText('100%');
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '关于加快城区停车场建设的建议' });
  await expect(row).toContainText('县教育局');
  await expect(row).toContainText('满意');
});
