// What the learner proposes for one number of a learned report: the figure it most likely states
// (or none: the number stays text), whether that is sure, and the runners-up for the picker. Kept
// apart from propose-figure.ts so that the sentence readers it calls can speak of proposals
// without importing the proposer back.
export interface FigureCandidate {
  key: string;
  score: number;
}

export interface FigureProposal {
  /** The figure proposed, or null: the number stays text. */
  key: string | null;
  /** For a range (1—2名) whose low end is `key`, the figure of its high end. */
  toKey?: string;
  sure: boolean;
  /** Found only by the words its clause shares with the figure's, no wording rule (word-overlap.ts): never sure. */
  guessed?: boolean;
  /** Best first, at most five, for the picker's suggestions. */
  candidates: FigureCandidate[];
}
