// The shape of a report figure: what it counts over (FigureScope) and its definition. The figure
// modules (figures/*) and the catalogue that lists them both use these, so they are apart from
// the catalogue and a figure module never imports the catalogue that imports it.
import type { Ledger } from '../ledger/ledger';
import type { FigureResult } from './figure-result';

/** Counting is for `year` up to `until` (inclusive) by each record's own date: reports are often written 截至11月底. */
export interface FigureScope {
  year: number;
  /** ISO date, inclusive. */
  until: string;
  /**
   * A plenary session (`9-2`, see Proposal.sessionKey) for a 提案工作情况报告 "×届×次会议以来":
   * proposal figures then count that session's proposals, whatever their year, up to `until`.
   * Activity and member figures ignore it.
   */
  sessionKey?: string;
  /**
   * One committee's figures in a city ledger holding several counties' records: the
   * ledger is cut to that committee's records before any figure counts (exchange/committee-ledger.ts).
   * Absent: every record, all committees together.
   */
  committee?: string;
}

export interface FigureDefinition {
  /** Stable, used in templates as {{key}}. */
  key: string;
  label: string;
  /** 次, 人次, 名, 件, 份, 条, 个, % … as the report writes it after the number. */
  unit: string;
  /** Heading the figure picker lists it under: 活动, 会议, 委员, 提案, 社情民意. */
  group: string;
  /** What is counted, when the label alone leaves a doubt which set it is (two report kinds print the same fact through one figure). */
  description?: string;
  /**
   * A fact of the roll (the members serving on the 截至 date), not of the year's work: a report
   * whose only figures left are these says nothing of the year and is refused like an empty one.
   */
  roll?: true;
  /**
   * Other words reports use for this figure beside its label (办结率 for 办复率, 召开全体会议 for
   * 全体会议): the words right before the number or right after its unit; an empty 《》 stands for
   * any title (编报《》 for 编报《南山社情民意》). Read when learning an office's own report; the
   * longer and nearer the words, the surer the match.
   */
  synonyms?: readonly string[];
  count(ledger: Ledger, scope: FigureScope): FigureResult;
}

/**
 * A module's figures with the other words reports use for them, given beside the definitions so a
 * figure and its words are kept together (added to the words a figure made from a pattern already
 * has, such as 委员参加视察 for every type's 人次). A key that is not one of the figures is a mistake (a
 * renamed figure), and so is a phrase given twice: both stop the program at once.
 */
export function withSynonyms(figures: readonly FigureDefinition[], synonyms: Readonly<Record<string, readonly string[]>>): readonly FigureDefinition[] {
  const keys = new Set(figures.map((f) => f.key));
  for (const key of Object.keys(synonyms)) if (!keys.has(key)) throw new Error(`synonyms for a figure that is not defined here: ${key}`);
  return figures.map((f) => {
    const words = [...(f.synonyms ?? []), ...(synonyms[f.key] ?? [])];
    if (new Set(words).size !== words.length) throw new Error(`a synonym given twice for ${f.key}`);
    return words.length ? { ...f, synonyms: words } : f;
  });
}
