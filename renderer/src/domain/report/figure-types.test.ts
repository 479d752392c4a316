// The other words of a figure are given with its definition (withSynonyms): a key that names no
// figure of the module, or a phrase given twice, is refused when the module loads.
import { describe, expect, it } from 'vitest';
import { withSynonyms, type FigureDefinition } from './figure-types';
import { FIGURE_CATALOGUE } from './figure-catalogue';

const figure = (key: string): FigureDefinition => ({ key, label: key, unit: '件', group: '提案', count: () => ({ value: 0, records: [] }) });

describe('withSynonyms', () => {
  it('puts the words on the figure they name and leaves the others as they were', () => {
    const [a, b] = withSynonyms([figure('x.a'), figure('x.b')], { 'x.a': ['甲', '乙'] });
    expect(a!.synonyms).toEqual(['甲', '乙']);
    expect(b!.synonyms).toBeUndefined();
  });
  it('refuses words for a figure not defined there, and a phrase given twice', () => {
    expect(() => withSynonyms([figure('x.a')], { 'x.renamed': ['甲'] })).toThrow(/x\.renamed/);
    expect(() => withSynonyms([figure('x.a')], { 'x.a': ['甲', '甲'] })).toThrow(/x\.a/);
  });
  it('gives the catalogue figures the words reports use (办结率 is 办复率)', () => {
    expect(FIGURE_CATALOGUE.find((f) => f.key === 'proposals.replyRate')!.synonyms).toContain('办结率');
  });
});
