// Official lists of people are ordered by surname stroke count (按姓氏笔画为序). ICU's stroke
// collation does exactly that and is present in Chromium, Electron and Node alike.

const strokeCollator = new Intl.Collator('zh-u-co-stroke');

export function compareByStroke(a: string, b: string): number {
  return strokeCollator.compare(a, b);
}

export function sortByStroke<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareByStroke(nameOf(x), nameOf(y)));
}
