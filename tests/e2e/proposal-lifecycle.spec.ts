// A proposal through its whole life as the 提案委员会 handles it, watched on the proposal
// dashboard: entered, registered (立案), corrected, assigned to a 主办 and a 协办 unit, both
// replies recorded (the reply letter attached to its row), rated 满意 — the dashboard's 收到, 立案,
// 办复率 and 满意率 follow each step. The board shows it in its stage's column, and a proposal
// assigned long ago shows 逾期 and is the only one the overdue filter keeps. A 重点提案 links to its
// 督办 activity and back, and 优秀提案 and 先进承办单位 reach the dashboard.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ProposalPage } from './pages/proposal-page';
import { ProposalViews } from './pages/proposal-views';
import { ActivityEditor } from './pages/activity-editor';

const TITLE = '关于加快城区停车场建设的建议';
const LATE_TITLE = '关于农村饮水安全的建议';

test('a proposal from entry to 满意, on the dashboard, the board and the overdue filter', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一' });
  const views = new ProposalViews(app);
  const proposal = new ProposalPage(app);

  await views.enter({ title: '关于城区停车场的建议', category: '经济', proposer: '丁一' });
  const openProposal = async (title: string) => {
    await views.open('提案列表');
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();
  };
  const expectFigures = async (figures: Record<string, string>) => {
    await views.open('统计');
    for (const [label, text] of Object.entries(figures)) await expect(views.dashboardFigure(label)).toContainText(text);
  };
  // A rate over nothing (办复率 with nothing registered) is no number: —, as on the home screen.
  await expectFigures({ 收到提案: '1件', 立案: '0件', 立案率: '0%', 待审查: '1件', 办复率: '—', 满意率: '—' });

  await openProposal('关于城区停车场的建议');
  await proposal.takeStep('立案');
  // Corrected after 立案: the 案由 changes, the session cannot.
  await page.getByRole('button', { name: '修改', exact: true }).click();
  await expect(page.getByLabel('次会议')).toBeDisabled();
  await page.getByLabel('案由').fill(TITLE);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(TITLE) })).toBeVisible();
  await expect(proposal.historyRows().last()).toContainText('案由由“关于城区停车场的建议”改为“关于加快城区停车场建设的建议”');
  await expectFigures({ 收到提案: '1件', 立案: '1件', 立案率: '100%', 办复率: '0%' });

  await openProposal(TITLE);
  await proposal.takeStep('交办', async (dialog) => {
    await app.chooseOption('主办单位', '县教育局', dialog);
    await views.chooseMany('协办单位', ['县财政局'], dialog);
  });
  await expect(page.locator('.ant-descriptions', { hasText: '主办单位' })).toContainText('县财政局');
  await proposal.takeStep('登记答复', async (dialog) => {
    await expect(dialog.getByText('县教育局（主办）')).toBeVisible();
    await dialog.getByRole('radio', { name: /^A类/ }).check();
    await dialog.getByLabel('已与提案者面商').check();
  });
  await proposal.takeStep('登记答复', async (dialog) => {
    await expect(dialog.getByText('县财政局（协办）')).toBeVisible();
    await dialog.getByRole('radio', { name: /^B类/ }).check();
  });
  const replies = page.getByRole('region', { name: '答复' });
  await expect(replies.locator('tbody tr.ant-table-row')).toHaveCount(2);
  // The 主办 unit's reply letter, kept with its row.
  await replies.locator('tbody tr.ant-table-row').first().locator('input[type=file]')
    .setInputFiles({ name: '县教育局答复函.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 答复函') });
  await expect(replies.getByRole('button', { name: '下载附件：县教育局答复函.pdf' })).toBeVisible();
  await expectFigures({ 办复: '1件', 办复率: '100%', 面商率: '100%', 满意率: '—', 承办单位: '2个' });
  await expect(page.getByRole('region', { name: '办复提案按答复类别' })).toContainText('1件（占100%）');

  await openProposal(TITLE);
  await proposal.takeStep('评价', async (dialog) => {
    await dialog.getByRole('radio', { name: '满意', exact: true }).check();
  });
  await expect(proposal.historyRows()).toHaveCount(7);
  await expectFigures({ 收到提案: '1件', 立案: '1件', 办复率: '100%', 收到征询意见表: '1份', 满意: '1份', 满意率: '100%' });

  await views.open('看板');
  await expect(views.boardColumn('已评价')).toContainText(TITLE);
  await expect(views.boardColumn('已交办')).not.toContainText(TITLE);
  await views.boardColumn('已评价').getByRole('link', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('heading', { name: new RegExp(TITLE) })).toBeVisible();

  // A second proposal, received and assigned in 2024: its 3 months ran out long ago.
  await views.enter({ title: LATE_TITLE, category: '社会', proposer: '丁一', receivedDate: '2024-01-08' });
  await proposal.takeStep('立案');
  await proposal.takeStep('交办', async (dialog) => {
    await app.chooseOption('主办单位', '县水利局', dialog);
    await app.pickDate('交办日期', '2024-01-10');
  });
  await expect(page.locator('.ant-descriptions', { hasText: '办理期限' })).toContainText(/逾期\d+天/);

  await views.open('提案列表');
  await expect(views.listRows()).toHaveCount(2);
  await page.getByRole('checkbox', { name: '只看逾期' }).check();
  await expect(views.listRows()).toHaveCount(1);
  await expect(views.listRows().first()).toContainText(LATE_TITLE);
  await expect(views.listRows().first()).toContainText(/逾期\d+天/);
  await page.getByRole('checkbox', { name: '只看逾期' }).uncheck();
  await expect(views.listRows()).toHaveCount(2);

  await views.open('承办单位');
  // Columns: 单位, 主办, 协办, 已答复, 按期, 逾期, 未答复, A类, B类, C类.
  const cells = (unit: string) => page.locator('.ant-table-tbody tr.ant-table-row', { hasText: unit }).locator('td');
  await expect(views.listRows()).toHaveCount(3);
  const expectRow = async (unit: string, counts: string[]) => {
    for (const [i, n] of counts.entries()) await expect(cells(unit).nth(i + 1)).toHaveText(n);
  };
  await expectRow('县教育局', ['1', '0', '1', '1', '0', '0', '1', '0', '0']);
  await expectRow('县财政局', ['0', '1', '1', '1', '0', '0', '0', '1', '0']);
  await expectRow('县水利局', ['1', '0', '0', '0', '0', '1', '0', '0', '0']);
});

test('a 重点提案 with its 督办 leader and activity, linked both ways; 优秀提案 and 先进承办单位', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '重点提案督办视察', type: '视察', start: '2025-06-10', end: '2025-06-10', place: '城区' });
  await editor.addParticipants(['丁一']);
  await editor.save();
  await expect(page.getByRole('heading', { name: '重点提案督办视察' })).toBeVisible();

  const views = new ProposalViews(app);
  const proposal = new ProposalPage(app);
  const title = '关于老旧小区改造的建议';
  await views.enter({ title, category: '社会', proposer: '丁一', receivedDate: '2025-01-10' });
  await proposal.takeStep('立案');
  await proposal.takeStep('交办', async (dialog) => {
    await app.chooseOption('主办单位', '县住房和城乡建设局', dialog);
    await app.pickDate('交办日期', '2025-02-10');
  });
  await page.getByRole('region', { name: '办理操作' }).getByRole('button', { name: '设为重点提案' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('领衔督办领导').pressSequentially('张主席');
  await dialog.getByLabel('领衔督办领导').press('Enter');
  await views.chooseMany('督办活动', ['重点提案督办视察（2025年6月10日）'], dialog);
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  const keyRow = page.locator('.ant-descriptions-row', { hasText: '重点提案' });
  await expect(keyRow).toContainText('领衔督办：张主席');

  // From the proposal to its 督办 activity, and back.
  await keyRow.getByRole('link', { name: '重点提案督办视察（2025年6月10日）' }).click();
  await expect(page.getByRole('heading', { name: '重点提案督办视察' })).toBeVisible();
  const supervised = page.getByRole('region', { name: '督办的重点提案' });
  await expect(supervised).toContainText(`九届一次会议第1号《${title}》（领衔督办：张主席）`);
  await supervised.getByRole('link').click();
  await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();

  await page.getByRole('region', { name: '办理操作' }).getByRole('button', { name: '评为优秀提案' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
  await expect(page.locator('.ant-descriptions').getByText('优秀提案', { exact: true }).last()).toBeVisible();

  await views.open('承办单位');
  await page.getByRole('switch', { name: '县住房和城乡建设局先进承办单位' }).click();
  await expect(page.getByText('已将县住房和城乡建设局评为2025年度先进承办单位')).toBeVisible();

  await views.open('统计');
  await expect(views.dashboardFigure('重点提案')).toContainText('1件');
  await expect(views.dashboardFigure('优秀提案')).toContainText('1件');
  await expect(page.getByRole('region', { name: '重点提案名单' })).toContainText(`第1号《${title}》（领衔督办：张主席）`);
  await expect(page.getByRole('region', { name: '先进承办单位名单' })).toContainText('县住房和城乡建设局');
});
