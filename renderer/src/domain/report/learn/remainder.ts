// What is left of a count of things done: 已完成16项……；还有2项顺延到明年初; 已完成11项（…），其余15项已排入
// 下半年计划. A clause that opens with a word of remainder, right after the count of those done in the
// same paragraph and in its unit, counts those not done, where the catalogue keeps that figure.
import { FIGURE_CATALOGUE } from '../figure-catalogue';

/** A clause opening with what is left: 还有, 尚有, 另有, 其余, 剩余, 剩下 (the). */
const REMAINDER = /^(?:还有|尚有|另有|其余|剩余|剩下)的?$/;
/** A count of things done, and how its not-done counterpart is keyed (plans.done → plans.notDone). */
const DONE = /\.done$/;
const NOT_DONE = '.notDone';

export interface DoneCount {
  key: string;
  unit: string;
}

/** The figure of those not done, when the clause's own words are only a word of remainder after a count of those done; else null. */
export function notDoneAfter(done: DoneCount | null, near: string, unit: string): string | null {
  if (!done || done.unit !== unit || !REMAINDER.test(near)) return null;
  const key = done.key.replace(DONE, NOT_DONE);
  return FIGURE_CATALOGUE.some((f) => f.key === key) ? key : null;
}

/** The count of things done a figure is, to remember for the clauses after it. */
export const doneCount = (key: string | null, unit: string): DoneCount | null => (key && DONE.test(key) ? { key, unit } : null);
