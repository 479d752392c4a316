// A chart in a report: inserted into a template paragraph from the figure picker, drawn in the
// preview, and exported as a PNG picture in the .docx (word/media/*.png, drawn in the body).
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ActivityEditor } from './pages/activity-editor';
import { ReportPage, zipEntry, zipEntryNames } from './pages/report-page';

test('a chart inserted into the template shows in the preview and is a PNG in the .docx', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一', sector: '教育界' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '关于农村饮水安全的调研', type: '调研', start: '2025-06-02', end: '2025-06-03', place: '龙岸镇' });
  await editor.addParticipants(['丁一']);
  await editor.save();
  await expect(page.getByRole('heading', { name: '关于农村饮水安全的调研' })).toBeVisible();
  await app.selectYear(2025);

  await app.goTo('报告');
  const report = new ReportPage(app);
  await report.openTab('编辑模板');
  const paragraph = page.getByLabel('第1节第1段第1句', { exact: true });
  await paragraph.fill('');
  await paragraph.click();
  await page.getByRole('button', { name: '插入数字…', exact: true }).click();
  const picker = page.getByRole('dialog', { name: '插入统计数字' });
  await picker.getByLabel('查找统计数字').fill('各月');
  await picker.getByRole('cell', { name: '各月履职活动统计图', exact: true }).click();
  await expect(paragraph).toHaveValue('{{chart:activities.byMonth}}');
  // A chart stands alone in its paragraph: the paragraph's other sentences go.
  const second = page.getByRole('button', { name: '删除第1节第1段第2句' });
  while ((await second.count()) > 0) await second.click();
  await page.getByRole('button', { name: '保存模板' }).click();
  await expect(page.getByText('模板已保存')).toBeVisible();

  await report.openTab('预览');
  const chart = report.preview().getByRole('img', { name: '各月履职活动统计图' });
  await expect(chart).toBeVisible();
  // Drawn by echarts (loaded lazily): a canvas inside the chart's box, the caption below it.
  await expect(chart.locator('canvas')).toBeVisible();
  await expect(report.preview()).toContainText('各月履职活动统计图');

  // Kept beside the test's results, for a person to open and check as docs/layout.md says.
  await page.getByTestId('report-sheet').first().screenshot({ path: test.info().outputPath('preview-page-1.png') });
  const downloading = page.waitForEvent('download');
  await report.exportButton().click();
  const download = await downloading;
  await download.saveAs(test.info().outputPath('report-with-chart.docx'));
  const bytes = await readFile(await download.path());
  const media = zipEntryNames(bytes).filter((n) => /^word\/media\/[^/]+\.png$/.test(n));
  expect(media).toHaveLength(1);
  const png = zipEntry(bytes, media[0]!)!;
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  // 156 × 92 mm at 240 dpi (590 × 348 CSS pixels, ratio 2.5); a drawn chart, not an empty picture.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1475, 870]);
  expect(png.length).toBeGreaterThan(10_000);
  const document = zipEntry(bytes, 'word/document.xml')!.toString('utf8');
  expect(document).toContain('<w:drawing>');
  expect(document.replace(/<[^>]+>/g, '')).toContain('各月履职活动统计图');
});
