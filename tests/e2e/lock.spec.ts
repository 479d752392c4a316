// The optional password: set it in 设置, the program opens locked, a wrong password is refused,
// and after the chosen idle time it locks itself without losing a form that was being filled.
import { test, expect } from './fixtures';

test('a password locks the program at start and after idle time, keeping what was typed', async ({ app, page }) => {
  await page.clock.install();
  await app.open();
  await app.completeFirstRun();
  await app.goTo('设置');
  await page.getByRole('tab', { name: '密码锁定' }).click();
  const panel = page.getByRole('region', { name: '密码锁定' });
  await panel.getByLabel('密码', { exact: true }).fill('zx2025');
  await panel.getByLabel('再输入一次').fill('zx2026');
  await panel.getByRole('button', { name: '设置密码' }).click();
  await expect(panel.getByText('两次输入的密码不一致')).toBeVisible();
  await panel.getByLabel('再输入一次').fill('zx2025');
  await panel.getByRole('button', { name: '设置密码' }).click();
  await expect(page.getByText('已设置密码：以后打开程序需要输入密码')).toBeVisible();

  await page.reload();
  await expect(page.getByText('政协履职台账已锁定')).toBeVisible();
  await expect(page.getByRole('button', { name: '添加委员' })).toHaveCount(0);
  await page.getByLabel('密码').fill('zx2024');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('密码不正确')).toBeVisible();
  await page.getByLabel('密码').fill('zx2025');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('政协履职台账已锁定')).toBeHidden();

  // Half-way through adding a member, the user walks away for longer than the 10 minutes chosen.
  await app.goTo('委员');
  await page.getByRole('button', { name: '添加委员' }).click();
  await page.getByRole('dialog').getByLabel('姓名').fill('丁一');
  await page.clock.fastForward('11:00');
  await expect(page.getByText('政协履职台账已锁定')).toBeVisible();
  await page.getByLabel('密码').fill('zx2025');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('dialog').getByLabel('姓名')).toHaveValue('丁一');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();

  // A forgotten password: the only way on is to clear this PC's ledger (and restore a backup).
  await page.reload();
  await page.getByRole('button', { name: '忘记密码？' }).click();
  const forgot = page.getByRole('dialog', { name: '忘记密码' });
  await expect(forgot.getByRole('button', { name: '清空本机台账' })).toBeDisabled();
  await forgot.getByLabel('确认清空').fill('清空');
  await forgot.getByRole('button', { name: '清空本机台账' }).click();
  await expect(page.getByText('欢迎使用政协履职台账')).toBeVisible();
});
