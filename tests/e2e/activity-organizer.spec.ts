// Text typed in 组织者 survives choosing 组织类别: it is kept as typed, said when the chosen kind's
// dictionary lacks it, refused at the field on save (still there), and saved once the kind fits.
import { test, expect } from './fixtures';
import { ActivityEditor } from './pages/activity-editor';

test('a typed organiser is kept when the organiser kind is chosen after it', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '文史资料征集座谈会', type: '视察', start: '2026-04-10', end: '2026-04-10', place: '' });
  await page.getByLabel('组织者').fill('文史委');
  await app.chooseOption('组织类别', '专委会');
  await expect(page.getByLabel('组织者')).toHaveValue('文史委');
  const notice = '“文史委”不在专门委员会字典中，已保留所输入的文字：请从列表中选择，或先在设置中添加';
  await expect(page.getByText(notice)).toBeVisible();
  await editor.save();
  await expect(page.getByText('专门委员会“文史委”不在字典中，请先在设置中添加')).toBeVisible();
  await expect(page.getByLabel('组织者')).toHaveValue('文史委');

  await app.chooseOption('组织类别', '办公室');
  await expect(page.getByLabel('组织者')).toHaveValue('文史委');
  await expect(page.getByText(notice)).toBeHidden();
  await editor.save();
  await expect(page.getByRole('heading', { name: '文史资料征集座谈会' })).toBeVisible();
  await expect(page.getByText('文史委')).toBeVisible();
});
