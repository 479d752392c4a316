// Page object for 民主评议: a new round, its units, the results table, the ranking, a problem and
// the ranking's Word export, each found by its Chinese label as an office worker sees it.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { LedgerApp } from './ledger-app';

export class EvaluationPage {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  async createRound(title: string, date: string, methods: string[]): Promise<void> {
    await this.page.getByRole('menuitem', { name: '民主评议' }).click();
    await this.page.getByRole('button', { name: '新增民主评议' }).click();
    const dialog = this.page.getByRole('dialog', { name: '新增民主评议' });
    await dialog.getByLabel('评议名称').fill(title);
    await this.app.pickDate('测评日期', date);
    for (const m of methods) await dialog.getByRole('checkbox', { name: m }).check();
    await dialog.getByRole('button', { name: '保存评议' }).click();
    await expect(this.page.getByRole('heading', { name: title })).toBeVisible();
  }

  /** Picks units in the multiple select one by one, then saves them. */
  async chooseUnits(units: string[]): Promise<void> {
    const select = this.page.getByLabel('被评议单位', { exact: true });
    const dropdown = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    for (const unit of units) {
      await select.click();
      await select.pressSequentially(unit);
      await dropdown.getByTitle(unit, { exact: true }).click();
    }
    await select.press('Escape');
    await this.page.getByRole('button', { name: '保存被评议单位' }).click();
    await expect(this.page.getByText(`被评议单位（${units.length}个）`)).toBeVisible();
  }

  async enterShares(rows: [string, number, number, number][]): Promise<void> {
    for (const [unit, satisfied, basic, unsatisfied] of rows) {
      await this.page.getByLabel(`${unit}满意`, { exact: true }).fill(String(satisfied));
      await this.page.getByLabel(`${unit}基本满意`, { exact: true }).fill(String(basic));
      await this.page.getByLabel(`${unit}不满意`, { exact: true }).fill(String(unsatisfied));
    }
    await this.page.getByRole('button', { name: '保存测评结果' }).click();
  }

  rankingRows(): Locator {
    return this.page.getByRole('table', { name: '测评名次' }).locator('tbody tr');
  }

  /** [名次, 单位] of each ranking row, as shown. */
  async ranking(): Promise<string[][]> {
    const rows = this.rankingRows();
    await expect(rows.first()).toBeVisible();
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent ?? '')));
  }

  async exportRanking(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出名次表（Word）' }).click();
    return downloading;
  }
}
