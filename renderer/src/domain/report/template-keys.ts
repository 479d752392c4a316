// Which figures and charts a template needs computed: its visible clauses' placeholders, a table's
// figures and a range's ends included. Apart from report-template.ts so the template's shape (kept
// in the settings, hence in every backup) does not depend on the report's tables and charts.
import { CHART_PREFIX } from './report-charts';
import { keysOfPlaceholder, PHRASE_PREFIX, placeholdersIn } from './clause-text';
import { clausesOf, isContextKey } from './report-template';
import { figuresVerdictReads } from './clause-verdict';
import { TABLE_PREFIX, tableFigureKeys } from './report-tables';
import type { ReportTemplate } from './template-types';

/** Every figure key the visible sections use — tables' figures, ranges' ends and what a verdict reads besides its figure (figuresVerdictReads) included, context placeholders left out — for computeFiguresFor. */
export function figureKeysOf(t: ReportTemplate): string[] {
  const keys = new Set<string>();
  const add = (k: string) => {
    if (k.startsWith(TABLE_PREFIX)) for (const f of tableFigureKeys(k.slice(TABLE_PREFIX.length))) keys.add(f);
    else if (k.startsWith(CHART_PREFIX) || k.startsWith(PHRASE_PREFIX)) return;
    else for (const f of keysOfPlaceholder(k)) if (!isContextKey(f)) for (const g of [f, ...figuresVerdictReads(f)]) keys.add(g);
  };
  for (const { section, clause: c } of clausesOf(t)) if (!section.hidden) for (const k of [...placeholdersIn(c.text), ...placeholdersIn(c.fallback)]) add(k);
  return [...keys];
}

/** The charts ({{chart:key}}, keys without the prefix) the visible sections place, for computeReportCharts. */
export function chartKeysOf(t: ReportTemplate): string[] {
  const keys = new Set<string>();
  for (const { section, clause: c } of clausesOf(t)) if (!section.hidden) for (const k of placeholdersIn(c.text)) if (k.startsWith(CHART_PREFIX)) keys.add(k.slice(CHART_PREFIX.length));
  return [...keys];
}
