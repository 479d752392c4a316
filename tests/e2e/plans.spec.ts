// The year's plan and the "1234" rule as the office keeps them: an inspection planned about three
// weeks ahead (refused at its fields while incomplete) shows its 方案 / 通知 / 材料 steps on the home
// screen — 方案 already late, the others coming due; they are marked done (a day in the future is
// refused), the inspection is recorded and linked, and the plan counts the item as done.
import { test, expect } from './fixtures';
import { ActivityEditor } from './pages/activity-editor';
import { expectNoReminders, PlansPage } from './pages/plans-page';

/** Today as the browser sees it (the tests run it in Asia/Shanghai), moved by whole days. */
function shanghaiDay(offsetDays: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}

const chinese = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

test('plan an inspection three weeks ahead, see its steps come due at home, mark them done, record the inspection and see it done', async ({ app, page }) => {
  const date = shanghaiDay(22);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const title = '视察城区停车场建设';
  const plans = new PlansPage(app);
  await app.open();
  await app.completeFirstRun();
  if (year !== Number(shanghaiDay(0).slice(0, 4))) await app.selectYear(year);

  await plans.open();
  await expect(page.getByRole('heading', { name: `${year}年度工作要点` })).toBeVisible();
  await page.getByRole('button', { name: '新增工作要点' }).click();
  await plans.save();
  await expect(plans.dialog().getByText('请选择类别')).toBeVisible();
  await expect(plans.dialog().getByText('请填写工作要点名称')).toBeVisible();
  await expect(plans.dialog().getByText('请选择计划月份')).toBeVisible();
  await plans.fillItem({ kind: '视察', title, month, date, organizer: '经济委员会', leader: '陈刚' });
  await plans.save();
  await expect(page.getByRole('heading', { name: `工作要点：${title}` })).toBeVisible();
  // 方案 is due four weeks before (already past), 通知 three, 材料 two.
  await expect(plans.stepRow('方案')).toContainText(chinese(shanghaiDay(-6)));
  await expect(plans.stepRow('方案')).toContainText('逾期');
  await expect(plans.stepRow('通知')).toContainText(chinese(shanghaiDay(1)));
  await expect(plans.stepRow('材料')).toContainText(chinese(shanghaiDay(8)));

  await app.goTo('首页');
  await expect(plans.reminder(title, '方案')).toContainText('逾期');
  await expect(plans.reminder(title, '通知')).toContainText('将到期');
  await expect(plans.reminder(title, '材料')).toContainText(`材料应于${chinese(shanghaiDay(8))}前完成`);
  await plans.reminder(title, '方案').getByRole('button', { name: '方案标记完成' }).click();
  await expect(plans.reminder(title, '方案')).toHaveCount(0);

  await plans.reminder(title, '通知').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: `工作要点：${title}` })).toBeVisible();
  await expect(plans.stepRow('方案')).toContainText('逾期完成');
  // A step cannot have been done tomorrow.
  await app.pickDate('通知完成日期', shanghaiDay(1));
  await plans.stepRow('通知').getByRole('button', { name: '登记' }).click();
  await expect(page.getByText('通知完成日期不能晚于今天')).toBeVisible();
  await page.getByRole('button', { name: '通知标记完成' }).click();
  await expect(plans.stepRow('通知')).toContainText('按时');
  await page.getByRole('button', { name: '材料标记完成' }).click();
  await expect(plans.stepRow('材料')).toContainText('按时');
  await app.goTo('首页');
  await expectNoReminders(page);

  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '视察城区停车场建设情况', type: '视察', start: date, end: date, place: '城关镇' });
  await editor.save();
  await expect(page.getByRole('heading', { name: '视察城区停车场建设情况' })).toBeVisible();

  await plans.open();
  const card = page.getByRole('region', { name: '工作要点-视察' });
  await expect(card).toContainText('计划1项，已完成0项');
  await card.getByRole('link', { name: title }).click();
  await plans.linkActivity(`${chinese(date)} 视察：视察城区停车场建设情况`);
  await expect(page.getByText('已完成', { exact: true })).toBeVisible();
  await plans.open();
  await expect(card).toContainText('计划1项，已完成1项');
  await expect(page.getByRole('region', { name: '工作要点统计' })).toContainText(/已完成\s*1\s*项/);
});
