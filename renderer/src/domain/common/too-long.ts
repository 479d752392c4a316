// The refusal of a text longer than its field allows. Fields are not cut while typing or pasting
// (a pasted 312-character title lost its end without a word); the save is refused instead, saying
// both lengths, so the user decides what to shorten.

export function tooLongMessage(label: string, max: number, length: number): string {
  return `${label}最多${max}字，现有${length}字`;
}

/** zod's message for `.max(max, tooLong(label, max))` on a string. */
export function tooLong(label: string, max: number) {
  return { error: (issue: { input?: unknown }) => tooLongMessage(label, max, typeof issue.input === 'string' ? issue.input.length : 0) };
}
