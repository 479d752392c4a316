// The sample's grass-roots records are valid records of their tables, point at records of the
// ledger, and are dated no later than today, for both sample sizes.
import { describe, expect, it } from 'vitest';
import { generateLedger, smallSampleSize } from './generate-ledger';
import { stationSchema } from '../stations/station';
import { campaignSchema } from '../campaigns/campaign';
import { pairingSchema } from '../pairings/pairing';
import { cultureRecordSchema } from '../culture/culture';
import { toIsoDate } from '../common/dates';
import { computeStationFigures } from '../stations/station-figures';
import { ACTIVITY_TYPES } from '../dictionaries/activity-types';

describe('the sample grass-roots work', () => {
  for (const [name, size] of [['small', smallSampleSize(toIsoDate(new Date()))], ['three years', { firstYear: 2023, years: 3, members: 60, activitiesPerYear: 30, participantsPerActivity: 5 }]] as const) {
    it(`is valid and consistent (${name})`, () => {
      const ledger = generateLedger(size);
      const today = toIsoDate(new Date());
      const memberIds = new Set(ledger.members.map((m) => m.id));
      const activityYear = new Map(ledger.activities.map((a) => [a.id, a.year]));
      expect(ledger.stations.length).toBeGreaterThan(0);
      const townships = ledger.stations.map((s) => s.township);
      expect(new Set(townships).size).toBe(townships.length);
      for (const s of ledger.stations) {
        expect(stationSchema.parse(s)).toEqual(s);
        for (const id of s.staffMemberIds) expect(memberIds.has(id)).toBe(true);
        for (const d of [s.establishedDate, ...s.checklist.map((c) => c.date), ...s.work.map((w) => w.date)]) expect(d <= today).toBe(true);
      }
      for (const c of ledger.campaigns) {
        expect(campaignSchema.parse(c)).toEqual(c);
        for (const id of c.activityIds) expect(activityYear.get(id)).toBe(c.year);
      }
      expect(new Set(ledger.campaigns.map((c) => c.year)).size).toBe(ledger.campaigns.length);
      for (const p of ledger.pairings) {
        expect(pairingSchema.parse(p)).toEqual(p);
        if (p.memberId) expect(memberIds.has(p.memberId)).toBe(true);
        for (const d of p.deeds) expect(d.date >= p.startDate && d.date <= today).toBe(true);
      }
      for (const r of ledger.culture) {
        expect(cultureRecordSchema.parse(r)).toEqual(r);
        expect(r.date <= today && r.year === Number(r.date.slice(0, 4))).toBe(true);
        if (r.kind === '采访') expect(memberIds.has(r.memberId)).toBe(true);
      }
      // Meetings stay the committee's own; some other activities are a 界别's or a 乡镇's.
      const meetings = new Set<string>(ACTIVITY_TYPES.filter((t) => t.category === '会议').map((t) => t.name));
      expect(ledger.activities.filter((a) => meetings.has(a.type) && (a.organizerKind === '界别' || a.organizerKind === '乡镇'))).toEqual([]);
      expect(ledger.activities.some((a) => a.organizerKind === '乡镇')).toBe(true);
      // Some townships organise activities, so the stations have some to show.
      const f = computeStationFigures({ stations: ledger.stations, members: ledger.members, activities: ledger.activities, townships: [] }, size.firstYear);
      expect(f.residents.length).toBeGreaterThan(0);
    });
  }
});
