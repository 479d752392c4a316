// The figure catalogue: every number a report can quote, defined once with its Chinese label,
// its unit and the records it counts, so staff can open "why is 立案 86?" and see those 86.
// The catalogue is assembled from one module per domain (figures/*-figures.ts): a new figure is
// added in its module and reaches the template picker, the preview and the CLI without any
// report code changing.
import type { Ledger } from '../ledger/ledger';
import { ACTIVITY_FIGURES, activityTypeKey, officeActivityTypeFigures } from './figures/activity-figures';
import { ACTIVITY_TYPES } from '../dictionaries/activity-types';
import { PROPOSAL_CATEGORIES } from '../dictionaries/proposal-categories';
import { nameByCode } from '../dictionaries/dictionary-codes';
import type { CodedKind, DictionaryEntry } from '../dictionaries/dictionary-kinds';
import { MEETING_FIGURES } from './figures/meeting-figures';
import { MEMBER_FIGURES } from './figures/member-figures';
import { officeProposalCategoryFigures, PROPOSAL_REPORT_FIGURES } from './figures/proposal-figures';
import { OPINION_FIGURES } from './figures/opinion-figures';
import { EVALUATION_FIGURES, SUPERVISOR_FIGURES } from './figures/evaluation-figures';
import { PLAN_FIGURES } from './figures/plan-figures';
import { STATION_REPORT_FIGURES } from './figures/station-figures';
import { CAMPAIGN_REPORT_FIGURES } from './figures/campaign-figures';
import { PAIRING_REPORT_FIGURES } from './figures/pairing-figures';
import { CULTURE_REPORT_FIGURES } from './figures/culture-figures';
import { ledgerOfCommittee } from '../exchange/committee-ledger';
import { DEFAULT_STATION_UNIT_NAME, STATION_FIGURE_PREFIX, withUnitName } from '../stations/station-settings';

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

/**
 * Where a registry entry's name is part of a figure's label: activity types (视察, 参加视察的委员,
 * 全体会议出席率) and 提案类别 (立案提案中经济建设方面). A ledger that calls the entry by another
 * name gets those figures labelled with it; keys and counts stay.
 */
const NAMED_BY_ENTRY: readonly { kind: CodedKind; entries: readonly { code: string; name: string }[]; keyPrefixes: (code: string) => string[] }[] = [
  { kind: 'activityType', entries: ACTIVITY_TYPES, keyPrefixes: (code) => [activityTypeKey(code), `meetings.${code}.`] },
  { kind: 'proposalCategory', entries: PROPOSAL_CATEGORIES, keyPrefixes: (code) => [`proposals.category.${code}`] },
];

function renamedFigures(dictionary: readonly DictionaryEntry[]): FigureDefinition[] {
  const out: FigureDefinition[] = [];
  for (const { kind, entries, keyPrefixes } of NAMED_BY_ENTRY) {
    const names = nameByCode(dictionary, kind);
    for (const entry of entries) {
      const name = names.get(entry.code);
      if (!name || name === entry.name) continue;
      const prefixes = keyPrefixes(entry.code);
      // activities.type.training is the type's; activities.type.trainingX would be another's.
      const ofEntry = (key: string) => prefixes.some((p) => key === p || key.startsWith(p.endsWith('.') ? p : `${p}.`));
      for (const f of FIGURE_CATALOGUE) if (ofEntry(f.key)) out.push({ ...f, label: f.label.replaceAll(entry.name, name) });
    }
  }
  return out;
}

/** The catalogue of one ledger by key, built once per dictionary read: read a fresh dictionary after a change. */
const CATALOGUES = new WeakMap<readonly DictionaryEntry[], ReadonlyMap<string, FigureDefinition>>();
const BY_KEY: ReadonlyMap<string, FigureDefinition> = new Map(FIGURE_CATALOGUE.map((f) => [f.key, f]));

function catalogueOf(dictionary: readonly DictionaryEntry[]): ReadonlyMap<string, FigureDefinition> {
  if (dictionary.length === 0) return BY_KEY;
  let found = CATALOGUES.get(dictionary);
  if (!found) {
    const own = [...officeActivityTypeFigures(dictionary), ...officeProposalCategoryFigures(dictionary)];
    const renamed = renamedFigures(dictionary);
    found = renamed.length || own.length ? new Map([...BY_KEY, ...renamed.map((f): [string, FigureDefinition] => [f.key, f]), ...own.map((f): [string, FigureDefinition] => [f.key, f])]) : BY_KEY;
    CATALOGUES.set(dictionary, found);
  }
  return found;
}

/**
 * The catalogue of one ledger: the fixed figures, labelled with the names the office gives its
 * activity types and 提案类别 (设置 → 字典), then the figures of each activity type and 提案类别 the
 * office added itself, under its name. Those keys (activities.type.custom-…, proposals.category.custom-…)
 * exist only in the ledger that has the entry.
 */
export function figureCatalogueFor(dictionary: readonly DictionaryEntry[], unitName = DEFAULT_STATION_UNIT_NAME): readonly FigureDefinition[] {
  const catalogue = catalogueOf(dictionary);
  const figures = catalogue === BY_KEY ? FIGURE_CATALOGUE : [...catalogue.values()];
  return unitName === DEFAULT_STATION_UNIT_NAME ? figures : figures.map((f) => inUnitName(f, unitName));
}

/**
 * A figure by key, as the ledger with this dictionary labels it; an office type's figure is found
 * only with the dictionary. `unitName`: what the office calls its grass-roots units (设置 基层单位名称).
 */
export function figureByKey(key: string, dictionary: readonly DictionaryEntry[] = [], unitName = DEFAULT_STATION_UNIT_NAME): FigureDefinition | undefined {
  const figure = catalogueOf(dictionary).get(key);
  return figure && inUnitName(figure, unitName);
}

/** A 联络站 figure named by the office's word for its units (已建委员工作室); any other figure as it is. */
function inUnitName(figure: FigureDefinition, unitName: string): FigureDefinition {
  if (unitName === DEFAULT_STATION_UNIT_NAME || !figure.key.startsWith(STATION_FIGURE_PREFIX)) return figure;
  return { ...figure, label: withUnitName(figure.label, unitName), group: withUnitName(figure.group, unitName) };
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
