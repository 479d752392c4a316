// 社情民意 as the office handles it: an item entered (refused at its fields while incomplete),
// compiled into the year's first issue, adopted by the 市政协 with a 市 leader's 批示; the year's
// figures count it and the 批示 page lists it with a link back to the item.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ProposalPage } from './pages/proposal-page';

test('enter an opinion, compile it into an issue, record its 市 adoption and 批示, and see the figures and the 批示 page', async ({ app, page }) => {
  const year = new Date().getFullYear();
  const title = '关于解决城区停车难问题的建议';
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一', sector: '教育界' });

  await app.goTo('社情民意');
  await page.getByRole('button', { name: '新增社情民意' }).click();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请填写标题')).toBeVisible();
  await expect(page.getByText('请至少选择一位报送委员或一个报送单位')).toBeVisible();
  await page.getByLabel('标题').fill(title);
  // A multiple choice stays open after a pick: pick, then close it.
  const submitters = page.getByLabel('报送委员', { exact: true });
  await submitters.click();
  await submitters.pressSequentially('丁一');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('丁一（教育界）', { exact: true }).click();
  await submitters.press('Escape');
  await app.pickDate('收到日期', `${year}-03-05`);
  await page.getByLabel('内容').fill('城区停车位不足，群众反映强烈。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: `社情民意：${title}` })).toBeVisible();

  await app.goTo('社情民意');
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: title });
  await expect(row).toContainText('未编入');
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: /编入期刊/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(`新的一期：${year}年第1期`)).toBeVisible();
  await app.pickDate('编发日期', `${year}-03-10`);
  await dialog.getByRole('button', { name: '编入' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(`${year}年第1期`);

  await row.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: `社情民意：${title}` })).toBeVisible();
  await app.chooseOption('采用级别', '市');
  await app.pickDate('采用日期', `${year}-04-01`);
  await page.getByRole('button', { name: '记录采用' }).click();
  await expect(page.getByRole('region', { name: '采用情况' })).toContainText('市政协采用');

  // A new 批示 must say at which level it was written.
  const instructions = page.getByRole('region', { name: '领导批示' });
  await page.getByLabel('批示领导').fill('李副市长');
  await app.pickDate('批示日期', `${year}-04-05`);
  await page.getByLabel('批示内容').fill('请市有关部门研究解决。');
  await page.getByRole('button', { name: '添加批示' }).click();
  await expect(page.getByText('请选择批示级别（县、市、省或全国）')).toBeVisible();
  await app.chooseOption('批示级别', '市');
  await page.getByRole('button', { name: '添加批示' }).click();
  await expect(instructions.locator('.ant-table-tbody')).toContainText('李副市长');

  await app.goTo('社情民意');
  const figures = page.getByRole('region', { name: '社情民意数据' });
  await expect(figures.getByRole('group', { name: '收集社情民意信息', exact: true })).toContainText('1条');
  await expect(figures.getByRole('group', { name: '编发社情民意信息', exact: true })).toContainText('1期');
  await expect(figures.getByRole('group', { name: '被市政协采用', exact: true })).toContainText('1条');
  await expect(figures.getByRole('group', { name: '被省政协采用', exact: true })).toContainText('0条');
  await expect(figures.getByRole('group', { name: '获市级领导批示', exact: true })).toContainText('1次');
  await app.chooseOption('采用级别', '市政协采用');
  await expect(row).toBeVisible();
  await app.chooseOption('采用级别', '省政协采用');
  await expect(page.getByText('没有符合条件的信息')).toBeVisible();

  await app.goTo('批示');
  const counts = page.getByRole('region', { name: '批示数据' });
  await expect(counts.getByRole('group', { name: '获市级领导批示', exact: true })).toContainText('1次');
  await expect(counts.getByRole('group', { name: '获领导批示', exact: true })).toContainText('1次');
  const entry = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '李副市长' });
  await expect(entry).toContainText('市');
  await expect(entry).toContainText(`${year}年4月5日`);
  await expect(entry).toContainText('社情民意');
  await app.chooseOption('批示级别', '县');
  await expect(page.getByText('没有该级别的批示')).toBeVisible();
  await app.chooseOption('批示级别', '市');
  await entry.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: `社情民意：${title}` })).toBeVisible();

  // Taken off, the 批示 stays in the record as a tombstone (so the removal travels to other PCs)
  // but is shown and counted nowhere.
  await instructions.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect(instructions.getByText('没有批示')).toBeVisible();
  await app.goTo('批示');
  await expect(counts.getByRole('group', { name: '获领导批示', exact: true })).toContainText('0次');
});

test('a proposal not registered and handled as 社情民意信息 becomes an item that points back at it', async ({ app, page }) => {
  const title = '关于增加农村客运班次的建议';
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一' });
  await app.goTo('提案');
  await page.getByRole('button', { name: '新增提案' }).click();
  await page.getByLabel('案由').fill(title);
  await app.chooseOption('类别', '社会');
  await app.chooseOption('第一提案人', '丁一');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`第1号提案：${title}`) })).toBeVisible();

  await new ProposalPage(app).takeStep('不予立案', async (dialog) => {
    await app.chooseOption('不予立案理由', '内容空泛、没有具体建议', dialog);
    await dialog.getByRole('radio', { name: '社情民意信息' }).check();
  });
  await page.getByRole('link', { name: `《${title}》` }).click();
  await expect(page.getByRole('heading', { name: `社情民意：${title}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `由第1号提案《${title}》不予立案转来` })).toBeVisible();
  await expect(page.getByText('丁一', { exact: true })).toBeVisible();

  await app.goTo('社情民意');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row', { hasText: title })).toContainText('未编入');
});
