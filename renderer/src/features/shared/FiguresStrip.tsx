// The strip of figures above a list (提案数据, 社情民意数据, 民主评议数据 …): each figure a labelled
// group, so a test or a screen reader finds "立案 12件" by its label.
import { Space, Typography } from 'antd';

export interface StripFigure {
  label: string;
  /** As shown: the number with its unit, `12件`, `95.2%`, `—`. */
  value: string;
}

export function FiguresStrip({ name, figures }: { name: string; figures: readonly StripFigure[] }) {
  return (
    <section aria-label={name} style={{ marginBottom: 12, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
      <Space wrap size="large">
        {figures.map((f) => (
          <div key={f.label} role="group" aria-label={f.label}>
            <Typography.Text type="secondary">{f.label}</Typography.Text> <Typography.Text strong>{f.value}</Typography.Text>
          </div>
        ))}
      </Space>
    </section>
  );
}
