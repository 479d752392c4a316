// The 社情民意 figures of the chosen year (collected, issues, adopted by level, 批示 by level),
// with the domain's labels, above the list.
import { Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { opinionFigureLines } from '../../domain/opinions/opinion-figures';

export function OpinionFiguresRow({ year }: { year: number }) {
  const figures = useLiveQuery(() => appLedger.opinions.loadOpinionFigures(year), [year]);
  if (!figures) return null;
  return (
    <section aria-label="社情民意数据" style={{ marginBottom: 12, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
      <Space wrap size="large">
        {opinionFigureLines(figures).map((l) => (
          <div key={l.key} role="group" aria-label={l.label}>
            <Typography.Text type="secondary">{l.label}</Typography.Text>{' '}
            <Typography.Text strong>{`${l.value}${l.unit}`}</Typography.Text>
          </div>
        ))}
      </Space>
    </section>
  );
}
