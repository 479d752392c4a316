// "三个一" (助一村, 帮一户, 献一策) and other 结对帮扶: a member — or a whole 界别 — linked to a
// village and some of its households, and the deeds done for them: 出钱出力, 建言建策 or
// 办实事好事, each dated, described, with the money in 元 (reports write 万元). A link runs
// across years; deeds count in the year of their own date.
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate } from '../common/dates';
import { sectorText } from '../members/sector-text';
import { liveRows, storedRowList } from '../common/row-stamps';

export const PAIRING_LINK_KINDS = ['委员', '界别'] as const;
export type PairingLinkKind = (typeof PAIRING_LINK_KINDS)[number];

export const DEED_KINDS = ['出钱出力', '建言建策', '办实事好事'] as const;
export type DeedKind = (typeof DEED_KINDS)[number];

const isoDate = z.string().refine(isIsoDate);

export const deedSchema = baseRecordSchema.extend({
  date: isoDate,
  kind: z.enum(DEED_KINDS),
  description: z.string().max(1000),
  /** 元, up to fen; 0 when no money was involved. */
  amountYuan: z.number().min(0).max(1e10),
});
export type Deed = z.infer<typeof deedSchema>;

export interface PairingFields {
  linkKind: PairingLinkKind;
  /** The member linked (委员), or null when a 界别 is. */
  memberId: string | null;
  /** The 界别 linked (界别), or '' when a member is. */
  sector: string;
  village: string;
  /** The households helped, by the householder's name. */
  households: string[];
  startDate: string;
  note: string;
}

export interface Pairing extends BaseRecord, PairingFields {
  /** Deeds keep their own id and stamps: one taken back keeps its place with deletedAt set. */
  deeds: Deed[];
  isSample: boolean;
}

export const pairingSchema = baseRecordSchema.extend({
  linkKind: z.enum(PAIRING_LINK_KINDS),
  memberId: z.string().min(1).max(64).nullable(),
  sector: z.string().max(30),
  village: z.string().min(1).max(60),
  households: z.array(z.string().min(1).max(30)).max(500),
  startDate: isoDate,
  note: z.string().max(2000),
  deeds: storedRowList(deedSchema, 5000),
  isSample: z.boolean(),
});

export function liveDeeds(p: Pick<Pairing, 'deeds'>): Deed[] {
  return liveRows(p.deeds);
}

/** 王明（科技界） or 科技界 — who the link is from. */
export function pairingLinkLabel(p: Pick<Pairing, 'linkKind' | 'memberId' | 'sector'>, nameOf: (memberId: string) => string): string {
  return p.linkKind === '委员' && p.memberId ? nameOf(p.memberId) : sectorText(p.sector);
}

/** Money as the reports write it: 万元 with at most two decimals. */
export function yuanToWan(yuan: number): number {
  return Math.round(yuan / 100) / 100;
}
