// The small ledger the report tests start from: the first run done, two members, one 调研 in June
// 2025 that both attended, and the year switched to 2025.
import { expect } from '@playwright/test';
import type { LedgerApp } from './ledger-app';
import { MembersPage } from './members-page';
import { ActivityEditor } from './activity-editor';

/** Two members and one 调研 in June 2025 that both attended; the year switched to 2025. */
export async function ledgerWithOneResearch(app: LedgerApp): Promise<void> {
  await app.open();
  await app.completeFirstRun();
  await app.goTo('委员');
  const members = new MembersPage(app);
  await members.addMember({ name: '丁一', sector: '教育界' });
  await members.addMember({ name: '王二', sector: '农业界' });
  await app.goTo('履职活动');
  const editor = new ActivityEditor(app);
  await editor.startNew();
  await editor.fillBasics({ title: '关于农村饮水安全的调研', type: '调研', start: '2025-06-02', end: '2025-06-03', place: '龙岸镇' });
  await editor.addParticipants(['丁一', '王二']);
  await editor.save();
  await expect(app.page.getByRole('heading', { name: '关于农村饮水安全的调研' })).toBeVisible();
  await app.selectYear(2025);
}
