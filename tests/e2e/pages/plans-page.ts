// Page object for 工作要点: planning an item, its "1234" steps, linking the activity, and the home
// screen's reminder of the steps coming due.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LedgerApp } from './ledger-app';

export interface PlannedItem {
  kind: string;
  title: string;
  month: number;
  date: string;
  organizer: string;
  leader: string;
}

export class PlansPage {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '工作要点' }).click();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fillItem(p: PlannedItem): Promise<void> {
    const dialog = this.dialog();
    await this.app.chooseOption('类别', p.kind, dialog);
    await dialog.getByLabel('工作要点名称').fill(p.title);
    await this.app.chooseOption('计划月份', `${p.month}月`, dialog);
    await this.app.pickDate('计划日期', p.date);
    await dialog.getByLabel('牵头单位').fill(p.organizer);
    await dialog.getByLabel('责任领导').fill(p.leader);
  }

  async save(): Promise<void> {
    await this.dialog().getByRole('button', { name: '保存' }).click();
  }

  /** The row of one step on the item's page (方案, 通知, 材料). */
  stepRow(step: string): Locator {
    return this.page.getByRole('region', { name: '“1234”环节' }).locator('tr.ant-table-row', { hasText: `${step}（提前` });
  }

  /** The home screen's reminder of one step of an item. */
  reminder(title: string, step: string): Locator {
    return this.page.getByRole('region', { name: '“1234”环节提醒' }).getByLabel(`${title}-${step}`);
  }

  async linkActivity(option: string): Promise<void> {
    await this.app.chooseOption('关联活动', option);
    await this.page.getByRole('button', { name: '关联', exact: true }).click();
  }
}

export async function expectNoReminders(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: '“1234”环节提醒' })).toContainText('近三周没有到期的环节');
}
