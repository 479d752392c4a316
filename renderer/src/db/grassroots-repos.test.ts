// The grass-roots repositories against a fresh database per test: one station per
// township, staff from the roll, the recycle bin and backup carrying the new tables, a campaign
// per year, deeds with their money, and the database left as it was on bad input.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { emptyMemberFields } from '../domain/members/member';
import { checklistFormValue } from '../domain/stations/station-inputs';
import { emptyActivityFields } from '../domain/activities/activity';

async function ledgerWithMembers() {
  const ledger = await openTestLedger();
  const townships = (await ledger.dictionary.loadDictionaries()).township;
  const ids: string[] = [];
  for (const [name, township] of [['王明', townships[0]!], ['李华', townships[0]!], ['张强', townships[1]!]] as const) {
    const r = await ledger.members.createMember({ ...emptyMemberFields(9), name, township });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    ids.push(r.value.id);
  }
  return { ledger, ids, townships };
}

const stationInput = (township: string, staff: string[], patch: Record<string, unknown> = {}) => ({
  township, establishedDate: '2025-02-01', head: '韦站长', staffMemberIds: staff,
  checklist: { ...checklistFormValue([]), 有标牌: '2025-02-01' }, work: [], note: '', ...patch,
});

describe('stations repository', () => {
  it('enters a station, lists its resident members, and refuses a second one for the township', async () => {
    const { ledger, ids, townships } = await ledgerWithMembers();
    const first = await ledger.stations.saveStation(undefined, stationInput(townships[0]!, [ids[0]!]));
    expect(first.ok).toBe(true);
    expect((await ledger.stations.listResidentMembers(townships[0]!)).map((m) => m.name).sort()).toEqual(['李华', '王明'].sort());
    const twin = await ledger.stations.saveStation(undefined, stationInput(townships[0]!, [ids[1]!]));
    expect(twin).toEqual({ ok: false, errors: { township: `${townships[0]}已设立联络站，一个乡镇只设一个` } });
    expect(await ledger.db.stations.count()).toBe(1);
  });

  it('refuses staff who are not members, leaving the database as it was', async () => {
    const { ledger, townships } = await ledgerWithMembers();
    const before = await ledger.db.stations.toArray();
    const r = await ledger.stations.saveStation(undefined, stationInput(townships[0]!, ['nobody']));
    expect(!r.ok && r.errors['staffMemberIds.0']).toContain('不是本会政协委员');
    expect(await ledger.db.stations.toArray()).toEqual(before);
  });

  it('sends a deleted station to the recycle bin, restores it, and keeps a member it names from being purged', async () => {
    const { ledger, ids, townships } = await ledgerWithMembers();
    const r = await ledger.stations.saveStation(undefined, stationInput(townships[1]!, [ids[2]!]));
    if (!r.ok) throw new Error('station');
    await ledger.stations.deleteStation(r.value.id);
    expect(await ledger.stations.listStations()).toEqual([]);
    expect((await ledger.recycleBin.listRecycleBin()).map((i) => [i.kind, i.title])).toEqual([['stations', townships[1]]]);
    await ledger.recycleBin.restoreFromBin('stations', r.value.id);
    expect((await ledger.stations.listStations()).length).toBe(1);
    await ledger.members.deleteMember(ids[2]!);
    const purge = await ledger.recycleBin.purgeFromBin('members', ids[2]!);
    expect(purge.ok).toBe(false);
    expect(!purge.ok && purge.message).toContain('1个联络站');
  });

  it('saves the office’s name for its units beside the committee settings', async () => {
    const { ledger } = await ledgerWithMembers();
    expect(await ledger.stations.saveStationSettings({ unitName: '委员工作室' })).toEqual({ ok: true, value: { unitName: '委员工作室' } });
    expect((await ledger.settings.getSettings())?.stations).toEqual({ unitName: '委员工作室' });
    expect((await ledger.settings.getSettings())?.committee.shortName).toBe('县政协');
  });
});

describe('campaigns, pairings and culture repositories', () => {
  it('keeps one campaign a year, linking that year’s activities only', async () => {
    const { ledger, ids } = await ledgerWithMembers();
    const activity = await ledger.activities.saveActivity(undefined, { fields: { ...emptyActivityFields('2025-03-01'), title: '界别视察', type: '视察' }, participants: [{ memberId: ids[0]!, status: '出席', reason: '' }] });
    if (!activity.ok) throw new Error(JSON.stringify(activity.errors));
    const c = await ledger.campaigns.saveCampaign(undefined, { year: 2025, theme: '委员履职进乡村', activityIds: [activity.value.id], note: '' });
    expect(c.ok).toBe(true);
    const again = await ledger.campaigns.saveCampaign(undefined, { year: 2025, theme: '又一个', activityIds: [], note: '' });
    expect(!again.ok && again.errors.year).toContain('每年开展一个');
    const other = await ledger.campaigns.saveCampaign(undefined, { year: 2024, theme: '往年', activityIds: [activity.value.id], note: '' });
    expect(!other.ok && other.errors['activityIds.0']).toBe('第1项关联活动不是2024年度的活动');
    const f = await ledger.campaigns.loadCampaignFigures(2025);
    expect([f.activities.length, f.memberIds.length]).toEqual([1, 1]);
  });

  it('adds deeds to a pairing, refusing negative money without writing', async () => {
    const { ledger, ids } = await ledgerWithMembers();
    const p = await ledger.pairings.savePairing(undefined, { linkKind: '委员', memberId: ids[0], sector: '', village: '平安村', households: ['韦大'], startDate: '2025-01-01', note: '' });
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    const bad = await ledger.pairings.addDeed(p.value.id, { date: '2025-03-01', kind: '出钱出力', description: '捐款', amountYuan: '-100' });
    expect(bad).toEqual({ ok: false, errors: { amountYuan: '金额不能为负数' } });
    expect((await ledger.pairings.getPairing(p.value.id))?.deeds).toEqual([]);
    const good = await ledger.pairings.addDeed(p.value.id, { date: '2025-03-01', kind: '出钱出力', description: '捐款', amountYuan: '12500' });
    expect(good.ok).toBe(true);
    expect((await ledger.pairings.loadPairingFigures(2025)).moneyWan).toBe(1.25);
  });

  it('carries the new tables through a backup and back', async () => {
    const { ledger, ids, townships } = await ledgerWithMembers();
    await ledger.stations.saveStation(undefined, stationInput(townships[0]!, [ids[0]!]));
    await ledger.culture.saveCulture(undefined, { kind: '采访', date: '2025-03-01', note: '', title: '', memberId: ids[1], outlet: '罗城电视台' });
    const whole = await ledger.backup.readWholeLedger();
    expect([whole.stations.length, whole.culture.length]).toEqual([1, 1]);
    const other = await openTestLedger({ setUp: false });
    await other.backup.replaceWholeLedger(whole);
    expect((await other.culture.loadCultureFigures(2025)).memberIds).toEqual([ids[1]]);
    expect((await other.stations.listStations()).map((s) => s.township)).toEqual([townships[0]]);
  });
});
