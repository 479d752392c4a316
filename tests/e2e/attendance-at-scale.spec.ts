// Attendance at scale: a 120-member plenary is filled from its type in one click, then 6 请假 and
// 2 缺席 are marked by typing pinyin initials (or the shortest spelling no one else starts with,
// where the initials name someone else too) and Enter / Shift+Enter. The keystrokes and clicks are counted and
// printed, and must stay within 40.
import ExcelJS from 'exceljs';
import { pinyin } from 'pinyin-pro';
import { test, expect } from './fixtures';
import { ActivityEditor } from './pages/activity-editor';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '韦', '覃', '蒙', '潘', '莫'];
const GIVEN = ['志刚', '秀兰', '海燕', '玉梅', '德明', '春花', '永强', '桂英', '晓东', '建华', '丽', '军', '文', '明', '红梅', '国庆', '少华', '家宝', '卫东', '金凤', '树林', '长青', '美玲', '学军', '伟', '敏', '光辉', '雪', '成', '新民'];
/** 120 distinct names, five to a surname, as varied as a county roll. */
const NAMES = SURNAMES.flatMap((s, i) => [0, 1, 2, 3, 4].map((k) => `${s}${GIVEN[(i * 7 + k * 11) % GIVEN.length]!}`));

async function rollFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('委员');
  sheet.addRow(['姓名', '性别']);
  NAMES.forEach((n, i) => sheet.addRow([n, i % 2 ? '女' : '男']));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const spell = (name: string, pattern: 'first' | 'pinyin') => pinyin(name, { surname: 'head', pattern, toneType: 'none', type: 'array' }).join('').toLowerCase();

/** Whom the screen marks for a query, as markByName decides: the one match, or of several the one it spells out whole. */
function marks(query: string): string[] {
  const matching = NAMES.filter((n) => spell(n, 'first').startsWith(query) || spell(n, 'pinyin').startsWith(query));
  const whole = matching.filter((n) => spell(n, 'first') === query || spell(n, 'pinyin') === query);
  return whole.length === 1 ? whole : matching;
}

/** The shortest thing to type that marks only this member: its initials, else a prefix of its spelling. */
function queryFor(name: string): string {
  const full = spell(name, 'pinyin');
  const candidates = [spell(name, 'first'), ...Array.from({ length: full.length }, (_, k) => full.slice(0, k + 1))].sort((a, b) => a.length - b.length);
  return candidates.find((q) => marks(q).length === 1 && marks(q)[0] === name) ?? full;
}

test('a 120-member plenary is filled from its type, and 6 请假 and 2 缺席 are marked by keyboard in at most 40 keystrokes and clicks', async ({ app, page }) => {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await page.getByRole('button', { name: '导入名册' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles({ name: '委员名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await rollFile() });
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('共 120 人')).toBeVisible();

  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '政协第九届委员会第五次会议', type: '全体会议', start: '2026-03-05', end: '2026-03-05', place: '' });

  let strokes = 0;
  await page.getByRole('button', { name: '按会议类型填入' }).click();
  strokes++;
  await expect(page.getByLabel('出勤统计')).toHaveText('应到 120 人，实到 120 人（请假 0 人，缺席 0 人）');
  const box = page.getByLabel('标记请假或缺席');
  await box.click();
  strokes++;
  const [excused, absent] = [[0, 13, 27, 41, 55, 69], [83, 97]].map((picks) => picks.map((i) => NAMES[i]!)) as [string[], string[]];
  for (const [names, key] of [[excused, 'Enter'], [absent, 'Shift+Enter']] as const) {
    for (const name of names) {
      const query = queryFor(name);
      await page.keyboard.type(query);
      await page.keyboard.press(key);
      strokes += query.length + (key === 'Enter' ? 1 : 2);
      await expect(page.getByText(`已将${name}标为${key === 'Enter' ? '请假' : '缺席'}`)).toBeVisible();
    }
  }
  console.log(`120人全体会议，6人请假、2人缺席：共 ${strokes} 次按键和点击（不超过40次）`);
  expect(strokes).toBeLessThanOrEqual(40);
  await expect(page.getByLabel('出勤统计')).toHaveText('应到 120 人，实到 112 人（请假 6 人，缺席 2 人）');
  await expect(page.getByLabel(`出勤-${excused[0]!}`).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('请假');

  await editor.save();
  await expect(page.getByRole('heading', { name: '政协第九届委员会第五次会议' })).toBeVisible();
  await expect(page.getByText(/请假\s*6/).first()).toBeVisible();
});
