// What the two copies of one report (the 印发稿 and the 核对稿, render-report.ts renderReportCopies)
// have in common, worked out once for both: each clause's parse and each placeholder's verdict
// (compose-clause.ts ComposeMemo), the title and headings filled, the title broken into lines.
// Made afresh for every report: it holds one report's figures' verdicts.
import { breakTitle } from './title-lines';
import { cleanReportText } from './report-text';
import { composeText, newComposeMemo, type ClauseEnv, type ComposedClause, type ComposeMemo } from './compose-clause';

export interface RenderMemo {
  compose: ComposeMemo;
  /** Text filled as in a title or heading (never with review notes), by its raw text. */
  filled: Map<string, ComposedClause>;
  titleLines: Map<string, string[]>;
}

export const newRenderMemo = (): RenderMemo => ({ compose: newComposeMemo(), filled: new Map(), titleLines: new Map() });

/** A title's or heading's text filled from the figures: no clause of it is left out, and no review note is written. */
export function filledText(raw: string, env: ClauseEnv, memo: RenderMemo): ComposedClause {
  let filled = memo.filled.get(raw);
  if (!filled) memo.filled.set(raw, (filled = composeText(cleanReportText(raw), { ...env, review: false }, true)));
  return filled;
}

/** The title in its lines (breakTitle), a copy each call: the two documents do not share one array. */
export function titleLinesOf(title: string, memo: RenderMemo): string[] {
  let lines = memo.titleLines.get(title);
  if (!lines) memo.titleLines.set(title, (lines = breakTitle(title)));
  return [...lines];
}
