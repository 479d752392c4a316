// The ranking to print: its sentence (methods, raters, named units) and its table, for a shares
// round with a tie and for a score round.
import { describe, expect, it } from 'vitest';
import { rankRound } from './evaluation-ranking';
import { buildRankingDocument } from './ranking-document';
import { emptyUnit, round, scoreUnit, sharesUnit } from './evaluation-test-support';

describe('buildRankingDocument', () => {
  it('writes the sentence and the table of a shares round, the tie marked', () => {
    const r = round('r', '2025-06-10', [sharesUnit('县教育局', 85, 10, 5), sharesUnit('县公安局', 85, 15, 0), sharesUnit('县商务局', 95.5, 4.5, 0), sharesUnit('县民政局', 60, 30, 10), emptyUnit('县林业局')],
      { methods: ['测评会', '问卷'], raters: [{ kind: '常委', count: 20 }, { kind: '群众', count: 100 }], namedCount: 1 });
    const ranking = rankRound(r);
    if (!ranking.ok) throw new Error('no ranking');
    const doc = buildRankingDocument({ round: r, ranking: ranking.value, issuer: '县政协', dateText: '2025年12月1日' });
    expect(doc.title).toBe('2025年度民主评议测评名次');
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph', figureKeys: [],
      text: '2025年6月10日，通过测评会、问卷等形式，组织常委20名、群众100名（共120名）对5个单位进行民主评议，评议内容包括工作作风。按测评结果排出名次如下，其中县商务局被评为满意单位；县民政局列为重点监督单位。县林业局尚未录入测评结果，未参加排名。',
    });
    expect(doc.blocks[1]).toEqual({
      kind: 'table', caption: '2025年度民主评议测评名次表', columns: ['被评议单位', '名次', '满意', '基本满意', '不满意'],
      rows: [
        ['县商务局', '第1名', '95.5%', '4.5%', '0%'],
        ['县公安局', '第2名（并列）', '85%', '15%', '0%'],
        ['县教育局', '第2名（并列）', '85%', '10%', '5%'],
        ['县民政局', '第4名', '60%', '30%', '10%'],
      ],
    });
  });

  it('gives a score round its score column', () => {
    const r = round('s', '2025-06-10', [scoreUnit('甲局', 91.25), scoreUnit('乙局', 88)], { resultKind: 'score' });
    const ranking = rankRound(r);
    if (!ranking.ok) throw new Error('no ranking');
    const table = buildRankingDocument({ round: r, ranking: ranking.value, issuer: '', dateText: '' }).blocks[1];
    expect(table).toMatchObject({ columns: ['被评议单位', '名次', '得分'], rows: [['甲局', '第1名', '91.25'], ['乙局', '第2名', '88']] });
  });
});
