// "三个一" figures for a year up to a date, as the seed reports them: the 界别 whose members (or
// which themselves) are linked, the members linked, villages and households linked, deeds (件次)
// by kind and the money in 万元. Links count once begun; deeds in the year of their own date.
import type { Member } from '../members/member';
import { DEED_KINDS, liveDeeds, yuanToWan, type Deed, type DeedKind, type Pairing } from './pairing';

export interface PairingFigures {
  links: Pairing[];
  sectors: string[];
  memberIds: string[];
  villages: string[];
  households: number;
  deeds: { pairing: Pairing; deed: Deed }[];
  deedsByKind: Record<DeedKind, number>;
  moneyYuan: number;
  /** 万元, two decimals. */
  moneyWan: number;
}

export function computePairingFigures(pairings: readonly Pairing[], members: readonly Member[], year: number, until = `${year}-12-31`): PairingFigures {
  const sectorOf = new Map<string, string>();
  for (const m of members) sectorOf.set(m.id, m.sector);
  const links = pairings.filter((p) => p.deletedAt === null && p.startDate <= until);
  const sectors = new Set<string>();
  const memberIds = new Set<string>();
  const villages = new Set<string>();
  const households = new Set<string>();
  for (const p of links) {
    const sector = p.linkKind === '界别' ? p.sector : (p.memberId && sectorOf.get(p.memberId)) || '';
    if (sector) sectors.add(sector);
    if (p.linkKind === '委员' && p.memberId) memberIds.add(p.memberId);
    villages.add(p.village);
    // The same household may be helped by two members: it is one household.
    for (const h of p.households) households.add(`${p.village}|${h}`);
  }
  const deeds: PairingFigures['deeds'] = [];
  const inYear = `${year}-`;
  for (const pairing of links) for (const deed of liveDeeds(pairing)) if (deed.date.startsWith(inYear) && deed.date <= until) deeds.push({ pairing, deed });
  const deedsByKind = Object.fromEntries(DEED_KINDS.map((k) => [k, 0])) as Record<DeedKind, number>;
  let fen = 0;
  for (const { deed } of deeds) {
    deedsByKind[deed.kind]++;
    // Summed in fen, so that 0.1 + 0.2 元 is 0.3.
    fen += Math.round(deed.amountYuan * 100);
  }
  return {
    links, sectors: [...sectors], memberIds: [...memberIds], villages: [...villages], households: households.size,
    deeds, deedsByKind, moneyYuan: fen / 100, moneyWan: yuanToWan(fen / 100),
  };
}
