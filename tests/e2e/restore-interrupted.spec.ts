// Closing the window in the middle of a restore leaves the old ledger or the new one, never a
// mix: the whole replacement is one IndexedDB transaction, which the browser aborts when the page
// goes away before it commits. The page is reloaded while the ten-year ledger is being written.
import { test, expect } from './fixtures';
import { generateLedger, SAMPLE_SIZE_BIG_COUNTY } from '../../renderer/src/domain/sample/generate-ledger';
import { serializeBackup } from '../../renderer/src/domain/backup/backup-format';
import { LATEST_SCHEMA_VERSION } from '../../renderer/src/db/schema-versions';
import { MembersPage } from './pages/members-page';
import { readStoredCounts } from './pages/stored-ledger';


test('reloading the page in the middle of a restore leaves the old ledger or the new one, never a mix', async ({ app, page }) => {
  test.setTimeout(180_000);
  const big = generateLedger(SAMPLE_SIZE_BIG_COUNTY);
  const text = await serializeBackup(big, { createdAt: '2026-11-29T02:00:00.000Z', appVersion: '0.1.0', schemaVersion: LATEST_SCHEMA_VERSION });
  const bigCounts = { committee: big.settings!.committee.name, members: big.members.length, activities: big.activities.length, proposals: big.proposals.length };

  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  await new MembersPage(app).addMember({ name: '丁一', sector: '教育界' });
  const old = await readStoredCounts(page);
  expect(old).toMatchObject({ members: 1, activities: 0, proposals: 0 });

  await app.goTo('备份与恢复');
  await page.getByTestId('restore-file-input').setInputFiles({ name: '十年台账.cppcc-backup', mimeType: 'application/json', buffer: Buffer.from(text) });
  const section = page.getByRole('region', { name: '恢复' });
  await section.getByRole('button', { name: '确认恢复' }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: '确定恢复' }).click();
  // The user closes the window a moment later, while tens of thousands of rows are being written.
  await page.waitForTimeout(150);
  await page.reload();

  const after = await readStoredCounts(page);
  const outcome = after.members === old.members ? 'old ledger kept' : 'new ledger complete';
  test.info().annotations.push({ type: 'outcome', description: outcome });
  console.log(`restore interrupted: ${outcome} ${JSON.stringify(after)}`);
  expect([old, bigCounts]).toContainEqual(after);
});
