// Reads one year's records through the year indexes and hands them to the domain's statistics.
import type { LedgerDatabase } from './database';
import { computeHomeFigures, type HomeFigures } from '../domain/figures/home-figures';
import { rowsOfCommittee } from './committees-repo';
import { loadReportStyle } from './reports-repo';

/** `committee`: one committee's figures in a city ledger; left out, every record's. */
export async function loadHomeFigures(db: LedgerDatabase, year: number, committee?: string): Promise<HomeFigures> {
  const [all, dictionary, style] = await Promise.all([db.activities.where('year').equals(year).toArray(), db.dictionary.toArray(), loadReportStyle(db)]);
  const activities = committee === undefined ? all : await rowsOfCommittee(db, 'activities', all, committee);
  return { ...computeHomeFigures({ activities, dictionary }, year), rateDecimals: style.rateDecimals };
}
