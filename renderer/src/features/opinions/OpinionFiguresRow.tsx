// The 社情民意 figures of the chosen year (collected, issues, adopted by level, 批示 by level),
// with the domain's labels, above the list.
import { FiguresStrip } from '../shared/FiguresStrip';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { opinionFigureLines } from '../../domain/opinions/opinion-figures';

export function OpinionFiguresRow({ year }: { year: number }) {
  const figures = useLiveQuery(() => appLedger.opinions.loadOpinionFigures(year), [year]);
  if (!figures) return null;
  return <FiguresStrip name="社情民意数据" figures={opinionFigureLines(figures).map((l) => ({ label: l.label, value: `${l.value}${l.unit}` }))} />;
}
