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
  // The member is written before the page is reloaded: a busy machine may still be saving.
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('link', { name: '丁一' })).toBeVisible();

  // A forgotten password: the only way on is to clear this PC's ledger — the committee's full
  // name typed and a wait first — after which the first-run screen offers the cleared ledger back.
  await page.reload();
  await page.getByRole('button', { name: '忘记密码？' }).click();
  const forgot = page.getByRole('dialog', { name: '忘记密码' });
  await expect(forgot.getByRole('button', { name: /清空本机台账/ })).toBeDisabled();
  await forgot.getByLabel('本会全称').fill('清空');
  await expect(forgot.getByRole('button', { name: /清空本机台账/ })).toBeDisabled();
  await forgot.getByLabel('本会全称').fill('罗城仫佬族自治县政协');
  await expect(forgot.getByRole('button', { name: '清空本机台账（10 秒）' })).toBeDisabled();
  await page.clock.fastForward('00:05');
  await expect(forgot.getByRole('button', { name: /清空本机台账（\d 秒）/ })).toBeDisabled();
  await page.clock.fastForward('00:06');
  await forgot.getByRole('button', { name: '清空本机台账' }).click();
  await expect(page.getByText('欢迎使用政协履职台账')).toBeVisible();

  const kept = page.getByRole('alert').filter({ hasText: '这台电脑保留着清空前的台账' });
  await expect(kept).toContainText('罗城仫佬族自治县政协，委员 1 人');
  await kept.getByRole('button', { name: '恢复清空前的台账' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '恢复清空前的台账' }).click();
  await expect(page.getByText('已恢复清空前的台账')).toBeVisible();
  await expect(page.getByText('欢迎使用政协履职台账')).toBeHidden();
  await app.goTo('委员');
  await expect(page.getByRole('cell', { name: '丁一' })).toBeVisible();
  // The password went with the wipe: the program opens without one.
  await page.reload();
  await expect(page.getByText('政协履职台账已锁定')).toBeHidden();
});
