import { describe, expect, it } from 'vitest';
import { guessStructure, headingOf } from './document-structure';
import { plainParagraph as p } from './docx-blocks';

describe('guessStructure', () => {
  it('finds a title over two centred lines, the speech header, typed headings, tables, the issuer and the date', () => {
    const s = guessStructure([
      p('政协某县委员会常务委员会', { alignment: 'center', fontSizePt: 22 }),
      p('工作报告', { alignment: 'center', fontSizePt: 22 }),
      p(''),
      p('——在政协某县第九届委员会第五次会议上', { alignment: 'center' }),
      p('县政协主席　王强', { alignment: 'center' }),
      p('各位委员、同志们：'),
      p('　　我受常务委员会委托，向大会报告工作。'),
      p('　　一、2025年工作回顾'),
      p('（一）坚持会议制度'),
      p('召开全体会议1次。'),
      { kind: 'table', rows: [['类别', '件数'], ['经济', '3']] },
      p('1.加强队伍建设。我区注重提高委员的履职能力。'),
      p('（1）每月学习', { bold: true }),
      p('二、存在的问题和不足'),
      p('一是协商成果转化不够。'),
      p('三、下一步工作打算'),
      p('1.加强与本乡镇政协委员的联络，及时学习传达贯彻县委、县政府和县政协的重大决策部署；'),
      p('政协某县委员会', { alignment: 'right' }),
      p('2025年12月1日', { alignment: 'right' }),
    ]);
    expect(s.titleLines).toEqual(['政协某县委员会常务委员会', '工作报告']);
    expect([s.occasion, s.speaker, s.salutation]).toEqual(['——在政协某县第九届委员会第五次会议上', '县政协主席　王强', '各位委员、同志们：']);
    expect([s.issuer, s.dateText]).toEqual(['政协某县委员会', '2025年12月1日']);
    expect(s.sections.map((x) => [x.level, x.heading, x.typedNumber, x.slot, x.body.map((b) => b.text)])).toEqual([
      [1, '', '', null, ['我受常务委员会委托，向大会报告工作。']],
      [1, '2025年工作回顾', '一、', null, []],
      [2, '坚持会议制度', '（一）', null, ['召开全体会议1次。', '类别 | 件数\n经济 | 3']],
      [3, '加强队伍建设', '1.', null, ['我区注重提高委员的履职能力。']],
      [4, '每月学习', '（1）', null, []],
      [1, '存在的问题和不足', '二、', 'problems', ['一是协商成果转化不够。']],
      // A long numbered line is a list item of the body, not a heading.
      [1, '下一步工作打算', '三、', 'plans', ['1.加强与本乡镇政协委员的联络，及时学习传达贯彻县委、县政府和县政协的重大决策部署；']],
    ]);
  });

  it('takes a Word heading style as a heading, and a plain first line as the title', () => {
    expect(headingOf(p('工作回顾', { styleName: 'heading 2' }))).toMatchObject({ level: 2, heading: '工作回顾' });
    expect(headingOf(p('2025年以来，我们坚持……'))).toBeNull();
    const s = guessStructure([p('关于2025年民主监督工作情况的汇报'), p('一年来，县政协……。')]);
    expect(s.titleLines).toEqual(['关于2025年民主监督工作情况的汇报']);
    expect(s.sections[0]!.body[0]!.text).toBe('一年来，县政协……。');
  });
});
