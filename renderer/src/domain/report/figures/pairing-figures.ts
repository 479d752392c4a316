// "三个一" / 结对帮扶 figures (domain/pairings): 界别, members, villages and households linked,
// deeds (件次) in all and by kind, and the money in 万元 (two decimals).
import type { Ledger } from '../../ledger/ledger';
import { formatChineseDate } from '../../common/dates';
import { computePairingFigures, type PairingFigures } from '../../pairings/pairing-figures';
import type { DeedKind, Pairing } from '../../pairings/pairing';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import type { FigureRecordRef } from '../figure-result';
import { memberRef, memo, scopeKey } from './figure-slices';

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

const deedRefs = (f: PairingFigures, kind?: DeedKind) =>
  f.deeds.filter((d) => !kind || d.deed.kind === kind).map(({ pairing, deed }) => ({ table: 'pairings', id: pairing.id, label: `${formatChineseDate(deed.date)} ${pairing.village}：${deed.kind} ${deed.description}` }));

const DEED_KEYS: Record<DeedKind, string> = { 出钱出力: 'money', 建言建策: 'advice', 办实事好事: 'service' };

export const PAIRING_REPORT_FIGURES: readonly FigureDefinition[] = withSynonyms([
  figure('pairings.sectors', '参与结对帮扶的界别', '个', (f) => ({ value: f.sectors.length, records: f.sectors.map((s) => ({ table: 'dictionary', id: s, label: s })) })),
  figure('pairings.members', '结对帮扶的委员', '名', (f, ledger) => {
    const byId = new Map(ledger.members.map((m) => [m.id, m]));
    return { value: f.memberIds.length, records: f.memberIds.flatMap((id) => { const m = byId.get(id); return m ? [memberRef(m)] : []; }) };
  }),
  figure('pairings.villages', '联系村', '个', (f) => ({ value: f.villages.length, records: f.villages.map((v) => pairingRef(f.links.find((p) => p.village === v)!)) })),
  figure('pairings.households', '联系户', '户', (f) => ({ value: f.households, records: f.links.filter((p) => p.households.length > 0).map(pairingRef) })),
  figure('pairings.deeds', '为民办实事好事', '件次', (f) => ({ value: f.deeds.length, records: deedRefs(f) })),
  ...(Object.keys(DEED_KEYS) as DeedKind[]).map((kind) =>
    figure(`pairings.deeds.${DEED_KEYS[kind]}`, kind, '件次', (f) => ({ value: f.deedsByKind[kind], records: deedRefs(f, kind) }))),
  figure('pairings.money', '投入资金及物资折款', '万元', (f) => ({ value: f.moneyWan, records: deedRefs(f).filter((_, i) => f.deeds[i]!.deed.amountYuan > 0) })),
], {
  'pairings.sectors': ['界别', '界别委员'],
  'pairings.members': ['委员结对', '结对帮扶委员'],
  'pairings.villages': ['联系', '贫困村', '联系村', '结对帮扶村', '帮扶村'],
  'pairings.households': ['贫困户', '联系户', '群众', '农户', '困难群众', '困难户'],
  'pairings.deeds': ['为民办实事好事', '办实事好事累计', '累计达'],
  'pairings.deeds.money': ['出钱出力'],
  'pairings.deeds.advice': ['建言建策', '建言献策'],
  'pairings.money': ['折款', '投入的资金及物资折款', '投入资金', '物资折款'],
});
