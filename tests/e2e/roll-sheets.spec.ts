// A roll kept as a workbook of two sheets (一组, 二组), read in a Worker: the import names the sheet it reads and the
// one it leaves, the clerk picks the other, and exactly that sheet's members are imported.
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';

async function twoSheetRoll(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const first = workbook.addWorksheet('一组');
  first.addRows([['姓名', '界别'], ['韦小宝', '教育界'], ['赵敏', '农业界']]);
  const second = workbook.addWorksheet('二组');
  second.addRows([['姓名', '界别'], ['张三丰', '教育界'], ['李莫愁', '农业界'], ['黄蓉', '教育界']]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a roll of two sheets names the sheet it reads, and imports the one the clerk picks', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await page.getByRole('button', { name: '导入名册' }).click();
  const dialog = page.getByRole('dialog');
  // The workbook is read in a Worker, so the window stays responsive; it must not fall back.
  const workers: string[] = [];
  const warnings: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('console', (line) => { if (line.type() === 'warning') warnings.push(line.text()); });
  await dialog.locator('input[type=file]').setInputFiles({
    name: '委员名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await twoSheetRoll(),
  });
  await expect(dialog.getByText('这个文件有2个工作表，正在读取“一组”；另有“二组”（4行）')).toBeVisible();
  await expect(dialog.getByText('韦小宝')).toBeVisible();
  expect(workers.some((url) => url.includes('read-sheets.worker'))).toBe(true);
  expect(warnings.filter((w) => w.includes('读取 Excel'))).toEqual([]);

  await dialog.getByLabel('工作表').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('二组（4行）').click();
  await expect(dialog.getByText('这个文件有2个工作表，正在读取“二组”；另有“一组”（3行）')).toBeVisible();
  await expect(dialog.getByText('黄蓉')).toBeVisible();
  await expect(dialog.getByText('韦小宝')).toHaveCount(0);

  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('共 3 人')).toBeVisible();
});
