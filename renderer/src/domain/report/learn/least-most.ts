// A pair of figures for the least and the most of something (每站工作人员 最少 / 最多) is written as two
// counts, each after its word: 各站工作人员最少的1名、最多的3名; 少则1名、多则3名. The word says which
// end of the pair a count is; the second count, named by its word alone, is the other end of the pair
// the count before it began.
const LEAST = /(?:最少|少则|至少|最低)的?$/;
const MOST = /(?:最多|多则|至多|最高)的?$/;
const END = /(?:Min|Max)$/;

/** The end of a Min/Max pair the words before a count name: the pair of the best figure, or of the count before. */
export function endOfPair(best: string | undefined, previous: string | null | undefined, near: string): string | null {
  const word = LEAST.test(near) ? 'Min' : MOST.test(near) ? 'Max' : null;
  if (!word) return null;
  const pair = [best, previous].find((k) => k !== undefined && k !== null && END.test(k));
  return pair ? pair.replace(END, word) : null;
}
