// Packages from a PC still on the older release (exchange format 1), through the real import: its
// rows inside records (an activity's 批示) carry no ids or stamps, so an edit made there to a 批示
// must replace the old text here, and one taken off there must not come back — here, nor on a
// third PC that takes this PC's package and merges row by row.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { smallLedgerWithAttachment } from '../domain/backup/backup-fixtures';
import { serializeExchangePackage } from '../domain/exchange/exchange-format';
import { parseExchangePackage } from '../domain/exchange/exchange-parse';
import { editPackage } from '../domain/exchange/exchange-fixtures';
import { emptyRecords, recordsLedger } from '../domain/exchange/exchange-tables';
import { embeddedListsOf } from '../domain/ledger/embedded-lists';
import { liveRows } from '../domain/common/row-stamps';
import { packageVersions } from '../domain/exchange/exchange-log';
import type { Activity } from '../domain/activities/activity';

type Row = Record<string, unknown>;

const first = { level: '县', leader: '县长', date: '2024-06-03', text: '请抓紧研究。' };
const second = { level: '市', leader: '副市长', date: '2024-06-04', text: '请县政府落实。' };

/** The old release's package of one activity, as it wrote it: format 1, rows without ids or stamps. */
async function oldReleasePackage(activity: Activity, instructions: Row[], createdAt: string): Promise<string> {
  const text = await serializeExchangePackage(recordsLedger({ activities: [activity] }, []), {
    schemaVersion: 2, appVersion: '0.9.0', installationId: 'pc-old', committee: '县政协', since: null, createdAt,
  });
  return editPackage(text, (d) => {
    d.formatVersion = 1;
    const a = d.tables.activities![0]!;
    a.instructions = instructions;
    for (const [list] of embeddedListsOf('activities')) {
      if (list !== 'instructions') a[list] = (a[list] as Row[]).map(({ id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest }) => rest);
    }
  });
}

async function importText(repos: LedgerRepositories, text: string, here: string) {
  const parsed = await parseExchangePackage(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const preview = await repos.exchange.previewExchangeImport(parsed.pkg, here);
  if (!preview.ok) throw new Error(preview.message);
  await repos.exchange.applyExchangeImport(parsed.pkg, preview.preview, new Map(), 'x.cppcc-exchange');
  return preview.preview.plan;
}

const liveTexts = async (repos: LedgerRepositories, id: string) => liveRows((await repos.db.activities.get(id))!.instructions).map((i) => i.text);

describe('a package from a PC on the older release', () => {
  it('replaces a 批示 edited there and keeps one taken off there off, here and on a PC that merges row by row', async () => {
    const ledger = smallLedgerWithAttachment();
    const here = await openTestLedger();
    await here.backup.replaceWholeLedger({ ...emptyRecords(), ...ledger });
    // The old PC's own activity (its participants are members both hold), first with two 批示.
    const template = ledger.activities[1]!;
    const created = '2026-01-05T08:00:00.000Z';
    const activity: Activity = { ...template, id: 'old-pc-activity', title: '老版本电脑录入的视察', createdAt: created, updatedAt: created };
    const p0 = await oldReleasePackage(activity, [first, second], '2026-01-05T08:01:00.000Z');
    expect((await importText(here, p0, 'pc-here')).totals.new).toBe(1);
    expect(await liveTexts(here, activity.id)).toEqual([first.text, second.text]);

    // A third PC on the new release took the same package.
    const third = await openTestLedger();
    await third.backup.replaceWholeLedger({ ...emptyRecords(), ...ledger });
    await importText(third, p0, 'pc-third');

    // On the old PC: the first 批示's text corrected, the second taken off.
    const later = '2026-01-06T09:00:00.000Z';
    const p1 = await oldReleasePackage({ ...activity, updatedAt: later }, [{ ...first, text: '请抓紧研究，月底前报结果。' }], '2026-01-06T09:01:00.000Z');
    const plan = await importText(here, p1, 'pc-here');
    expect(plan.changes.map((c) => c.verdict)).toEqual(['updated']);
    expect(await liveTexts(here, activity.id)).toEqual(['请抓紧研究，月底前报结果。']);
    // The same package again is the same edit: nothing to do.
    expect((await importText(here, p1, 'pc-here')).changes.map((c) => c.verdict)).toEqual(['unchanged']);

    // This PC's package reaches the third PC, which merges row by row: the removed 批示 stays off.
    const { records } = await here.exchange.readChangesSince(null);
    const createdAt = new Date(Date.parse(later) + 3600_000).toISOString();
    const pkg = await serializeExchangePackage(records, { schemaVersion: 3, appVersion: 't', installationId: 'pc-here', committee: '县政协', since: null, createdAt });
    await here.exchange.recordExport({ fileName: 'y', sourceInstallationId: 'pc-here', sourceCommittee: '县政协', packageCreatedAt: createdAt, since: null, records: 0, versions: packageVersions(records) });
    await importText(third, pkg, 'pc-third');
    expect(await liveTexts(third, activity.id)).toEqual(['请抓紧研究，月底前报结果。']);
  });
});
