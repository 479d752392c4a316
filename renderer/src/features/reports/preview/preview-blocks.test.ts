import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../domain/report/render-report';
import { previewBlocksOf, signatureInsets } from './preview-blocks';
import { paginate } from './paginate';

const doc: ReportDocument = {
  title: '罗城县政协2025年民主监督工作情况汇报', titleLines: ['罗城县政协2025年', '民主监督工作情况汇报'],
  header: { occasion: '——在县政协常委会议上', speaker: '韦小宝', salutation: '各位委员、同志们：' },
  blocks: [
    { kind: 'heading', level: 1, text: '一、强化常规监督' },
    { kind: 'paragraph', text: '开展视察12次。', figureKeys: ['k'] },
    { kind: 'table', caption: '提案办复类别统计表', columns: ['类别', '件数'], rows: [['A类', '3']] },
  ],
  issuer: '罗城县政协办公室', dateText: '2025年11月30日', problems: [],
};

describe('preview blocks', () => {
  it('lays out title, header, body, issuer and date in the printed order and measures', () => {
    const blocks = previewBlocksOf(doc, [[], [{ text: '开展视察' }, { text: '12', mark: 'k' }, { text: '次。' }], []]);
    expect(blocks.map((b) => `${b.key}:${b.kind === 'flow' ? b.style : 'table'}`)).toEqual([
      'title0:title', 'title1:title', 'after-title:body', 'occasion:occasion', 'speaker:speaker', 'after-header:body', 'salutation:body',
      'b0:heading1', 'b1:body', 'b2-caption:caption', 'b2:table', 'before-issuer:body', 'issuer:body', 'date:body',
    ]);
    const body = blocks.find((b) => b.key === 'b1');
    expect(body).toMatchObject({ indentChars: 2, align: 'justify', runs: [{ text: '开展视察' }, { text: '12', mark: 'k' }, { text: '次。' }] });
    expect(blocks.find((b) => b.key === 'title0')).toMatchObject({ charsPerLine: 20, align: 'center' });
    // The date (7 characters wide) is nearly as wide as the issuer (8): the issuer is centred over it.
    expect(blocks.find((b) => b.key === 'issuer')).toMatchObject({ align: 'right', rightChars: 1.5 });
    expect(blocks.find((b) => b.key === 'date')).toMatchObject({ align: 'right', rightChars: 2 });
    // One page: 14 lines, the table's header and row counted as two.
    const pages = paginate(blocks);
    expect(pages).toHaveLength(1);
  });

  it('leaves the header out of a report without one', () => {
    const { header: _h, ...plain } = doc;
    const keys = previewBlocksOf(plain, [[], [], []]).map((b) => b.key);
    expect(keys).not.toContain('salutation');
    expect(keys.slice(0, 4)).toEqual(['title0', 'title1', 'after-title', 'b0']);
  });

  it('places a long issuer 右空二字 and the date two characters in from its first character', () => {
    // 罗城仫佬族自治县政协: 10 characters; 2025年11月30日: 7 wide (digits are half).
    expect(signatureInsets('罗城仫佬族自治县政协', '2025年11月30日')).toEqual({ issuerRight: 2, dateRight: 3 });
  });
});
