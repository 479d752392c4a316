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
  /**
   * How many `records` there are, when the figure knows it without listing them (see
   * listedOnRead); absent, it is `records.length`. Read it through recordCount().
   */
  recordCount?: number;
  /** A rate whose base is 0 (出席率 with nobody expected): `value` is 0 but it has none, printed — (figureText). */
  noBase?: boolean;
  /**
   * For a rate: what it divides (so a report can print two decimals exactly, and never prints a
   * rate whose whole is 0). Absent on counts.
   */
  ratio?: { part: number; whole: number };
}

/**
 * A result whose records are listed only when first read. Writing a report asks of a figure only
 * whether records stand behind it; the list — a labelled reference per record, thousands for a
 * big county's 人次 — is read by the records drawer and 数据核对 alone, and making it for every
 * figure of every report was a good part of a report's counting. `count` is how many `list`
 * gives, known without it.
 */
export function listedOnRead(value: number, count: number, list: () => FigureRecordRef[], more: Pick<FigureResult, 'noBase' | 'ratio'> = {}): FigureResult {
  let records: FigureRecordRef[] | undefined;
  return {
    value,
    get records() {
      return (records ??= list());
    },
    recordCount: count,
    ...more,
  };
}

/** The records of `of`, one reference each, listed when first read (listedOnRead). */
export function referencedOnRead<T>(value: number, of: readonly T[], refOf: (item: T) => FigureRecordRef, more: Pick<FigureResult, 'noBase' | 'ratio'> = {}): FigureResult {
  return listedOnRead(value, of.length, () => of.map(refOf), more);
}

/** How many records stand behind a figure, without listing them when it knows. */
export function recordCount(result: FigureResult): number {
  return result.recordCount ?? result.records.length;
}
