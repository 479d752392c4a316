// Chinese text is ordered by one collator (domain/common/chinese-order.ts): localeCompare(…, 'zh')
// or a collator made inside a comparator sets one up on every comparison. Its order is the one
// those calls gave, for zh and zh-CN alike.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareChinese } from '../../renderer/src/domain/common/chinese-order';

const ROOTS = ['../../renderer/src', '../../electron', '../../scripts'].map((r) => path.resolve(__dirname, r));
const OWN = path.resolve(__dirname, '../../renderer/src/domain/common/chinese-order.ts');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('Chinese text in order', () => {
  it('is compared by the one shared collator, not one set up per comparison', () => {
    const perCall = ROOTS.flatMap(sourceFiles).filter((f) => f !== OWN).flatMap((file) =>
      fs.readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (/localeCompare\([^)]*['"]zh|Intl\.Collator\(['"]zh/.test(line) ? [`${path.relative(process.cwd(), file)}:${i + 1}`] : [])));
    expect(perCall).toEqual([]);
  });

  it('keeps the order localeCompare gave, in zh and zh-CN', () => {
    const names = ['罗城仫佬族自治县政协', '宜州区政协', '环江毛南族自治县政协', '都安瑶族自治县政协', '长沙', '重庆', '乐山', '单县', '阿坝', '中国', '关于农村饮水安全的调研', '视察县人民医院', '1号', 'Alpha', 'beta', '一', '二'];
    const ours = [...names].sort(compareChinese);
    expect(ours).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh')));
    expect(ours).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });
});
