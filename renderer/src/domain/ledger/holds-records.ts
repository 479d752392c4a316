// Whether a ledger (or a backup of one, from its header's counts) holds any of the office's
// work. A wiped ledger, the first-run screen's, or one set up but never used does not: it gets no
// automatic backup, never counts as the newest whole backup, and is never kept as a restore
// point over one that does. Shared by the page and the desktop shell (through the IPC contract),
// so it imports nothing.

// Tables that hold no record of the office's work.
const NOT_RECORD_TABLES: ReadonlySet<string> = new Set(['settings', 'scoreRules', 'dictionary', 'history', 'recordSources']);

/** `counts`: rows per table (a backup header's counts, or a ledger's table lengths). */
export function countsHoldRecords(committee: string, counts: Readonly<Record<string, number>>): boolean {
  if (committee.trim() === '') return false;
  return Object.entries(counts).some(([table, rows]) => !NOT_RECORD_TABLES.has(table) && rows > 0);
}

/** The same for a ledger's rows (any ledger-shaped object: its array-valued keys are its tables). */
export function ledgerHoldsRecords(ledger: { settings: { committee: { name: string } } | null }): boolean {
  const counts = Object.fromEntries(Object.entries(ledger).flatMap(([table, rows]) => (Array.isArray(rows) ? [[table, rows.length]] : [])));
  return countsHoldRecords(ledger.settings?.committee.name ?? '', counts);
}
