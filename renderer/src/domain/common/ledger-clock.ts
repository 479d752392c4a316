// The ledger's clock: a hybrid logical clock kept as ordinary ISO stamps. Office PCs' clocks are
// often wrong by minutes or years (flat CMOS batteries, never synced offline), and the merge
// between PCs orders edits by their stamps. So every stamp this PC writes is the later of its own
// clock and one millisecond after the latest stamp it has seen — its own, or another PC's taken in
// with a package or a restored backup. An edit made after seeing another PC's edit is then stamped
// after it however far either clock is off, so it wins over it; a PC whose clock is years slow
// still writes stamps after what it received, and one years fast does not win an edit made later
// elsewhere after its own was seen there. Concurrent edits (neither PC saw the other's) are shown
// to the user as conflicts (domain/exchange/merge-records.ts).
// What the PC has seen is read back at start from the database (db/ledger-clock-repo.ts), so the
// clock needs no store of its own. The time itself comes in as an argument (db/clock.ts reads it).

/** One PC's clock. The program has one (`ledgerClock`); the merge's property tests run several. */
export class LedgerClock {
  private latestSeen = -Infinity;

  /** Notes a stamp this PC has seen (an imported package's, a restored backup's, its own history's). */
  observe(iso: string | null | undefined): void {
    if (!iso) return;
    const t = Date.parse(iso);
    if (Number.isFinite(t) && t > this.latestSeen) this.latestSeen = t;
  }

  /**
   * The stamp for a change made now. While this PC's clock runs ahead of everything seen, it is
   * the clock itself; once the PC has seen a later stamp, each new stamp steps one millisecond past it.
   * Its own stamps count as seen: two changes in one millisecond, or one after the clock was set
   * back, are stamped apart and in the order made, so one record's versions on a PC only ever move
   * later and no two of them share a stamp (the exchange tells versions apart by it, exchange-log.ts).
   * `now` is the PC's clock reading (ms), passed in by the db layer: the domain never reads the clock.
   */
  stamp(now: number): string {
    this.latestSeen = now > this.latestSeen ? now : this.latestSeen + 1;
    return new Date(this.latestSeen).toISOString();
  }
}

/** This program's clock. */
export const ledgerClock = new LedgerClock();

export const observeStamp = (iso: string | null | undefined): void => ledgerClock.observe(iso);

export const clockStamp = (now: number): string => ledgerClock.stamp(now);
