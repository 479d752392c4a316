// What a figure's count gives: its value and the records it is made of. Apart from the catalogue
// so the report's style (how a value is printed) does not depend on how figures are counted.

/** A record behind a figure, enough to list it and open it. */
export interface FigureRecordRef {
  table: 'members' | 'activities' | 'proposals' | 'opinions' | (string & {});
  id: string;
  /** What a list shows: the activity's date and title, the member's name, 第12号 and the proposal's title. */
  label: string;
}

export interface FigureResult {
  /** A count, or for a rate the percentage rounded to one decimal (95.2). */
  value: number;
  /** The records the count is made of; for a rate, the numerator's records. */
  records: FigureRecordRef[];
  /** A rate whose base is 0 (出席率 with nobody expected): `value` is 0 but it has none, printed — (figureText). */
  noBase?: boolean;
  /**
   * For a rate: what it divides (so a report can print two decimals exactly, and never prints a
   * rate whose whole is 0). Absent on counts.
   */
  ratio?: { part: number; whole: number };
}
