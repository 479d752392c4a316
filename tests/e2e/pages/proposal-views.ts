// Page object for the proposal views — 提案列表, 看板, 承办单位, 统计 — and entering a proposal:
// what a person sees and clicks, by its Chinese label.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LedgerApp } from './ledger-app';

export class ProposalViews {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  /** From anywhere: the 提案 menu, then the view's tab. */
  async open(view: '提案列表' | '看板' | '承办单位' | '统计'): Promise<void> {
    await this.app.goTo('提案');
    await this.page.locator('.ant-segmented').getByText(view, { exact: true }).click();
  }

  /** 新增提案 with a first proposer from the roll; `receivedDate` as ISO, today when left out. */
  async enter(p: { title: string; category: string; proposer: string; receivedDate?: string }): Promise<void> {
    await this.app.goTo('提案');
    await this.page.getByRole('button', { name: '新增提案' }).click();
    await this.page.getByLabel('案由').fill(p.title);
    await this.app.chooseOption('类别', p.category);
    await this.app.chooseOption('第一提案人', p.proposer);
    if (p.receivedDate) await this.app.pickDate('收到日期', p.receivedDate);
    await this.page.getByRole('button', { name: '保存' }).click();
    await expect(this.page.getByRole('heading', { name: new RegExp(`号提案：${p.title}`) })).toBeVisible();
  }

  /** A multiple select: each option picked in turn, then the list closed. */
  async chooseMany(label: string, options: string[], within: Locator): Promise<void> {
    const select = within.getByLabel(label, { exact: true });
    const dropdown = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    for (const option of options) {
      await select.click();
      await select.pressSequentially(option);
      await dropdown.getByTitle(option, { exact: true }).click();
    }
    await select.press('Escape');
    await expect(dropdown).toHaveCount(0);
  }

  dashboardFigure(label: string): Locator {
    return this.page.getByRole('region', { name: '提案统计数据' }).getByRole('group', { name: label, exact: true });
  }

  boardColumn(stage: string): Locator {
    return this.page.getByRole('region', { name: stage, exact: true });
  }

  listRows(): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }
}
