// The restore point: a restore and the lock's wipe keep the ledger they replace, 撤销恢复 puts it
// back exactly, and an empty ledger never takes the place of a kept one.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { ledgerSnapshot, smallLedgerWithAttachment } from '../domain/backup/backup-fixtures';
import type { Ledger } from '../domain/ledger/ledger';

async function ledgerHolding(ledger: Ledger): Promise<LedgerRepositories> {
  const repos = await openTestLedger({ setUp: false });
  await repos.backup.replaceWholeLedger(ledger);
  return repos;
}

describe('the restore point', () => {
  it('keeps the ledger a restore replaces, and 撤销恢复 puts it back exactly and lets the point go', async () => {
    const repos = await ledgerHolding(smallLedgerWithAttachment(1));
    const before = ledgerSnapshot(await repos.backup.readWholeLedger());
    const members = (await repos.backup.readWholeLedger()).members.length;
    await repos.restorePoint.restoreKeepingPoint(smallLedgerWithAttachment(2));
    expect(ledgerSnapshot(await repos.backup.readWholeLedger())).not.toBe(before);
    expect(await repos.restorePoint.readRestorePoint()).toMatchObject({ reason: 'restore', committee: smallLedgerWithAttachment(1).settings!.committee.name, counts: { members } });
    expect(await repos.restorePoint.putBackRestorePoint()).toEqual({ ok: true });
    expect(ledgerSnapshot(await repos.backup.readWholeLedger())).toBe(before);
    expect(await repos.restorePoint.readRestorePoint()).toBeNull();
    expect(await repos.restorePoint.putBackRestorePoint()).toEqual({ ok: false, message: expect.stringContaining('没有可以撤销的恢复') as string });
  });

  it('keeps the wiped ledger through a restore into the empty ledger the wipe left', async () => {
    const repos = await ledgerHolding(smallLedgerWithAttachment(3));
    const before = ledgerSnapshot(await repos.backup.readWholeLedger());
    await repos.restorePoint.wipeKeepingPoint();
    expect((await repos.backup.readWholeLedger()).settings).toBeNull();
    expect((await repos.restorePoint.readRestorePoint())?.reason).toBe('wipe');
    // Nothing to keep from an empty ledger: the wiped one stays the point.
    await repos.restorePoint.restoreKeepingPoint(smallLedgerWithAttachment(4));
    expect((await repos.restorePoint.readRestorePoint())?.reason).toBe('wipe');
    await repos.restorePoint.putBackRestorePoint();
    expect(ledgerSnapshot(await repos.backup.readWholeLedger())).toBe(before);
  });

  it('is one per database: a second ledger on the same PC has its own', async () => {
    const a = await ledgerHolding(smallLedgerWithAttachment(5));
    const b = await openTestLedger();
    expect(await a.restorePoint.keepRestorePoint('restore')).toBe(true);
    expect(await b.restorePoint.keepRestorePoint('restore')).toBe(false);
    expect(await b.restorePoint.readRestorePoint()).toBeNull();
    expect(await a.restorePoint.readRestorePoint()).not.toBeNull();
  });
});
