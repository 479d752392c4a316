// The report fixture's grass-roots records, on its members m1–m6 (all of 城关镇; m3
// leaves 2025-12-15, m4 left 2025-06-01, m6 deleted) and activities a1–a8, with every figure
// worked out by hand for 2025 up to 2025-11-30 in GRASSROOTS_HAND_FIGURES.
import { EIGHT_HAS, type Station } from './station';
import type { Campaign } from '../campaigns/campaign';
import type { Deed, Pairing } from '../pairings/pairing';
import type { CultureRecord } from '../culture/culture';
import { newRow } from '../common/row-stamps';

const stamp = (day: string, deleted = false) => ({ createdAt: `${day}T09:00:00.000Z`, updatedAt: `${day}T09:00:00.000Z`, deletedAt: deleted ? `${day}T10:00:00.000Z` : null });
const all8 = (date: string) => EIGHT_HAS.map((item) => ({ item, date }));

function station(id: string, township: string, establishedDate: string, staffMemberIds: string[], patch: Partial<Station> = {}, deleted = false): Station {
  return { id, ...stamp(establishedDate, deleted), township, establishedDate, head: '', staffMemberIds, checklist: [], work: [], note: '', isSample: false, ...patch };
}

function deed(id: string, date: string, kind: Deed['kind'], amountYuan: number): Deed {
  return { id, ...stamp(date), date, kind, description: id, amountYuan };
}

function pairing(id: string, startDate: string, patch: Partial<Pairing>, deleted = false): Pairing {
  return { id, ...stamp(startDate, deleted), linkKind: '委员', memberId: 'm1', sector: '', village: '平安村', households: [], startDate, note: '', deeds: [], isSample: false, ...patch };
}

const base = (id: string, date: string, deleted = false) => ({ id, ...stamp(date, deleted), date, year: Number(date.slice(0, 4)), title: id, note: '', isSample: false });

export function grassRootsReportFixture(): { stations: Station[]; campaigns: Campaign[]; pairings: Pairing[]; culture: CultureRecord[] } {
  return {
    stations: [
      station('st1', '城关镇', '2025-02-01', ['m1', 'm2'], { checklist: all8('2025-03-01'), work: [newRow({ date: '2025-04-01', opinions: 6, problems: 2, note: '' }, '2025-04-01T08:00:00.000Z'), newRow({ date: '2025-12-01', opinions: 9, problems: 9, note: '' }, '2025-12-01T08:00:00.000Z')] }),
      station('st2', '东门镇', '2025-06-01', ['m5'], { checklist: all8('2025-06-01').filter((c) => c.item !== '有工作经费') }),
      station('st3', '龙岸镇', '2025-12-05', ['m3']),
      station('st4', '黄金镇', '2025-01-05', ['m1'], { checklist: all8('2025-01-05') }, true),
    ],
    campaigns: [{ id: 'cp1', ...stamp('2025-01-05'), year: 2025, theme: '委员履职进乡村', activityIds: ['a3', 'a4', 'a5', 'a6', 'a8'], note: '', isSample: false }],
    pairings: [
      pairing('pr1', '2025-01-01', { households: ['韦大', '韦二'], deeds: [deed('d1', '2025-03-01', '出钱出力', 5000), deed('d2', '2025-05-01', '建言建策', 0), deed('d3', '2025-12-01', '出钱出力', 9000)] }),
      pairing('pr2', '2025-04-01', { linkKind: '界别', memberId: null, sector: '教育', village: '红星村', households: ['吴四'], deeds: [deed('d4', '2025-06-01', '办实事好事', 1500.5)] }),
      pairing('pr3', '2025-12-01', { memberId: 'm2', village: '长乐村', households: ['莫五'] }),
      pairing('pr4', '2025-02-01', { memberId: 'm2', village: '幸福村', households: ['某甲'], deeds: [deed('d5', '2025-03-01', '出钱出力', 100)] }, true),
    ],
    culture: [
      { ...base('cm1', '2025-03-01'), kind: '征集', contributor: '韦某', characters: 12000, photos: 10 },
      { ...base('cm2', '2025-12-01'), kind: '征集', contributor: '', characters: 8000, photos: 4 },
      { ...base('cv1', '2025-09-01'), kind: '出版', volumeNumber: 3, characters: 150000, copies: 2000 },
      { ...base('ci1', '2025-04-01'), kind: '采访', memberId: 'm1', outlet: '罗城电视台' },
      { ...base('ci2', '2025-05-01'), kind: '采访', memberId: 'm1', outlet: '《罗城信息》' },
      { ...base('ci3', '2025-05-02', true), kind: '采访', memberId: 'm2', outlet: '罗城电视台' },
    ],
  };
}

export const GRASSROOTS_HAND_FIGURES: Record<string, number> = {
  // The default dictionary's 11 townships. st1 st2 built (st3 after the date, st4 deleted); st1 has all eight (st2 lacks 有工作经费).
  'stations.townships': 11, 'stations.built': 2, 'stations.complete': 1, 'stations.staffMin': 1, 'stations.staffMax': 2,
  // 城关镇 and 东门镇 have units; of the members all in 城关镇, m1 m2 m3 m5 serve on 11-30 (m4 left, m6 deleted).
  'stations.residents': 4,
  // st1's April entry (its December one is after the date). No fixture activity is organised by a 乡镇.
  'stations.opinions': 6, 'stations.problems': 2,
  // cp1 links a3 a4 a8 (a5 after the date, a6 deleted): 视察 调研 专题协商会; present m1 m2 m3 (a3), m2 (a4), m1 m3 (a8).
  'campaigns.kinds': 3, 'campaigns.activities': 3, 'campaigns.members': 3, 'campaigns.personTimes': 6,
  // pr1 (m1, 中共) and pr2 (教育 界别) are linked (pr3 after the date, pr4 deleted): 平安村 韦大 韦二, 红星村 吴四.
  'pairings.sectors': 2, 'pairings.members': 1, 'pairings.villages': 2, 'pairings.households': 3,
  // d1 d2 d4 (d3 after the date): 5,000 + 1,500.50 元 = 0.65 万元.
  'pairings.deeds': 3, 'pairings.deeds.money': 1, 'pairings.deeds.advice': 1, 'pairings.deeds.service': 1, 'pairings.money': 0.65,
  // cm1 (cm2 after the date): 12,000 字 = 1.2 万字, 10 张; cv1: 15 万字, 2,000 册; ci1 ci2 of m1 (ci3 deleted).
  'culture.collectedWan': 1.2, 'culture.materials': 1, 'culture.photos': 10, 'culture.volumes': 1, 'culture.publishedWan': 15, 'culture.copies': 2000,
  'culture.interviewedMembers': 1, 'culture.interviews': 2,
};
