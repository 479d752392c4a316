// "三个一" / 结对帮扶 figures (domain/pairings): 界别, members, villages and households linked,
// deeds (件次) in all and by kind, and the money in 万元 (two decimals).
import type { Ledger } from '../../ledger/ledger';
import { formatChineseDate } from '../../common/dates';
import { computePairingFigures, type PairingFigures } from '../../pairings/pairing-figures';
import type { DeedKind, Pairing } from '../../pairings/pairing';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { referencedOnRead, type FigureRecordRef } from '../figure-result';
import { memberRef, membersById, memo, scopeKey } from './figure-slices';

const GROUP = '结对帮扶';

function pairingSlice(ledger: Ledger, scope: FigureScope): PairingFigures {
  return memo(ledger, `pairings|${scopeKey(scope)}`, () => computePairingFigures(ledger.pairings ?? [], ledger.members, scope.year, scope.until));
}

function pairingRef(p: Pairing): FigureRecordRef {
  return { table: 'pairings', id: p.id, label: `${p.village}（${formatChineseDate(p.startDate)}结对）` };
}

function figure(key: string, label: string, unit: string, count: (f: PairingFigures, ledger: Ledger) => { value: number; records: FigureRecordRef[] }): FigureDefinition {
  return { key, label, unit, group: GROUP, count: (ledger, scope) => count(pairingSlice(ledger, scope), ledger) };
}

type DeedOfPairing = PairingFigures['deeds'][number];

const deedRef = ({ pairing, deed }: DeedOfPairing): FigureRecordRef => ({ table: 'pairings', id: pairing.id, label: `${formatChineseDate(deed.date)} ${pairing.village}：${deed.kind} ${deed.description}` });

/** The deeds that make up a figure (of one kind, or all), each a record. */
const deedsResult = (value: number, f: PairingFigures, pick: (d: DeedOfPairing) => boolean = () => true) => referencedOnRead(value, f.deeds.filter(pick), deedRef);

const DEED_KEYS: Record<DeedKind, string> = { 出钱出力: 'money', 建言建策: 'advice', 办实事好事: 'service' };

export const PAIRING_REPORT_FIGURES: readonly FigureDefinition[] = withSynonyms([
  figure('pairings.sectors', '参与结对帮扶的界别', '个', (f) => ({ value: f.sectors.length, records: f.sectors.map((s) => ({ table: 'dictionary', id: s, label: s })) })),
  figure('pairings.members', '结对帮扶的委员', '名', (f, ledger) => {
    const byId = membersById(ledger);
    const members = f.memberIds.flatMap((id) => byId.get(id) ?? []);
    return referencedOnRead(f.memberIds.length, members, memberRef);
  }),
  figure('pairings.villages', '联系村', '个', (f) => referencedOnRead(f.villages.length, f.villages, (v) => pairingRef(f.links.find((p) => p.village === v)!))),
  figure('pairings.households', '联系户', '户', (f) => referencedOnRead(f.households, f.links.filter((p) => p.households.length > 0), pairingRef)),
  figure('pairings.deeds', '为民办实事好事', '件次', (f) => deedsResult(f.deeds.length, f)),
  ...(Object.keys(DEED_KEYS) as DeedKind[]).map((kind) =>
    figure(`pairings.deeds.${DEED_KEYS[kind]}`, kind, '件次', (f) => deedsResult(f.deedsByKind[kind], f, (d) => d.deed.kind === kind))),
  figure('pairings.money', '投入资金及物资折款', '万元', (f) => deedsResult(f.moneyWan, f, (d) => d.deed.amountYuan > 0)),
], {
  'pairings.sectors': ['界别', '界别委员'],
  'pairings.members': ['委员结对', '结对帮扶委员'],
  'pairings.villages': ['联系', '贫困村', '联系村', '结对帮扶村', '帮扶村'],
  'pairings.households': ['贫困户', '联系户', '群众', '农户', '困难群众', '困难户'],
  // 为民 is also written 为群众 (为困难群众 may be the service kind's: left to the general reading).
  'pairings.deeds': ['为民办实事好事', '办实事好事累计', '累计达', '为群众办实事好事'],
  'pairings.deeds.money': ['出钱出力'],
  'pairings.deeds.advice': ['建言建策', '建言献策'],
  'pairings.money': ['折款', '投入的资金及物资折款', '投入资金', '物资折款'],
});
