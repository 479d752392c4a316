// The side panel of the review: the number the clerk is on, what the program proposes and how
// sure it is, its other likely figures, every figure of the catalogue to search, and 保留原文.
import { Button, Card, Select, Space, Tag, Typography } from 'antd';
import { FIGURE_CATALOGUE, figureByKey } from '../../../domain/report/figure-catalogue';
import type { LearnedNumber } from '../../../domain/report/learn/learn-report';
import { decisionLabel, STATE_LABELS, type NumberState } from './review-state';
import type { NumberDecision } from '../../../domain/report/learn/learned-template';

export const STATE_COLORS: Record<NumberState, string> = { sure: 'green', check: 'orange', context: 'blue', text: 'default' };

const FIGURE_OPTIONS = FIGURE_CATALOGUE.map((f) => ({ value: f.key, label: `${f.group} · ${f.label}（${f.unit}）`, search: `${f.label} ${f.key} ${f.group}` }));

interface Props {
  number: LearnedNumber;
  decision: NumberDecision | undefined;
  state: NumberState;
  onAccept: () => void;
  onText: () => void;
  onBind: (key: string) => void;
  onContext: (role: 'year' | 'until' | 'untilMonth') => void;
}

export function NumberInspector({ number, decision, state, onAccept, onText, onBind, onContext }: Props) {
  const m = number.mention;
  const isDate = m.kind === 'date';
  return (
    <Card size="small" title="当前数字" aria-label="当前数字">
      <Typography.Paragraph style={{ fontSize: 16 }}>
        {number.clause}
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <div>
          对应：<strong>{decisionLabel(decision)}</strong> <Tag color={STATE_COLORS[state]}>{STATE_LABELS[state]}</Tag>
        </div>
        <Space wrap>
          <Button type="primary" onClick={onAccept}>接受（Enter）</Button>
          <Button onClick={onText}>保留原文（T）</Button>
        </Space>
        {number.proposal.candidates.length > 0 && (
          <div>
            <Typography.Text type="secondary">可能是：</Typography.Text>
            <Space wrap>
              {number.proposal.candidates.map((c) => (
                <Button key={c.key} size="small" onClick={() => onBind(c.key)}>{figureByKey(c.key)?.label ?? c.key}</Button>
              ))}
            </Space>
          </div>
        )}
        {(m.kind === 'year' || isDate) && (
          <Space wrap>
            {m.kind === 'year' && <Button size="small" onClick={() => onContext('year')}>是报告年度</Button>}
            {isDate && <Button size="small" onClick={() => onContext(m.date?.year === undefined ? 'untilMonth' : 'until')}>是截至日期</Button>}
          </Space>
        )}
        <Select
          aria-label="选择统计数字"
          showSearch
          style={{ width: '100%' }}
          placeholder="搜索其他统计数字，如“立案”“视察”"
          value={decision?.role === 'figure' ? decision.key : null}
          options={FIGURE_OPTIONS}
          filterOption={(input, option) => (option?.search ?? '').includes(input.trim())}
          onChange={(key: string) => onBind(key)}
        />
      </Space>
    </Card>
  );
}
