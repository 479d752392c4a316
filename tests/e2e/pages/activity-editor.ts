// Page object for the activity form and its participant picker.
import { expect, type Page } from '@playwright/test';
import type { LedgerApp } from './ledger-app';

export class ActivityEditor {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: '新增活动' }).click();
  }

  async fillBasics(a: { title: string; type: string; start: string; end: string; place: string }): Promise<void> {
    await this.page.getByLabel('标题').fill(a.title);
    await this.app.chooseOption('类型', a.type);
    await this.app.pickDate('开始日期', a.start);
    await this.app.pickDate('结束日期', a.end);
    if (a.place) await this.page.getByLabel('地点').fill(a.place);
  }

  async addParticipants(names: string[]): Promise<void> {
    await this.page.getByRole('button', { name: '添加参加人员' }).click();
    const dialog = this.page.getByRole('dialog');
    for (const name of names) {
      await dialog.getByLabel('按姓名查找').fill(name);
      await dialog.getByRole('row', { name: new RegExp(name) }).getByRole('checkbox').check();
    }
    await dialog.getByRole('button', { name: '加入' }).click();
    await expect(dialog).toBeHidden();
  }

  async setAttendance(name: string, status: '出席' | '请假' | '缺席'): Promise<void> {
    await this.app.chooseOption(`出勤-${name}`, status);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存' }).click();
  }
}
