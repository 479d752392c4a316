import { describe, expect, it } from 'vitest';
import { renderReport, type ReportContext } from '../../../domain/report/render-report';
import type { FigureResult } from '../../../domain/report/figure-catalogue';
import type { ReportTemplate } from '../../../domain/report/report-template';
import { paragraphsOf } from '../../../domain/report/templates/authoring';
import { NOTE_MARK, runsOfDocument } from './figure-runs';

const template: ReportTemplate = {
  kind: 'supervision', title: '{{year}}年民主监督工作情况汇报', occasion: '', speaker: '', useSpeechHeader: false, phrases: [],
  sections: [
    { id: 'a', level: 1, heading: '强化常规监督', hidden: false, paragraphs: paragraphsOf('a', ['截至{{untilMonth}}，开展视察{{activities.type.inspection}}次[[、调研{{activities.type.research}}次]]。']) },
    { id: 'b', level: 1, heading: '存在问题', hidden: false, paragraphs: paragraphsOf('b', ['共{{no.such.figure}}项']) },
  ],
};
const ref = { table: 'activities', id: 'x', label: 'x' };
const figures = new Map<string, FigureResult>([
  ['activities.type.inspection', { value: 12, records: [ref] }],
  ['activities.type.research', { value: 0, records: [] }],
]);
const context: ReportContext = { committeeName: '罗城县政协', issuer: '罗城县政协办公室', date: '2025-11-30', scope: { year: 2025, until: '2025-11-30' } };

describe('figure runs', () => {
  it('marks each printed figure with its key and leaves the rest as it prints', () => {
    const doc = renderReport(template, figures, context);
    const runs = runsOfDocument(doc);
    expect(runs[1]).toEqual([{ text: '截至11月底，开展视察' }, { text: '12', mark: 'activities.type.inspection' }, { text: '次。' }]);
    // Every block's runs put together are exactly the text that is exported.
    doc.blocks.forEach((b, i) => {
      if (b.kind !== 'table' && b.kind !== 'chart') expect(runs[i]!.map((r) => r.text).join('')).toBe(b.text);
    });
    // An unknown placeholder is marked too, so the preview can point at it.
    expect(runs[3]!.filter((r) => r.mark)).toEqual([{ text: '【未知数字：no.such.figure】', mark: 'no.such.figure' }]);
  });

  it('marks the review copy\'s notes as notes', () => {
    const runs = runsOfDocument(renderReport(template, figures, { ...context, copy: 'review' }));
    expect(runs[1]).toEqual([
      { text: '截至11月底，开展视察' }, { text: '12', mark: 'activities.type.inspection' },
      { text: '次' }, { text: '【未写入：本年未登记调研（类型为“调研”的履职活动）】', mark: NOTE_MARK }, { text: '。' },
    ]);
  });
});
