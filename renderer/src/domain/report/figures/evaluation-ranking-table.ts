// {{table:evaluations.ranking}}: the latest round's 测评名次 as a report table — unit, place (并列
// marked), and its 满意率 (or score, for a round that scores) kept short to fit a figure column. Its rows are the ranking behind the `evaluations.ranked` figure, so
// the table and the sentence quoting how many units were ranked can never disagree.
import type { ReportTableDefinition } from '../table-definition';
import { rankLabel } from '../../evaluations/evaluation-ranking';
import { DEFAULT_REPORT_STYLE } from '../report-style';
import { ofHundred, percentText } from '../../common/percent';
import { rankingOf } from './evaluation-figures';

export const EVALUATION_RANKING_TABLE: ReportTableDefinition = {
  key: 'evaluations.ranking',
  caption: '民主评议单位测评名次表',
  columns: ['被评议单位', '名次', '满意率/得分'],
  figureKeys: ['evaluations.ranked'],
  build(figures, style = DEFAULT_REPORT_STYLE) {
    const result = figures.get('evaluations.ranked');
    if (!result) return { rows: [], missing: ['evaluations.ranked'] };
    const ranking = rankingOf(result);
    // One column, one precision: every 满意率 (or score) with the office's decimals (79.0%, 92.50分).
    const value = (r: { score: number | null; satisfied: number | null }) =>
      r.score !== null ? `${r.score.toFixed(style.rateDecimals)}分` : percentText(ofHundred(r.satisfied ?? 0), style.rateDecimals, true);
    return { rows: (ranking?.rows ?? []).map((r) => [r.unit, rankLabel(r, ranking!.rows), value(r)]), missing: [] };
  },
};
