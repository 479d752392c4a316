import { describe, expect, it } from 'vitest';
import { renderReport, type ReportContext } from '../../../domain/report/render-report';
import type { FigureResult } from '../../../domain/report/figure-catalogue';
import type { ReportTemplate } from '../../../domain/report/report-template';
import { figureRunsOf, runsOfWrapped, unwrapped, wrapFigurePlaceholders } from './figure-runs';

const template: ReportTemplate = {
  kind: 'supervision', title: '{{year}}年民主监督工作情况汇报', occasion: '', speaker: '', useSpeechHeader: false,
  sections: [
    { id: 'a', level: 1, heading: '强化常规监督', hidden: false, paragraphs: ['截至{{untilMonth}}，开展视察{{activities.type.inspection}}次、调研{{activities.type.research}}次。'] },
    { id: 'b', level: 1, heading: '存在问题', hidden: false, paragraphs: ['共{{no.such.figure}}项'] },
  ],
};
const figures = new Map<string, FigureResult>([
  ['activities.type.inspection', { value: 12, records: [] }],
  ['activities.type.research', { value: 0, records: [] }],
]);
const context: ReportContext = { committeeName: '罗城县政协', issuer: '罗城县政协办公室', date: '2025-11-30', scope: { year: 2025, until: '2025-11-30' } };

describe('figure runs', () => {
  it('marks each printed figure with its key and leaves the rest as it prints', () => {
    const plain = renderReport(template, figures, context);
    const wrapped = renderReport(wrapFigurePlaceholders(template), figures, context);
    const runs = figureRunsOf(plain, wrapped);
    expect(runs[1]).toEqual([
      { text: '截至11月底，开展视察' }, { text: '12', mark: 'activities.type.inspection' },
      { text: '次、调研' }, { text: '0', mark: 'activities.type.research' }, { text: '次。' },
    ]);
    // Every block's runs put together are exactly the text that is exported.
    plain.blocks.forEach((b, i) => {
      if (b.kind !== 'table' && b.kind !== 'chart') expect(runs[i]!.map((r) => r.text).join('')).toBe(b.text);
    });
    // An unknown placeholder is marked too, so the preview can point at it.
    expect(runs[3]!.filter((r) => r.mark)).toEqual([{ text: '【未知数字：no.such.figure】', mark: 'no.such.figure' }]);
  });

  it('falls back to one unmarked run when the two renderings disagree', () => {
    const plain = renderReport(template, figures, context);
    const other: ReportTemplate = { ...template, sections: [{ ...template.sections[0]!, paragraphs: ['别的文字{{activities.type.inspection}}'] }, template.sections[1]!] };
    const runs = figureRunsOf(plain, renderReport(wrapFigurePlaceholders(other), figures, context));
    expect(runs[1]).toEqual([{ text: (plain.blocks[1] as { text: string }).text }]);
  });

  it('reads wrapped text back', () => {
    const text = 'a\uE000k\uE00112\uE002b';
    expect(unwrapped(text)).toBe('a12b');
    expect(runsOfWrapped(text)).toEqual([{ text: 'a' }, { text: '12', mark: 'k' }, { text: 'b' }]);
  });
});
