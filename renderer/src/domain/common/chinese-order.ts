// Chinese text in the zh collation's order (pinyin), as lists order titles, units, townships and
// committees. One collator for the whole program: localeCompare(…, 'zh') sets one up on every call,
// and a sort calls its comparator n·log n times. zh and zh-CN collate alike.
export const compareChinese: (a: string, b: string) => number = new Intl.Collator('zh').compare;
