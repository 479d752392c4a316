// Page object for 委员名册 and the member form.
import { expect, type Page } from '@playwright/test';
import type { LedgerApp } from './ledger-app';

export class MembersPage {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  async addMember(m: { name: string; gender?: string; sector?: string; township?: string; workplace?: string }): Promise<void> {
    await this.page.getByRole('button', { name: '添加委员' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill(m.name);
    if (m.gender) await this.app.chooseOption('性别', m.gender, dialog);
    if (m.sector) await this.app.chooseOption('界别', m.sector, dialog);
    if (m.township) await this.app.chooseOption('所在乡镇', m.township, dialog);
    if (m.workplace) await dialog.getByLabel('工作单位及职务').fill(m.workplace);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens 导入名册 and gives it an Excel roll; returns the dialog showing the preview. */
  async uploadRoll(file: { name: string; buffer: Buffer }) {
    await this.app.goTo('委员');
    await this.page.getByRole('button', { name: '导入名册' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles({
      name: file.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file.buffer,
    });
    return dialog;
  }

  rows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }

  async names(): Promise<string[]> {
    return this.rows().locator('td:first-child').allInnerTexts();
  }
}
