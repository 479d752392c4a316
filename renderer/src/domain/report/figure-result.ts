// What a figure's count gives: its value and the records it is made of. Apart from the catalogue
// so the report's style (how a value is printed) does not depend on how figures are counted.
import { ofHundred, roundedPercent, type Ratio } from '../common/percent';

/** What an `unrecorded` figure lacks: `count` of `of` members with `field` empty. */
export interface Unrecorded {
  count: number;
  of: number;
  /** The member form's field, as the clerk sees it: 性别, 党派, 委员职务. */
  field: string;
  /**
   * For a field that always holds a value (委员职务 is 委员 until another is chosen): that value and
   * the ones the figure counts, so the note says none of those was chosen, not that it is empty.
   */
  noneChosen?: { holds: string; counts: string };
}

/** A record behind a figure, enough to list it and open it. */
export interface FigureRecordRef {
  table: 'members' | 'activities' | 'proposals' | 'opinions' | (string & {});
  id: string;
  /** What a list shows: the activity's date and title, the member's name, 第12号 and the proposal's title. */
  label: string;
}

export interface FigureResult {
  /** A count, or for a rate the percentage rounded to one decimal (95.2) from its `ratio` (roundedPercent). */
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
   * Records the count could not judge because a field it reads was left empty (members without
   * 性别 for 女委员): `count` of the `of` records it looked at. Not recorded is not none — a
   * report leaves the figure out when none of them was filled and asks for a check when some
   * were not (clause-verdict.ts; the words are missing-reasons.ts's).
   */
  unrecorded?: Unrecorded;
  /**
   * For a rate: what it divides, so it is printed rounded once to whatever decimals are asked
   * (22/24 is 91.67% with two, not 91.7 padded to 91.70%). Every rate of the catalogue has one
   * (rateResult); absent on counts.
   */
  ratio?: Ratio;
}

/**
 * A result whose records are listed only when first read. Writing a report asks of a figure only
 * whether records stand behind it; the list — a labelled reference per record, thousands for a
 * big county's 人次 — is read by the records drawer and 数据核对 alone, and making it for every
 * figure of every report was a good part of a report's counting. `count` is how many `list`
 * gives, known without it.
 */
export function listedOnRead(value: number, count: number, list: () => FigureRecordRef[], more: Pick<FigureResult, 'noBase' | 'ratio' | 'unrecorded'> = {}): FigureResult {
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
export function referencedOnRead<T>(value: number, of: readonly T[], refOf: (item: T) => FigureRecordRef, more: Pick<FigureResult, 'noBase' | 'ratio' | 'unrecorded'> = {}): FigureResult {
  return listedOnRead(value, of.length, () => of.map(refOf), more);
}

/** How many records stand behind a figure, without listing them when it knows. */
export function recordCount(result: FigureResult): number {
  return result.recordCount ?? result.records.length;
}

/**
 * A rate's result: its value the percentage with one decimal (what the command line's figures
 * give), its ratio kept for printing with other decimals, its records the numerator's.
 */
export function rateResult(ratio: Ratio, count: number, list: () => FigureRecordRef[], more: Pick<FigureResult, 'noBase'> = {}): FigureResult {
  return listedOnRead(roundedPercent(ratio, 1), count, list, { ...more, ratio });
}

/**
 * What a rate result divides: its ratio, or for a result made without one (a test's) its value as
 * a percentage of 100. A ratio over nothing reads as 0% of 100: whether such a rate is printed at
 * all is noBase's and isEmptyBase's to say.
 */
export function rateRatio(result: Pick<FigureResult, 'value' | 'ratio'>): Ratio {
  return result.ratio && result.ratio.whole > 0 ? result.ratio : ofHundred(result.value);
}
