// 民主评议 end to end: a round of five units, results with a tie refused first for shares that do
// not add up to 100 %, the ranking shown with the tie (1, 2, 2, 4, 5), a problem rectified before
// it was found refused at its field, and the ranking printed as a .docx whose body holds the units
// in rank order. 监督员: appointments in surname stroke order with the year's figures.
import { test, expect } from './fixtures';
import { docxBodyText } from './pages/report-page';
import { EvaluationPage } from './pages/evaluation-page';
import { MembersPage } from './pages/members-page';

test('an evaluation of five units is ranked with a tie and the ranking exports to Word', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  const evaluation = new EvaluationPage(app);
  await evaluation.createRound('2025年度政风行风民主评议', '2025-06-10', ['走访座谈', '问卷']);
  await evaluation.chooseUnits(['县商务局', '县公安局', '县教育局', '县民政局', '县财政局']);

  // Before any result there is no ranking, and exporting says why.
  const noRanking = page.locator('#root').getByText('还没有录入任何单位的测评结果，无法排出测评名次');
  await expect(noRanking).toBeVisible();
  await page.getByRole('button', { name: '导出名次表（Word）' }).click();
  await expect(page.locator('.ant-message')).toContainText('还没有录入任何单位的测评结果');

  // 县公安局's shares add up to 95 %: refused beside its 满意 field, nothing saved.
  await evaluation.enterShares([['县公安局', 80, 10, 5]]);
  await expect(page.getByText('县公安局的满意、基本满意、不满意占比合计为95%，应为100%')).toBeVisible();
  await expect(noRanking).toBeVisible();

  await evaluation.enterShares([
    ['县商务局', 95, 5, 0],
    ['县公安局', 85, 10, 5],
    ['县教育局', 85, 15, 0],
    ['县民政局', 70, 20, 10],
    ['县财政局', 60, 30, 10],
  ]);
  // 公 (4 strokes) before 教 (11) within the tie for second place; no third place.
  await expect.poll(() => evaluation.ranking()).toEqual([
    ['第1名', '县商务局'],
    ['第2名（并列）', '县公安局'],
    ['第2名（并列）', '县教育局'],
    ['第4名', '县民政局'],
    ['第5名', '县财政局'],
  ]);
  await expect(evaluation.rankingRows().filter({ hasText: '县财政局' })).toContainText('重点监督');
  await expect(evaluation.rankingRows().filter({ hasText: '县商务局' })).toContainText('满意单位');

  // A problem of 县财政局 "rectified" before it was found is refused at the date.
  await page.getByRole('region', { name: '县财政局存在问题' }).getByRole('button', { name: '添加问题' }).click();
  const dialog = page.getByRole('dialog', { name: '县财政局：添加问题' });
  await dialog.getByLabel('存在问题').fill('项目资金拨付进度偏慢');
  await dialog.getByRole('radio', { name: '已整改' }).check();
  await app.pickDate('开始整改日期', '2025-06-01');
  await app.pickDate('整改完成日期', '2025-06-05');
  await dialog.getByRole('button', { name: '保存问题' }).click();
  await expect(dialog.getByText('整改完成日期不能早于发现问题的日期')).toBeVisible();
  await app.pickDate('开始整改日期', '2025-06-20');
  await app.pickDate('整改完成日期', '2025-08-01');
  await dialog.getByRole('button', { name: '保存问题' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: '县财政局存在问题' })).toContainText('2025年8月1日完成');

  const download = await evaluation.exportRanking();
  expect(download.suggestedFilename()).toBe('2025年度政风行风民主评议测评名次.docx');
  const text = await docxBodyText(download);
  const order = ['县商务局', '县公安局', '县教育局', '县民政局', '县财政局'].map((u) => text.indexOf(`${u}第`));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(text).toContain('第2名（并列）');
  expect(text).toContain('县商务局、县公安局、县教育局被评为满意单位');
});

test('监督员 are listed in stroke order with the year’s figures; an end before the start is refused', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '王明' });
  await members.addMember({ name: '丁一' });
  await page.getByRole('menuitem', { name: '监督员' }).click();
  const appoint = async (name: string, unit: string, group: string, to?: string) => {
    await page.getByRole('button', { name: '新增聘任' }).click();
    const dialog = page.getByRole('dialog', { name: '新增聘任' });
    await app.chooseOption('委员', name, dialog);
    await app.chooseOption('派驻单位', unit, dialog);
    await dialog.getByLabel('监督小组').fill(group);
    if (to) await app.pickDate('聘任结束日期', to);
    await dialog.getByRole('button', { name: '保存聘任' }).click();
    return dialog;
  };
  const refused = await appoint('王明', '县公安局', '第一监督组', '2000-01-01');
  await expect(refused.getByText('聘任结束日期不能早于开始日期')).toBeVisible();
  await refused.getByRole('button', { name: '取消' }).click();
  // What was typed is not dropped without a word: the dialog asks first.
  await page.getByRole('button', { name: '放弃并关闭' }).click();
  await expect(page.getByRole('table', { name: '聘任名单' })).toContainText(/没有在任的监督员/);

  await expect(await appoint('王明', '县公安局', '第一监督组')).toHaveCount(0);
  await expect(await appoint('丁一', '县教育局', '第一监督组')).toHaveCount(0);
  // 丁 (2 strokes) before 王 (4).
  await expect(page.getByRole('table', { name: '聘任名单' }).locator('tbody tr td:first-child')).toHaveText(['丁一', '王明']);
  await expect(page.getByRole('group', { name: '担任监督员的委员' })).toContainText('2名');
  await expect(page.getByRole('group', { name: '派驻单位' })).toContainText('2个');
  await expect(page.getByRole('group', { name: '监督小组' })).toContainText('1个');
});
