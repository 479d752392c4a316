// The checks of report-document-checks.ts find what they look for: each bad document below has
// exactly the fault named, and a sound one has none (so the partial-ledger tests can fail).
import { describe, expect, it } from 'vitest';
import type { FigureResult } from '../../renderer/src/domain/report/figure-catalogue';
import type { ReportBlock, ReportDocument, ReportRun } from '../../renderer/src/domain/report/render-report';
import { chineseNumber, documentProblems, ordinalProblems, reviewProblems, textProblems } from './report-document-checks';

const doc = (blocks: ReportBlock[], omitted: ReportDocument['omitted'] = []): ReportDocument => ({ title: '报告', titleLines: ['报告'], blocks, issuer: '县政协', dateText: '2025年11月30日', problems: [], omitted });
const para = (text: string, runs?: ReportRun[]): ReportBlock => ({ kind: 'paragraph', text, figureKeys: [], ...(runs ? { runs } : {}) });
const heading = (level: 1 | 2, text: string): ReportBlock => ({ kind: 'heading', level, text });
const figures = new Map<string, FigureResult>([
  ['meetings.standing.rate', { value: 0, records: [], noBase: true, ratio: { part: 0, whole: 0 } }],
  ['activities.total', { value: 0, records: [] }],
]);

describe('the report checks', () => {
  it('reads the numerals of ordinals and headings', () => {
    expect(['一', '九', '十', '十二', '二十', '二十三'].map(chineseNumber)).toEqual([1, 9, 10, 12, 20, 23]);
  });

  it('finds 0年, a 0-to-0 range, an unfilled placeholder and a paragraph of punctuation, but not 2020年 or 10—20', () => {
    expect(textProblems('从0年开始', 'x')).toHaveLength(1);
    expect(textProblems('驻地0—0名委员', 'x')).toHaveLength(1);
    expect(textProblems('驻地0至0名委员', 'x')).toHaveLength(1);
    expect(textProblems('{{year}}年工作回顾', 'x')).toHaveLength(1);
    expect(textProblems('。', 'x')).toHaveLength(1);
    expect(textProblems('2020年以来，驻地10—20名委员，2025年0.5万元', 'x')).toEqual([]);
  });

  it('finds a verb doubled, run into the next or left before a stop where its list went, but not 组织开展 or 收集、整理', () => {
    expect(textProblems('组织委员开展开展专题协商活动2次。', 'x')).toHaveLength(1);
    expect(textProblems('形成提出意见建议20条。', 'x')).toHaveLength(1);
    expect(textProblems('组织提出意见建议20条。', 'x')).toHaveLength(1);
    expect(textProblems('开展协商2次，形成。', 'x')).toHaveLength(1);
    expect(textProblems('共组织开展各类履职活动3次，认真做好文史资料的收集、整理、出版工作，统筹部署、积极组织、全面推进。', 'x')).toEqual([]);
  });

  it('finds a rate with other decimals than the office’s, in text and in a table', () => {
    const rates = new Map<string, FigureResult>([['proposals.replyRate', { value: 29, records: [], ratio: { part: 29, whole: 100 } }]]);
    const inText = (printed: string) => doc([para(`办复率${printed}`, [{ text: '办复率' }, { text: printed, figure: 'proposals.replyRate' }])]);
    expect(documentProblems(inText('29%'), rates, 'd')).toEqual([]);
    expect(documentProblems(inText('29.1%'), rates, 'd')).toEqual([]);
    expect(documentProblems(inText('29.0%'), rates, 'd')).toHaveLength(1);
    expect(documentProblems(inText('29.13%'), rates, 'd')).toHaveLength(1);
    expect(documentProblems(inText('29.13%'), rates, 'd', 2)).toEqual([]);
    expect(documentProblems(doc([{ kind: 'table', caption: '表', columns: ['类别', '占比'], rows: [['经济', '29%']] }]), rates, 'd')).toHaveLength(1);
    expect(documentProblems(doc([{ kind: 'table', caption: '表', columns: ['类别', '占比'], rows: [['经济', '29.0%']] }]), rates, 'd')).toEqual([]);
  });

  it('finds a skipped, repeated or lone 一是, and lets a passage start its own list', () => {
    expect(ordinalProblems(['一是甲。二是乙。', '三是丙。'], 's')).toEqual([]);
    expect(ordinalProblems(['一是甲。三是丙。'], 's')).toHaveLength(1);
    expect(ordinalProblems(['一是甲。二是乙。二是丙。'], 's')).toHaveLength(1);
    expect(ordinalProblems(['一是甲。'], 's')).toHaveLength(1);
    expect(ordinalProblems(['一是甲。二是乙。', '差距：一是甲。二是乙。'], 's')).toEqual([]);
  });

  it('finds a heading number gap, a table without rows, a rate over an empty base and a paragraph of zeros', () => {
    expect(documentProblems(doc([heading(1, '一、甲'), heading(2, '（一）乙'), heading(2, '（二）戊'), heading(1, '二、丙'), heading(2, '丁')]), figures, 'd')).toEqual([]);
    expect(documentProblems(doc([heading(1, '一、甲'), heading(1, '三、丙')]), figures, 'd')).toHaveLength(1);
    expect(documentProblems(doc([heading(1, '一、甲'), heading(2, '（二）乙'), heading(2, '（三）丙'), heading(1, '二、丁')]), figures, 'd')).toHaveLength(2);
    // A heading alone at its level is no sequence: "一、" with no "二、", "（一）" with no "（二）".
    expect(documentProblems(doc([heading(1, '一、甲')]), figures, 'd')).toHaveLength(1);
    expect(documentProblems(doc([heading(1, '一、甲'), heading(2, '（一）乙'), heading(1, '二、丙')]), figures, 'd')).toHaveLength(1);
    expect(documentProblems(doc([heading(1, '甲')]), figures, 'd')).toEqual([]);
    expect(documentProblems(doc([{ kind: 'table', caption: '表', columns: ['a'], rows: [] }]), figures, 'd')).toHaveLength(1);
    const rate = para('出席率0%', [{ text: '出席率' }, { text: '0%', figure: 'meetings.standing.rate' }]);
    expect(documentProblems(doc([rate]), figures, 'd').join()).toContain('基数为0');
    const zeros = para('开展活动0次', [{ text: '开展活动' }, { text: '0', figure: 'activities.total' }, { text: '次' }]);
    expect(documentProblems(doc([zeros]), figures, 'd').join()).toContain('都是0');
  });

  it('finds a left-out clause the review copy does not name, and a note in the 印发稿', () => {
    const omitted = [{ clauseId: 'c1', section: '开头', reasons: ['本年未登记民主评议'] }];
    const review = doc([para('【未写入：本年未登记民主评议】')], omitted);
    expect(reviewProblems(doc([], omitted), review, 'r')).toEqual([]);
    expect(reviewProblems(doc([], omitted), doc([], omitted), 'r')).toHaveLength(1);
    expect(reviewProblems(doc([para('【未写入：x】')], omitted), review, 'r')).toHaveLength(1);
  });
});
