// A round's ranking as a document to print (排出测评名次): title, a paragraph naming the round's
// method, raters and the top and bottom units, and the ranking table, laid out by the report's
// .docx writer on the same GB/T 9704 page as every other report. Pure.
import type { ReportDocument } from '../report/render-report';
import { breakTitle } from '../report/title-lines';
import { formatChineseDate } from '../common/dates';
import { ofHundred, percentText } from '../common/percent';
import { raterTotal, type EvaluationRound } from './evaluation';
import { rankLabel, type RankedUnit, type Ranking } from './evaluation-ranking';

// A share as typed (up to two decimals), through the one rounding of rates; none typed prints a bare %.
const pct = (n: number | null) => (n === null ? '%' : percentText(ofHundred(n), 2));

/** 满意95%、基本满意4%、不满意1%, or 92.5分. */
export function rankingResultText(r: Pick<RankedUnit, 'satisfied' | 'basic' | 'unsatisfied' | 'score'>): string {
  return r.score !== null ? `${Number(r.score.toFixed(2))}分` : `满意${pct(r.satisfied)}、基本满意${pct(r.basic)}、不满意${pct(r.unsatisfied)}`;
}

/** 95%, or 92.5分: what a unit is ranked by. */
export function rankingValueText(r: Pick<RankedUnit, 'satisfied' | 'score'>): string {
  return r.score !== null ? `${Number(r.score.toFixed(2))}分` : pct(r.satisfied);
}

export function rankingColumns(round: Pick<EvaluationRound, 'resultKind'>): string[] {
  return round.resultKind === 'score' ? ['被评议单位', '名次', '得分'] : ['被评议单位', '名次', '满意', '基本满意', '不满意'];
}

export function rankingRows(round: Pick<EvaluationRound, 'resultKind'>, ranking: Ranking): string[][] {
  return ranking.rows.map((r) => round.resultKind === 'score'
    ? [r.unit, rankLabel(r, ranking.rows), `${Number(r.score!.toFixed(2))}`]
    : [r.unit, rankLabel(r, ranking.rows), pct(r.satisfied), pct(r.basic), pct(r.unsatisfied)]);
}

export function buildRankingDocument(input: { round: EvaluationRound; ranking: Ranking; issuer: string; dateText: string }): ReportDocument {
  const { round, ranking } = input;
  const raters = round.raters.map((x) => `${x.kind}${x.count}名`).join('、');
  const named = [
    ranking.top.length ? `${ranking.top.join('、')}被评为满意单位` : '',
    ranking.bottom.length ? `${ranking.bottom.join('、')}列为重点监督单位` : '',
  ].filter(Boolean).join('；');
  const text = `${formatChineseDate(round.date)}，通过${round.methods.join('、')}等形式，${raters ? `组织${raters}（共${raterTotal(round)}名）` : ''}对${ranking.rows.length + ranking.unranked.length}个单位进行民主评议，评议内容包括${round.dimensions.join('、')}。按测评结果排出名次如下${named ? `，其中${named}` : ''}。${ranking.unranked.length ? `${ranking.unranked.join('、')}尚未录入测评结果，未参加排名。` : ''}`;
  const title = `${round.title}测评名次`;
  return {
    title,
    titleLines: breakTitle(title),
    blocks: [
      { kind: 'paragraph', text, figureKeys: [] },
      { kind: 'table', caption: `${round.title}测评名次表`, columns: rankingColumns(round), rows: rankingRows(round, ranking) },
    ],
    issuer: input.issuer,
    dateText: input.dateText,
    problems: [],
  };
}
