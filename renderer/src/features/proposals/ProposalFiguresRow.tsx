// The compact figures row above the proposal list: 收到, 立案, 立案率, 办复, 办复率, the A/B/C
// counts and 满意率 of the chosen session, with the domain's labels and rate format.
import { Space, Typography } from 'antd';
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
  return (
    <section aria-label="提案数据" style={{ marginBottom: 12, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
      <Space wrap size="large">
        {items.map((i) => (
          <div key={i.key} role="group" aria-label={i.label}>
            <Typography.Text type="secondary">{i.label}</Typography.Text>{' '}
            <Typography.Text strong>{i.text}</Typography.Text>
          </div>
        ))}
      </Space>
    </section>
  );
}
