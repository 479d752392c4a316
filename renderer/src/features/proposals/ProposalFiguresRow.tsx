// The compact figures row above the proposal list: 收到, 立案, 立案率, 办复, 办复率, the A/B/C
// counts and 满意率 of the chosen session, with the domain's labels and rate format.
import { FiguresStrip } from '../shared/FiguresStrip';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { proposalFigureLines, type ScalarFigure } from '../../domain/proposals/proposal-figures';

const LEADING: ScalarFigure[] = ['received', 'registered', 'registrationRate', 'replied', 'replyRate'];

export function ProposalFiguresRow({ sessionKey }: { sessionKey: string }) {
  const figures = useLiveQuery(() => appLedger.proposals.loadProposalFigures({ kind: 'session', sessionKey }), [sessionKey]);
  if (!figures) return null;
  const lines = new Map(proposalFigureLines(figures).map((l) => [l.key, l]));
  const pick = (key: ScalarFigure) => {
    const l = lines.get(key);
    return { key, label: l?.label ?? key, text: l?.text ?? '' };
  };
  const items = [
    ...LEADING.map(pick),
    ...figures.byClass.map((c) => ({ key: `class-${c.name}`, label: `${c.name}类`, text: `${c.count}件` })),
    pick('satisfactionRate'),
  ];
  return <FiguresStrip name="提案数据" figures={items.map((i) => ({ label: i.label, value: i.text }))} />;
}
