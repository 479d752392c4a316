// Page object for the shell and the first-run setup: what a person sees and clicks, by its
// Chinese label, so the tests read like the steps an office worker takes.
import { expect, type Locator, type Page } from '@playwright/test';

export const COMMITTEE = { name: '罗城仫佬族自治县政协', shortName: '县政协', operator: '韦小宝', townships: '1. 城关镇\n2. 东门镇、龙岸镇' };

export class LedgerApp {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  async pickDate(label: string | RegExp, isoDate: string): Promise<void> {
    const input = this.page.getByLabel(label);
    await input.click();
    await input.fill(isoDate);
    await input.press('Enter');
  }

  /** Sets the committee up; its 乡镇 are pasted as a list copied from a document would be. */
  async completeFirstRun(townships = COMMITTEE.townships): Promise<void> {
    const page = this.page;
    await expect(page.getByText('欢迎使用政协履职台账')).toBeVisible();
    await page.getByLabel('政协全称').fill(COMMITTEE.name);
    await page.getByLabel('简称').fill(COMMITTEE.shortName);
    await this.pickDate('九届一次会议日期', '2022-01-08');
    await page.getByLabel('操作员姓名').fill(COMMITTEE.operator);
    if (townships) await page.getByLabel('本地乡镇（街道）').fill(townships);
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByText(COMMITTEE.name)).toBeVisible();
  }

  async goTo(nav: '首页' | '委员' | '履职活动' | '提案' | '社情民意' | '批示' | '报告' | '回收站' | '备份与恢复' | '设置'): Promise<void> {
    await this.page.getByRole('menuitem', { name: nav }).click();
  }

  async selectYear(year: number): Promise<void> {
    await this.page.getByLabel('年度', { exact: true }).click();
    await this.page.locator('.ant-select-item-option').getByText(`${year}年度`, { exact: true }).click();
  }

  async chooseOption(label: string | RegExp, option: string, within: Locator | Page = this.page): Promise<void> {
    // antd renders only the options in view: type to narrow the list, then pick the exact one,
    // and wait for the list to close with the option shown as chosen. A list opened while its
    // dialog is still opening closes again when the dialog takes the focus, and on a busy machine
    // the list can re-render under the click: either way nothing is chosen, so open it again.
    const select = within.getByLabel(label, { exact: true });
    const field = select.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
    const dropdown = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    const item = dropdown.getByTitle(option, { exact: true });
    await expect(async () => {
      if ((await dropdown.count()) === 0) {
        await select.click();
        await select.pressSequentially(option);
      }
      if (await item.isVisible()) await item.click({ timeout: 2_000 });
      await expect(dropdown).toHaveCount(0, { timeout: 2_000 });
      await expect(field).toContainText(option, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  }
}
