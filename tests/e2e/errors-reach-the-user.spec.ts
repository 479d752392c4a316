// Failures the user must see: a save the browser refuses (the disk is full) is reported in Chinese
// and the form keeps what was typed — in an editor, and in the screens that write without one (the
// 示例数据, a deletion, the password); a screen that cannot draw shows a Chinese message with the
// details to copy and a way to reload, not a blank window.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';

test('a save refused for a full disk says so in Chinese and keeps the form as typed', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await page.getByRole('button', { name: '添加委员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('王明');
  await dialog.getByLabel('工作单位及职务').fill('县第一中学校长');

  // Every write to IndexedDB now fails the way a full disk makes it fail.
  await page.evaluate(() => {
    const w = window as unknown as { __restoreWrites: () => void };
    const { add, put } = IDBObjectStore.prototype;
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = refuse;
    IDBObjectStore.prototype.put = refuse;
    w.__restoreWrites = () => {
      IDBObjectStore.prototype.add = add;
      IDBObjectStore.prototype.put = put;
    };
  });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('未能保存：磁盘空间不足，请清理磁盘或删除不用的附件后再试。填写的内容仍保留在表单中。')).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('姓名')).toHaveValue('王明');
  await expect(dialog.getByLabel('工作单位及职务')).toHaveValue('县第一中学校长');

  // Space freed: the same form saves, and nothing was written twice.
  await page.evaluate(() => (window as unknown as { __restoreWrites: () => void }).__restoreWrites());
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => new MembersPage(app).names()).toEqual(['王明']);
});

test('loading the sample, deleting a 文史资料 record and setting a password each say in Chinese when the write fails', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  const FULL = '磁盘空间不足，请清理磁盘或删除不用的附件后再试。';
  // Every write to IndexedDB fails the way a full disk makes it fail, until restored.
  const refuseWrites = () => page.evaluate(() => {
    const w = window as unknown as { __restoreWrites: () => void };
    const { add, put, delete: remove } = IDBObjectStore.prototype;
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = refuse;
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.delete = refuse;
    w.__restoreWrites = () => {
      IDBObjectStore.prototype.add = add;
      IDBObjectStore.prototype.put = put;
      IDBObjectStore.prototype.delete = remove;
    };
  });
  const restoreWrites = () => page.evaluate(() => (window as unknown as { __restoreWrites: () => void }).__restoreWrites());

  await app.goTo('设置');
  await page.getByRole('tab', { name: '示例数据' }).click();
  await refuseWrites();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(`未能载入示例数据：${FULL}`)).toBeVisible();
  await restoreWrites();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText('已载入示例数据')).toBeVisible();

  await page.getByRole('menuitem', { name: '文史资料' }).click();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  const first = await rows.first().getAttribute('data-row-key');
  await refuseWrites();
  await rows.first().getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(`未能删除：${FULL}`)).toBeVisible();
  await expect(rows).toHaveCount(count);
  await expect(rows.first()).toHaveAttribute('data-row-key', first!);
  await restoreWrites();

  // The password lives in this PC's localStorage, which a full disk refuses too.
  await app.goTo('设置');
  await page.getByRole('tab', { name: '密码锁定' }).click();
  const panel = page.getByRole('region', { name: '密码锁定' });
  await page.evaluate(() => {
    const w = window as unknown as { __restoreStorage: () => void };
    const { setItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    w.__restoreStorage = () => {
      Storage.prototype.setItem = setItem;
    };
  });
  await panel.getByLabel('密码', { exact: true }).fill('zx2025');
  await panel.getByLabel('再输入一次').fill('zx2025');
  await panel.getByRole('button', { name: '设置密码' }).click();
  await expect(page.getByText(`未能设置密码：${FULL}填写的内容仍保留在表单中。`)).toBeVisible();
  await expect(panel.getByLabel('密码', { exact: true })).toHaveValue('zx2025');
  await expect(panel.getByLabel('再输入一次')).toHaveValue('zx2025');
  await expect(panel).toContainText('当前没有设置密码。');
  await page.evaluate(() => (window as unknown as { __restoreStorage: () => void }).__restoreStorage());
  await panel.getByRole('button', { name: '设置密码' }).click();
  await expect(page.getByText('已设置密码：以后打开程序需要输入密码')).toBeVisible();
  await expect(panel).toContainText('当前已设置密码。');
});

test('a screen that cannot draw shows a Chinese message, the details to copy and a reload button', async ({ app, page, context }) => {
  await app.open();
  await app.completeFirstRun();
  // A damaged settings row (the committee's part lost), written straight into IndexedDB as a
  // faulty disk or an outside tool might leave it.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('cppcc-ledger');
    open.onerror = () => reject(new Error('cannot open'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      const get = store.get('committee');
      get.onsuccess = () => {
        store.put({ ...(get.result as object), committee: null });
      };
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
    };
  }));
  await page.reload();
  await expect(page.getByText('程序出错了')).toBeVisible();
  await expect(page.getByText('台账数据已保存在本机，没有丢失', { exact: false })).toBeVisible();
  const details = page.getByRole('textbox', { name: '错误详情' });
  await expect(details).toHaveValue(/错误：\nTypeError: [^]*界面位置：\n\s*at /);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '复制错误详情' }).click();
  await expect(page.getByText('已复制')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await details.inputValue());
  await expect(page.getByRole('button', { name: '重新载入' })).toBeVisible();
});
