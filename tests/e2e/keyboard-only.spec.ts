// Keyboard-only entry: a member and an activity are added with Tab, Enter and typing alone (no
// click once the screen is open). Every key is counted and the count printed; Tab moves from the
// screen's last focus to the next control, so the count includes the Tabs a clerk would press.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';

class Keys {
  count = 0;
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.count++;
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.count += text.length;
  }

  /** Tab until `target` has the focus (at most 40 Tabs). */
  async tabTo(target: Locator): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await this.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    }
    throw new Error('Tab never reached the control');
  }
}

test('a member and an activity entered by keyboard alone', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const keys = new Keys(page);

  await keys.tabTo(page.getByRole('button', { name: '添加委员' }));
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: '添加委员' });
  // The dialog opens on its first field, 姓名.
  await expect(dialog.getByLabel('姓名')).toBeFocused();
  await keys.type('韦明');
  await keys.tabTo(dialog.getByLabel('性别'));
  await keys.type('女');
  await keys.press('Enter');
  await keys.tabTo(dialog.getByLabel('工作单位及职务'));
  await keys.type('县第一中学教师');
  // Enter in a single-line field saves.
  await keys.press('Enter');
  await expect(dialog).toBeHidden();
  const memberKeys = keys.count;
  await expect.poll(() => new MembersPage(app).names()).toEqual(['韦明']);

  await app.goTo('履职活动');
  keys.count = 0;
  await keys.tabTo(page.getByRole('button', { name: '新增活动' }));
  await keys.press('Enter');
  await expect(page.getByLabel('标题')).toBeVisible();
  await keys.tabTo(page.getByLabel('标题'));
  await keys.type('视察县人民医院');
  await keys.tabTo(page.getByLabel('类型'));
  await keys.type('视察');
  await keys.press('Enter');
  await keys.tabTo(page.getByLabel('开始日期'));
  await keys.type('2026-04-10');
  await keys.press('Enter');
  // The end date followed the start; Enter in the next single-line field, 地点, saves.
  await keys.tabTo(page.getByLabel('地点'));
  await keys.type('县人民医院');
  await keys.press('Enter');
  await expect(page.getByRole('heading', { name: '视察县人民医院' })).toBeVisible();
  await expect(page.getByText('2026年4月10日').first()).toBeVisible();
  console.log(`键盘录入：添加委员 ${memberKeys} 次按键，新增活动 ${keys.count} 次按键`);
});
