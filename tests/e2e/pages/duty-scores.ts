// Page objects for 履职统计 (the 委员履职情况统计表), a member's 履职档案 card and 设置 → 履职积分.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LedgerApp } from './ledger-app';

export class DutyTablePage {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '履职统计' }).click();
    await expect(this.page.getByRole('heading', { name: /年度委员履职情况统计表$/ })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row').filter({ has: this.page.getByRole('link', { name }) });
  }

  /** The row's cells by column header, as the screen shows them. */
  async cells(name: string): Promise<Record<string, string>> {
    const headers = await this.page.locator('.ant-table-thead th').allInnerTexts();
    const values = await this.row(name).locator('td').allInnerTexts();
    return Object.fromEntries(headers.map((h, i) => [h.trim(), (values[i] ?? '').trim()]));
  }

  async names(): Promise<string[]> {
    return this.page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
  }
}

export class MemberDutyCard {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  total(): Locator {
    return this.page.getByText(/^履职积分 [\d.]+ 分$/);
  }

  line(item: string): Locator {
    return this.page.locator('.ant-table-tbody tr').filter({ hasText: item });
  }
}

export class ScoreRulesSettings {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  async open(): Promise<void> {
    await this.app.goTo('设置');
    await this.page.getByRole('tab', { name: '履职积分' }).click();
  }

  async setNumber(label: string, value: string): Promise<void> {
    const input = this.page.getByLabel(label, { exact: true });
    await input.fill(value);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存积分规则' }).click();
  }
}
