// The figure catalogue of this ledger for the report screens: the fixed figures and those of the
// activity types the office added itself (figure-catalogue.ts figureCatalogueFor).
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../../db/app-ledger';
import { FIGURE_CATALOGUE, figureCatalogueFor, type FigureDefinition } from '../../../domain/report/figure-catalogue';

export function useFigureCatalogue(): readonly FigureDefinition[] {
  const entries = useLiveQuery(() => appLedger.dictionary.listDictionaryEntries(), []);
  return entries ? figureCatalogueFor(entries) : FIGURE_CATALOGUE;
}
