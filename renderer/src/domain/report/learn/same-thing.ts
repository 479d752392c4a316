// A report may count one thing in two units side by side: 编辑出版《鹤原黄河故事》1辑、32万字; 共2辑46.5万字.
// The second count, with no words of its own, is the figure of the same name as the count before it, in
// its own unit (出版文史资料: 辑, then 万字).
import { FIGURE_CATALOGUE } from '../figure-catalogue';

/** The figure labelled as `previous` is, counted in `unit`, other than it; null when there is none or more than one. */
export function sameThingInUnit(previous: string | null | undefined, unit: string, notThese: ReadonlySet<string>): string | null {
  const before = previous ? FIGURE_CATALOGUE.find((f) => f.key === previous) : undefined;
  if (!before) return null;
  const same = FIGURE_CATALOGUE.filter((f) => f.key !== before.key && f.label === before.label && f.unit === unit && !notThese.has(f.key));
  return same.length === 1 ? same[0]!.key : null;
}
