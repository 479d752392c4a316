// The figure catalogue of this ledger for the report screens: the fixed figures and those of the
// activity types the office added itself, labelled with the names it gives them (figure-catalogue.ts
// figureCatalogueFor).
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../../db/app-ledger';
import { FIGURE_CATALOGUE, figureCatalogueFor, type FigureDefinition } from '../../../domain/report/figure-catalogue';
import type { DictionaryEntry } from '../../../domain/dictionaries/dictionary-kinds';

const NONE: readonly DictionaryEntry[] = [];

/** The ledger's live dictionary, for figureByKey: the office's names for its types and its own types' figures. */
export function useLedgerDictionary(): readonly DictionaryEntry[] {
  return useLiveQuery(() => appLedger.dictionary.listDictionaryEntries(), []) ?? NONE;
}

export function useFigureCatalogue(): readonly FigureDefinition[] {
  const entries = useLedgerDictionary();
  return entries === NONE ? FIGURE_CATALOGUE : figureCatalogueFor(entries);
}
