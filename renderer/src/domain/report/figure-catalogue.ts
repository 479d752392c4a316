// The figure catalogue: every number a report can quote, defined once with its Chinese label,
// its unit and the records it counts, so staff can open "why is 立案 86?" and see those 86.
// The catalogue is assembled from one module per domain (figures/*-figures.ts): a new figure is
// added in its module and reaches the template picker, the preview and the CLI without any
// report code changing.
import type { Ledger } from '../ledger/ledger';
import { ACTIVITY_FIGURES, officeActivityTypeFigures } from './figures/activity-figures';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import { MEETING_FIGURES } from './figures/meeting-figures';
import { MEMBER_FIGURES } from './figures/member-figures';
import { PROPOSAL_REPORT_FIGURES } from './figures/proposal-figures';
import { OPINION_FIGURES } from './figures/opinion-figures';
import { EVALUATION_FIGURES, SUPERVISOR_FIGURES } from './figures/evaluation-figures';
import { PLAN_FIGURES } from './figures/plan-figures';
import { STATION_REPORT_FIGURES } from './figures/station-figures';
import { CAMPAIGN_REPORT_FIGURES } from './figures/campaign-figures';
import { PAIRING_REPORT_FIGURES } from './figures/pairing-figures';
import { CULTURE_REPORT_FIGURES } from './figures/culture-figures';
import { ledgerOfCommittee } from '../exchange/committee-ledger';

export type { FigureRecordRef, FigureResult } from './figure-result';
export type { FigureDefinition, FigureScope } from './figure-types';
import type { FigureDefinition, FigureScope } from './figure-types';
import type { FigureResult } from './figure-result';


export const FIGURE_CATALOGUE: readonly FigureDefinition[] = [
  ...ACTIVITY_FIGURES,
  ...MEETING_FIGURES,
  ...MEMBER_FIGURES,
  ...PROPOSAL_REPORT_FIGURES,
  ...OPINION_FIGURES,
  ...EVALUATION_FIGURES,
  ...SUPERVISOR_FIGURES,
  ...PLAN_FIGURES,
  ...STATION_REPORT_FIGURES,
  ...CAMPAIGN_REPORT_FIGURES,
  ...PAIRING_REPORT_FIGURES,
  ...CULTURE_REPORT_FIGURES,
];

const BY_KEY = new Map(FIGURE_CATALOGUE.map((f) => [f.key, f]));

/**
 * The catalogue of one ledger: the fixed figures, then a count for each activity type the office
 * added itself (设置 → 字典), under its name. Those keys (activities.type.custom-…) exist only in
 * the ledger that has the type.
 */
export function figureCatalogueFor(dictionary: readonly DictionaryEntry[]): readonly FigureDefinition[] {
  const own = officeActivityTypeFigures(dictionary);
  return own.length ? [...FIGURE_CATALOGUE, ...own] : FIGURE_CATALOGUE;
}

/** A figure by key; an office type's figure is found with the ledger's dictionary. */
export function figureByKey(key: string, dictionary: readonly DictionaryEntry[] = []): FigureDefinition | undefined {
  return BY_KEY.get(key) ?? officeActivityTypeFigures(dictionary).find((f) => f.key === key);
}

/**
 * Every figure of the catalogue for one scope. The modules share their year slices through a
 * cache keyed on the ledger object (figures/figure-slices.ts), so a ledger is never changed in
 * place once counted: read a fresh one from the database instead.
 */
export function computeFigures(ledger: Ledger, scope: FigureScope): Map<string, FigureResult> {
  const counted = scopedLedger(ledger, scope);
  return new Map(figureCatalogueFor(ledger.dictionary).map((f) => [f.key, f.count(counted, scope)]));
}

/** Only the figures a template uses, for a preview that recomputes as staff type. */
export function computeFiguresFor(ledger: Ledger, scope: FigureScope, keys: Iterable<string>): Map<string, FigureResult> {
  const out = new Map<string, FigureResult>();
  const counted = scopedLedger(ledger, scope);
  for (const key of keys) {
    const f = figureByKey(key, ledger.dictionary);
    if (f && !out.has(key)) out.set(key, f.count(counted, scope));
  }
  return out;
}

/** The records a scope counts: one committee's part of the ledger, or all of it. Records typed on this PC are its own committee's. */
function scopedLedger(ledger: Ledger, scope: FigureScope): Ledger {
  return scope.committee === undefined ? ledger : ledgerOfCommittee(ledger, scope.committee, ledger.settings?.committee.name ?? '');
}

/** A scope covering a whole year, or up to a date within it. */
export function yearScope(year: number, until?: string, sessionKey?: string): FigureScope {
  return { year, until: until ?? `${year}-12-31`, ...(sessionKey ? { sessionKey } : {}) };
}
