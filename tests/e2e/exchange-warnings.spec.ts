// Packages that arrive out of order, on the 数据交换 screen: PC A writes three packages (all its
// records, then what changed since each); PC B takes the first and the third, never the second.
// B's preview of the third says, in Chinese, that an earlier package of A's was not taken; A's
// preview of B's package then names the package of A's that B has not taken, to send it again.
import { test, expect } from './fixtures';
import { MembersPage } from './pages/members-page';
import { ExchangePage } from './pages/exchange-page';
import { openSecondPc } from './pages/second-pc';

test('a package out of sequence, and a package the other PC skipped, are named in the import preview', async ({ app, page, browser, baseURL }) => {
  // PC A: three packages, one member added before each.
  await app.open();
  await app.completeFirstRun();
  const members = new MembersPage(app);
  const exchangeA = new ExchangePage(page);
  const packages = [];
  for (const name of ['丁一', '王二', '张三']) {
    await app.goTo('委员');
    await members.addMember({ name });
    await exchangeA.open();
    packages.push(await exchangeA.exportPackage());
  }
  const [whole, skipped, third] = packages as [typeof packages[0], typeof packages[0], typeof packages[0]];

  // PC B takes the first, then the third: the second never arrives.
  const { context: contextB, exchange: exchangeB } = await openSecondPc(browser, baseURL);
  await exchangeB.choosePackage(whole);
  await expect(exchangeB.preview()).not.toContainText('漏收');
  await exchangeB.confirmImport();
  await exchangeB.choosePackage(third);
  const missed = exchangeB.preview().getByRole('alert').filter({ hasText: '本机漏收了对方的交换包' });
  await expect(missed).toContainText('这个交换包只含对方电脑');
  await expect(missed).toContainText('对方更早导出的交换包本机没有导入，其中的修改不在这个包里');
  await expect(missed).toContainText('请先导入对方更早导出的交换包，或请对方导出“全部记录”');
  expect(await exchangeB.count('委员', '新增')).toBe('1');
  await exchangeB.confirmImport();

  // B's package back to A: its header says B took A's first and third packages, not the second.
  const fromB = await exchangeB.exportPackage();
  await exchangeA.open();
  await exchangeA.choosePackage(fromB);
  const notTaken = exchangeA.preview().getByRole('alert').filter({ hasText: '对方漏收了本机的交换包' });
  await expect(notTaken).toContainText('对方电脑还没有导入本机导出的 1 个交换包');
  await expect(notTaken).toContainText(`“${skipped.name}”`);
  await expect(notTaken).toContainText('请把这些交换包再发给对方导入');
  await expect(exchangeA.preview()).not.toContainText('本机漏收了对方的交换包');
  await exchangeA.confirmImport();

  // Once B takes the skipped package, the warning is gone from A's next preview of B.
  await exchangeB.choosePackage(skipped);
  await expect(exchangeB.preview()).toBeVisible();
  await exchangeB.confirmImport();
  await exchangeA.choosePackage(await exchangeB.exportPackage());
  await expect(exchangeA.preview()).toBeVisible();
  await expect(exchangeA.preview()).not.toContainText('漏收');
  await contextB.close();
});
