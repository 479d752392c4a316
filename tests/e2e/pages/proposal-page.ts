// Page object for a proposal's page: its step buttons, the dialog each opens, and its sections.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LedgerApp } from './ledger-app';

export class ProposalPage {
  readonly page: Page;
  readonly dialog: Locator;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
    this.dialog = this.page.getByRole('dialog');
  }

  stepButton(name: string): Locator {
    return this.page.getByRole('region', { name: '办理操作' }).getByRole('button', { name, exact: true });
  }

  /** Opens a step's dialog, lets `fill` fill it, confirms, and waits for it to close. */
  async takeStep(name: string, fill: (dialog: Locator) => Promise<void> = async () => {}): Promise<void> {
    await this.stepButton(name).click();
    await expect(this.dialog).toBeVisible();
    // The dialog zooms in; a click while it still moves can miss on a busy machine.
    await expect(this.dialog).not.toHaveClass(/ant-zoom-appear/);
    await fill(this.dialog);
    await this.dialog.getByRole('button', { name: '确定' }).click();
    // The step is written with its history entry; on a busy machine that can take a while.
    await expect(this.dialog).toBeHidden({ timeout: 20_000 });
  }

  historyRows(): Locator {
    return this.page.getByRole('region', { name: '办理记录' }).locator('tbody tr.ant-table-row');
  }
}
