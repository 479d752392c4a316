// 签到表 from an activity's page: the .docx and the .xlsx list the participants in surname stroke
// order (丁 2 strokes, 王 4, 黄 11) with 界别, 工作单位及职务 and an empty 签名 column; an activity
// with nobody entered offers the sheet of whom its type calls.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';
import { zipEntry } from './pages/report-page';

const BY_HAND = ['丁一', '王明', '黄敏'];

/** The rows of the .docx's table, each cell's text. */
async function docxTableRows(download: Download): Promise<string[][]> {
  const xml = zipEntry(await readFile(await download.path()), 'word/document.xml')!.toString('utf8');
  const table = xml.split('<w:tbl>')[1] ?? '';
  const textOf = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return table.split('</w:tr>').slice(0, -1).map((tr) => tr.split('</w:tc>').slice(0, -1).map(textOf));
}

async function xlsxRows(download: Download): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
  const ws = workbook.getWorksheet('签到表')!;
  return Array.from({ length: ws.rowCount }, (_, r) => Array.from({ length: ws.columnCount }, (_, c) => ws.getCell(r + 1, c + 1).text));
}

test('an activity’s 签到表 downloads as Word and Excel with the participants in stroke order and a column to sign', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '黄敏', sector: '经济界', workplace: '县工商联副主席' });
  await members.addMember({ name: '王明', sector: '教育界' });
  await members.addMember({ name: '丁一', sector: '农业界', workplace: '龙岸镇农技站站长' });

  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '关于农村饮水安全的调研', type: '调研', start: '2025-06-02', end: '2025-06-02', place: '龙岸镇' });
  await editor.addParticipants(['黄敏', '王明', '丁一']);
  await editor.save();
  await expect(page.getByRole('heading', { name: '关于农村饮水安全的调研' })).toBeVisible();

  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '签到表（Word）' }).click();
  const word = await downloading;
  expect(word.suggestedFilename()).toBe('关于农村饮水安全的调研签到表.docx');
  const text = zipEntry(await readFile(await word.path()), 'word/document.xml')!.toString('utf8').replace(/<[^>]+>/g, '');
  expect(text).toContain('关于农村饮水安全的调研签到表');
  expect(text).toContain('时间：2025年6月2日　地点：龙岸镇');
  const docRows = await docxTableRows(word);
  expect(docRows[0]).toEqual(['序号', '姓名', '界别', '工作单位及职务', '签名']);
  expect(docRows.slice(1)).toEqual([
    ['1', '丁一', '农业界', '龙岸镇农技站站长', ''],
    ['2', '王明', '教育界', '', ''],
    ['3', '黄敏', '经济界', '县工商联副主席', ''],
  ]);

  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '签到表（Excel）' }).click();
  const excel = await downloading;
  expect(excel.suggestedFilename()).toBe('关于农村饮水安全的调研签到表.xlsx');
  const rows = await xlsxRows(excel);
  expect(rows[0]![0]).toBe('关于农村饮水安全的调研签到表');
  expect(rows[2]).toEqual(['序号', '姓名', '界别', '工作单位及职务', '签名']);
  expect(rows.slice(3).map((r) => r[1])).toEqual(BY_HAND);
  expect(rows.slice(3).map((r) => r[4])).toEqual(['', '', '']);

  // A 全体会议 with nobody entered yet: the sheet of every member serving on its date is offered.
  await app.goTo('履职活动');
  await editor.startNew();
  await editor.fillBasics({ title: '九届政协第四次全体会议', type: '全体会议', start: '2025-03-05', end: '2025-03-05', place: '' });
  await editor.save();
  await expect(page.getByRole('heading', { name: '九届政协第四次全体会议' })).toBeVisible();
  await page.getByRole('button', { name: '签到表（Excel）' }).click();
  const offer = page.getByRole('dialog').filter({ hasText: '该活动还没有登记参加人员' });
  await expect(offer).toContainText('按“全体会议”应到的3位委员生成签到表？');
  downloading = page.waitForEvent('download');
  await offer.getByRole('button', { name: '生成签到表' }).click();
  const called = await xlsxRows(await downloading);
  expect(called[1]![0]).toBe('时间：2025年3月5日');
  expect(called.slice(3).map((r) => r[1])).toEqual(BY_HAND);
});

test('a type set in 设置 to call chosen 界别 fills those members, and the rest as before', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '黄敏', sector: '经济界' });
  await members.addMember({ name: '王明', sector: '教育界' });
  await members.addMember({ name: '丁一', sector: '教育界' });

  await app.goTo('设置');
  await page.getByRole('tab', { name: '字典' }).click();
  await expect(page.getByLabel('各类型应到人员')).toHaveText('全体会议：全体委员；常委会议：常委会组成人员；主席会议：主席会议成员（主席、副主席、秘书长）；其余类型不自动填入。');
  await app.chooseOption('应到人员的活动类型', '调研');
  await app.chooseOption('应到人员', '指定界别的委员');
  const sectors = page.getByLabel('应到界别', { exact: true });
  await sectors.click();
  await sectors.pressSequentially('教育界');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '保存应到人员' }).click();
  await expect(page.getByText('已设置“调研”的应到人员：指定界别的委员（教育界）')).toBeVisible();
  await expect(page.getByLabel('各类型应到人员')).toContainText('调研：指定界别的委员（教育界）');

  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '教育界委员调研', type: '调研', start: '2025-06-02', end: '2025-06-02', place: '' });
  await page.getByRole('button', { name: '按会议类型填入' }).click();
  await expect(page.getByText('已按“调研”填入2人')).toBeVisible();
  await expect(page.getByLabel('出勤统计')).toHaveText('应到 2 人，实到 2 人（请假 0 人，缺席 0 人）');
  await expect(page.getByLabel('出勤-丁一')).toBeAttached();
  await expect(page.getByLabel('出勤-黄敏')).toHaveCount(0);
});
