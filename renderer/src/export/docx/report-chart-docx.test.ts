// A chart block in the report .docx: its PNG in word/media, drawn inline, centred, within the
// 156 mm type area, alone in a paragraph of 10 body lines that the picture does not overfill (so
// the grid below is kept), the caption on the next line in the body face; without a picture the
// chart is left out.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { ReportDocument } from '../../domain/report/render-report';
import { GBT_CHART, GBT_LINE, GBT_TEXT_WIDTH } from './gbt-layout';
import { writeReportDocx } from './write-report-docx';

/** A real 1 × 1 PNG: the writer does not read pixels, Word and LibreOffice do. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const doc: ReportDocument = {
  title: '测试报告', titleLines: ['测试报告'], issuer: '县政协', dateText: '2025年11月30日', problems: [],
  blocks: [
    { kind: 'paragraph', text: '今年提案办复情况如下。', figureKeys: [] },
    { kind: 'chart', key: 'proposals.replyClass', caption: '提案答复类别统计图', data: { shape: 'pie', seriesName: '答复类别', unit: '件', items: [{ name: 'A类', value: 1 }] } },
    { kind: 'paragraph', text: '图后正文。', figureKeys: [] },
  ],
};

async function unzip(images: ReadonlyMap<number, Uint8Array>) {
  const zip = await JSZip.loadAsync(await writeReportDocx(doc, undefined, images));
  return { zip, document: await zip.file('word/document.xml')!.async('string') };
}

/** The <w:p> holding the drawing. */
const drawingParagraph = (xml: string) => [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes('<w:drawing>')) ?? '';

describe('a chart in the report .docx', () => {
  it('holds the picture as word/media/*.png, drawn inline within the text width', async () => {
    const { zip, document } = await unzip(new Map([[1, PNG]]));
    const media = Object.keys(zip.files).filter((n) => /^word\/media\/[^/]+\.png$/.test(n));
    expect(media).toHaveLength(1);
    expect(await zip.file(media[0]!)!.async('uint8array')).toEqual(PNG);
    const p = drawingParagraph(document);
    expect(p).toContain('<wp:inline');
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(p)!.map(Number);
    // 1 twip = 635 EMU; 156 mm = 5,616,000 EMU.
    expect(cx).toBeLessThanOrEqual(GBT_TEXT_WIDTH * 635);
    expect(cx).toBeGreaterThan(GBT_TEXT_WIDTH * 635 * 0.99);
    expect(cy).toBe(GBT_CHART.heightMm * 36000);
    // 10 lines of the grid, 'at least' so no reader clips the picture, which is shorter so the line is exactly that.
    expect(p).toMatch(new RegExp(`<w:spacing w:after="0" w:before="0" w:line="${GBT_LINE * GBT_CHART.lines}" w:lineRule="atLeast"/>`));
    // At least half a line to spare for the line's descent below the picture.
    expect(GBT_LINE * GBT_CHART.lines * 635 - cy!).toBeGreaterThan((GBT_LINE * 635) / 2);
    expect(p).toContain('<w:jc w:val="center"/>');
    expect(p).toContain('<w:keepNext/>');
    // The caption on the next line, then the body goes on.
    const after = document.slice(document.indexOf(p) + p.length);
    expect(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(after)![1]).toBe('提案答复类别统计图');
    expect(after.indexOf('提案答复类别统计图')).toBeLessThan(after.indexOf('图后正文'));
    expect(await zip.file('[Content_Types].xml')!.async('string')).toMatch(/Extension="png"/);
  });

  it('leaves a chart with no picture out (the command line, which cannot draw one)', async () => {
    const { zip, document } = await unzip(new Map());
    expect(document).not.toContain('<w:drawing>');
    expect(document).not.toContain('提案答复类别统计图');
    expect(document).toContain('图后正文');
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(false);
  });
});
