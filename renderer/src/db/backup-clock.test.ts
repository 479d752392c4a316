// A backup made today restores on a PC whose clock is years behind (a flat CMOS battery resets an
// office PC to 2000): reading a file never depends on the reading PC's date. Typing still does —
// a 出生年月 after the typing PC's month is refused as a typing mistake.
import { afterEach, expect, it, vi } from 'vitest';
import { openTestLedger } from './test-support';
import { LATEST_SCHEMA_VERSION } from './schema-versions';
import { serializeBackup } from '../domain/backup/backup-format';
import { parseBackup } from '../domain/backup/backup-parse';
import { smallLedgerWithAttachment, TEST_BACKUP_META } from '../domain/backup/backup-fixtures';

afterEach(() => {
  vi.useRealTimers();
});

it('restores a backup made in 2025 on a PC whose clock says 2000, members born after 2000 included', async () => {
  vi.setSystemTime(new Date('2025-06-30T10:00:00+08:00'));
  const ledger = smallLedgerWithAttachment();
  ledger.members[0]!.birthMonth = '2001-05';
  ledger.members[1]!.birthMonth = '2025-06';
  const text = await serializeBackup(ledger, { ...TEST_BACKUP_META, createdAt: new Date().toISOString(), schemaVersion: LATEST_SCHEMA_VERSION });

  vi.setSystemTime(new Date('2000-01-01T08:00:00+08:00'));
  const parsed = await parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const repos = await openTestLedger({ setUp: false });
  await repos.backup.replaceWholeLedger(parsed.ledger);
  const members = await repos.members.listMembers();
  expect(members.find((m) => m.id === ledger.members[0]!.id)?.birthMonth).toBe('2001-05');
  expect(members.find((m) => m.id === ledger.members[1]!.id)?.birthMonth).toBe('2025-06');
  expect(members).toHaveLength(ledger.members.length);

  // Typed on that PC, the same 出生年月 is after its month and refused at the field.
  const typed = await repos.members.createMember({ ...members[0]!, name: '新委员', birthMonth: '2001-05' });
  expect(!typed.ok && typed.errors.birthMonth).toBe('出生年月不能晚于本月');
  const earlier = await repos.members.createMember({ ...members[0]!, name: '新委员', birthMonth: '1999-12' });
  expect(earlier.ok).toBe(true);
});
