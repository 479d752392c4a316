// The copies of a report packed together, sharing every part but the body and core properties,
// are part for part, byte for byte, what docx packs of each copy alone (Packer.pack with the same
// font table): on every report kind of a generated ledger, with pictures in both copies, with
// pictures only one copy has (then that copy is compiled whole), and for a member's record (one
// copy). The shared path is taken when it can be: docx compiles the first copy only. The copies
// also share their docx headings, tables, title and 落款 (reportCopyDocuments): still docx's own
// output for each copy made alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { Packer, Table, type Document } from 'docx';
import type { ReportDocument } from '../../renderer/src/domain/report/render-report';
import { DEFAULT_TEMPLATES } from '../../renderer/src/domain/report/report-template';
import { generateLedger, smallSampleSize } from '../../renderer/src/domain/sample/generate-ledger';
import { DEFAULT_SCORE_RULES } from '../../renderer/src/domain/scores/score-rules';
import { buildReport } from '../../renderer/src/features/reports/build-report';
import { buildMemberReport } from '../../renderer/src/features/reports/member/build-member-report';
import { fontTableXml } from '../../renderer/src/export/docx/gbt-layout';
import { packGbtDocuments } from '../../renderer/src/export/docx/gbt-package';
import { buildReportDocument, DEFAULT_REPORT_LAYOUT, reportCopyDocuments, writeReportCopiesDocx, type ReportChartImages, type ReportCopies, type ReportLayout } from '../../renderer/src/export/docx/write-report-docx';

const YEAR = 2025;
const SCOPE = { year: YEAR, until: `${YEAR}-11-30` };
const TODAY = `${YEAR}-12-05`;
/** Centred page numbers and other faces: the shared parts follow the layout. */
const OTHER_LAYOUT: ReportLayout = { pageNumberPosition: 'center', fonts: { title: '华文中宋', body: '仿宋', heading1: '黑体', heading2: '楷体' } };

/** A real 1 × 1 PNG, and another (one pixel changed). */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const OTHER_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const compiler = Reflect.get(Packer, 'compiler') as { compile: (file: Document) => unknown };

beforeEach(() => {
  // core.xml holds the time the Document was made, to the second: both sides must make theirs at one time.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-12-05T09:30:00Z'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/**
 * Every part of a .docx by path, in the zip's order; JSZip checks each part's CRC. A picture's
 * drawing id comes from docx's count of all pictures made so far, so two Documents built one after
 * the other number theirs apart: they are renumbered from 1, in order, on both sides.
 */
async function partsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  return Promise.all(Object.values(zip.files).map(async (f) => {
    let n = 0;
    return [f.name, (await f.async('binarystring')).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`)] as [string, string];
  }));
}

/** The paths whose parts differ, or are in another place. */
function differing(a: [string, string][], b: [string, string][]): string[] {
  const paths = new Set([...a, ...b].map(([path]) => path));
  return [...paths].filter((path) => {
    const i = a.findIndex(([p]) => p === path);
    return i < 0 || b[i]?.[0] !== path || b[i]?.[1] !== a[i]![1];
  });
}

/** What docx packs of one copy alone, the font table put in as the program puts it. */
const docxAlone = (doc: ReportDocument, layout: ReportLayout, images?: ReportChartImages) =>
  Packer.pack(buildReportDocument(doc, layout, images), 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml(layout.fonts) }]);

async function expectAsDocxAlone(copies: ReportCopies<ReportDocument>, layout: ReportLayout, images: Partial<ReportCopies<ReportChartImages>> = {}) {
  const together = await writeReportCopiesDocx(copies, layout, images);
  expect(differing(await partsOf(together.doc), await partsOf(await docxAlone(copies.doc, layout, images.doc)))).toEqual([]);
  if (copies.review === copies.doc) expect(together.review).toBeNull();
  else expect(differing(await partsOf(together.review!), await partsOf(await docxAlone(copies.review, layout, images.review)))).toEqual([]);
}

describe('both copies packed together', () => {
  const ledger = generateLedger(smallSampleSize(`${YEAR}-11-20`));

  it.each(['supervision', 'standing', 'proposals'] as const)('the %s report: each copy is docx’s own, part for part, docx compiling the 印发稿 only', async (kind) => {
    const built = buildReport(ledger, DEFAULT_TEMPLATES[kind], SCOPE, TODAY);
    expect(built.blockers).toEqual([]);
    // The copies do differ, in the body only.
    const compile = vi.spyOn(compiler, 'compile');
    const together = await writeReportCopiesDocx(built, DEFAULT_REPORT_LAYOUT);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(differing(await partsOf(together.doc), await partsOf(together.review!))).toEqual(['word/document.xml']);
    vi.restoreAllMocks();
    await expectAsDocxAlone(built, DEFAULT_REPORT_LAYOUT);
    await expectAsDocxAlone(built, OTHER_LAYOUT);
  });

  it('formats what both copies hold once while packing, and leaves docx’s objects as they were', async () => {
    const built = buildReport(ledger, DEFAULT_TEMPLATES.proposals, SCOPE, TODAY);
    const { documents, shared } = reportCopyDocuments(built, DEFAULT_REPORT_LAYOUT);
    // The title, the headings, the tables and the 落款 of the 印发稿 are the 核对稿's own.
    expect(shared.filter((child) => child instanceof Table).length).toBeGreaterThan(0);
    const [printed, review] = await packGbtDocuments(documents, DEFAULT_REPORT_LAYOUT.fonts, shared);
    expect(shared.filter((child) => Object.hasOwn(child, 'prepForXml'))).toEqual([]);
    const alone = (d: Document) => Packer.pack(d, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml(DEFAULT_REPORT_LAYOUT.fonts) }]);
    expect(differing(await partsOf(printed!), await partsOf(await alone(documents[0]!)))).toEqual([]);
    expect(differing(await partsOf(review!), await partsOf(await alone(documents[1]!)))).toEqual([]);
  });

  const withChart: ReportDocument = {
    title: '测试报告', titleLines: ['测试报告'], issuer: '县政协', dateText: '2025年11月30日', problems: [],
    blocks: [
      { kind: 'paragraph', text: '今年提案办复情况如下。', figureKeys: [] },
      { kind: 'chart', key: 'proposals.replyClass', caption: '提案答复类别统计图', data: { shape: 'pie', seriesName: '答复类别', unit: '件', items: [{ name: 'A类', value: 1 }] } },
      { kind: 'paragraph', text: '图后正文。', figureKeys: [] },
    ],
  };
  const reviewWithChart: ReportDocument = {
    ...withChart, copy: 'review',
    blocks: [{ kind: 'paragraph', text: '（未写入：一处说明。）', figureKeys: [] }, ...withChart.blocks],
  };

  it('pictures the copies share are shared, numbered in each body as docx numbers them', async () => {
    const compile = vi.spyOn(compiler, 'compile');
    const images = { doc: new Map([[1, PNG]]), review: new Map([[2, PNG]]) };
    await writeReportCopiesDocx({ doc: withChart, review: reviewWithChart }, DEFAULT_REPORT_LAYOUT, images);
    expect(compile).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    await expectAsDocxAlone({ doc: withChart, review: reviewWithChart }, DEFAULT_REPORT_LAYOUT, images);
  });

  it('a copy with pictures of its own is compiled whole', async () => {
    const compile = vi.spyOn(compiler, 'compile');
    for (const images of [{ doc: new Map([[1, PNG]]), review: new Map([[2, OTHER_PNG]]) }, { doc: new Map<number, Uint8Array>(), review: new Map([[2, PNG]]) }]) {
      compile.mockClear();
      await writeReportCopiesDocx({ doc: withChart, review: reviewWithChart }, DEFAULT_REPORT_LAYOUT, images);
      expect(compile).toHaveBeenCalledTimes(2);
      await expectAsDocxAlone({ doc: withChart, review: reviewWithChart }, DEFAULT_REPORT_LAYOUT, images);
    }
  });

  it('a member’s record, its own review copy, is one document', async () => {
    const member = ledger.members.find((m) => m.deletedAt === null)!;
    const built = buildMemberReport(ledger, member, DEFAULT_SCORE_RULES, SCOPE, TODAY);
    expect(built.review).toBe(built.doc);
    await expectAsDocxAlone(built, DEFAULT_REPORT_LAYOUT);
  });
});
