// Which committee a record came from (the city-level view): a city office imports the
// exchange packages of several counties, and each record brought in by a package is noted with
// the committee named in that package's header. Records typed on this PC have no row: they are
// this PC's own committee's (设置 → 政协全称), so a county ledger that never imports holds none.
// Kept in the `recordSources` store, keyed by [table+recordId]; it travels in backups, never in
// exchange packages (a county's own records are its own wherever they go).
import { z } from 'zod';

export interface RecordSource {
  /** The table the record is in (members, activities, …). */
  table: string;
  recordId: string;
  /** The 政协全称 in the header of the package that last brought the record. */
  committee: string;
}

export const recordSourceSchema = z.object({
  table: z.string().min(1).max(40),
  recordId: z.string().min(1).max(100),
  committee: z.string().trim().min(1, '请填写来源政协').max(100),
});

/** Stands in for a package whose header names no committee, so its records still have a source. */
export const UNNAMED_COMMITTEE = '未注明的政协';

export const sourceKey = (table: string, recordId: string) => `${table}\u0000${recordId}`;
