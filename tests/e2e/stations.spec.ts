// 乡镇政协工作联络站 as the office keeps them: a station set up for a township, staffed by a member
// who lives there, its "八个有" checklist filled in — a date after today refused at that item —
// and the station figures (built, "八个有" complete, staff, resident members) counting it.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';

const EIGHT_HAS = ['有标牌', '有办公室', '有责任人', '有信息员', '有办公设施设备', '有档案柜', '有工作机制制度', '有工作经费'];

test('create a station for a township, fill its 八个有 checklist and see the station figures', async ({ app, page }) => {
  const year = new Date().getFullYear();
  // The first day of this year is never after today; the first day of next year always is.
  const past = `${year}-01-01`;
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一', sector: '教育界', township: '东门镇' });

  await page.getByRole('menuitem', { name: '联络站' }).click();
  await expect(page.getByRole('group', { name: '已建乡镇政协工作联络站' })).toContainText('0个');
  await page.getByRole('button', { name: '新增乡镇政协工作联络站' }).click();
  await app.chooseOption('乡镇', '东门镇');
  await app.pickDate('成立日期', past);
  await page.getByLabel('站长').fill('韦明');
  const staff = page.getByLabel('工作人员', { exact: true });
  await staff.click();
  await staff.pressSequentially('丁一');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('丁一（东门镇）', { exact: true }).click();
  await staff.press('Escape');
  for (const item of EIGHT_HAS) await app.pickDate(item, item === '有办公室' ? `${year + 1}-01-01` : past);
  await page.getByRole('button', { name: '保存' }).click();
  const office = page.locator('.ant-form-item', { has: page.getByLabel('有办公室') });
  await expect(office).toContainText('“有办公室”的日期不能晚于今天');

  await app.pickDate('有办公室', past);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '东门镇政协工作联络站' })).toBeVisible();
  const checklist = page.getByRole('region', { name: '八个有' });
  await expect(checklist).toContainText(`有办公室（${year}年1月1日）`);
  await expect(checklist).not.toContainText('未达到');
  await expect(page.getByRole('region', { name: '驻乡镇委员' })).toContainText('丁一');

  await page.getByRole('menuitem', { name: '联络站' }).click();
  await expect(page.getByRole('group', { name: '已建乡镇政协工作联络站' })).toContainText('1个');
  await expect(page.getByRole('group', { name: '达到“八个有”' })).toContainText('1个');
  await expect(page.getByRole('group', { name: '每站工作人员' })).toContainText('1名');
  await expect(page.getByRole('group', { name: '驻乡镇委员' })).toContainText('1名');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '东门镇' })).toContainText('已全部达到');
});
