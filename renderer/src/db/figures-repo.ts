// Reads one year's records through the year indexes and hands them to the domain's statistics.
import type { LedgerDatabase } from './database';
import { computeHomeFigures, type HomeFigures } from '../domain/figures/home-figures';
import { loadActivityCategories } from './dictionary-repo';

export async function loadHomeFigures(db: LedgerDatabase, year: number): Promise<HomeFigures> {
  const [activities, categoryOf] = await Promise.all([db.activities.where('year').equals(year).toArray(), loadActivityCategories(db)]);
  return computeHomeFigures({ activities, categoryOf }, year);
}
