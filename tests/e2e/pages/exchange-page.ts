// Page object for 数据交换: export a package (a download in browser mode), import one, settle a
// conflict, and read the ledger's records straight from this page's IndexedDB for comparison.
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export class ExchangePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '数据交换' }).click();
    await expect(this.page.getByRole('heading', { name: '数据交换' })).toBeVisible();
  }

  /** Exports with the scope shown by default; returns the file's name and bytes. */
  async exportPackage(): Promise<{ name: string; buffer: Buffer }> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出交换包' }).click();
    const download = await downloading;
    // The newest message: an earlier export's may still be showing.
    await expect(this.page.getByText(/交换包已保存/).last()).toBeVisible();
    return { name: download.suggestedFilename(), buffer: await readFile(await download.path()) };
  }

  async choosePackage(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('exchange-file-input').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
  }

  preview() {
    return this.page.getByRole('region', { name: '导入预览' });
  }

  /** The count of one verdict column for one table of the preview, e.g. ('委员', '新增'). */
  async count(table: string, verdict: string): Promise<string> {
    await expect(this.preview()).toBeVisible();
    const headers = await this.preview().locator('thead th').allInnerTexts();
    const column = headers.findIndex((h) => h.trim() === verdict);
    const row = this.preview().locator('tbody tr', { has: this.page.getByRole('cell', { name: table, exact: true }) }).first();
    return (await row.locator('td').nth(column).innerText()).trim();
  }

  async keep(recordLabel: string, side: '本机' | '对方'): Promise<void> {
    await this.page.getByRole('region', { name: `冲突：${recordLabel}` }).getByRole('radio', { name: side }).check();
  }

  async confirmImport(): Promise<void> {
    await this.preview().getByRole('button', { name: '确认导入' }).click();
    await expect(this.page.getByText(/^已导入/).last()).toBeVisible();
    await expect(this.preview()).toHaveCount(0);
  }

  /** Members and activities as stored, sorted by id, as one text: equal on two PCs that hold the same ledger. */
  async dump(): Promise<string> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('cppcc-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error('open failed'));
      });
      const all = (store: string) => new Promise<{ id: string }[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as { id: string }[]);
        req.onerror = () => reject(new Error('read failed'));
      });
      const sortKeys = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(sortKeys);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)]));
        return v;
      };
      const out: Record<string, unknown> = {};
      for (const store of ['members', 'activities']) out[store] = sortKeys((await all(store)).sort((a, b) => (a.id < b.id ? -1 : 1)));
      db.close();
      return JSON.stringify(out);
    });
  }
}
