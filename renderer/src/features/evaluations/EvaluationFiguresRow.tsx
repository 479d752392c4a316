// The 民主评议 figures of the chosen year, as the report counts them, above the rounds.
import { FiguresStrip } from '../shared/FiguresStrip';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { percentText } from '../../domain/common/percent';

export function EvaluationFiguresRow({ year }: { year: number }) {
  const f = useLiveQuery(() => appLedger.evaluations.loadEvaluationFigures(year), [year]);
  if (!f) return null;
  const lines: [string, string][] = [
    ['民主评议', `${f.rounds}次`],
    ['评议单位', `${f.unitsEvaluated}个`],
    ['平均满意率', percentText(f.satisfactionRatio, 1)],
    ['发现问题', `${f.problemsFound}条`],
    ['已整改', `${f.problemsRectified}条`],
    ['整改中', `${f.problemsInProgress}条`],
    // The rest of 发现问题, so the three add up to it on screen.
    ['未整改', `${f.problemsFound - f.problemsRectified - f.problemsInProgress}条`],
    ['回头看', `${f.revisits}次`],
    ['开始评议年份', f.firstYear === null ? '—' : `${f.firstYear}年`],
  ];
  return <FiguresStrip name="民主评议数据" figures={lines.map(([label, value]) => ({ label, value }))} />;
}
