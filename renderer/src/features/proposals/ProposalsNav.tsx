// The proposal screens' tabs: 提案列表, 看板, 承办单位, 统计 — one place to switch between the
// views of the same proposals, with 新增提案 beside them.
import { Button, Segmented, Space, Typography } from 'antd';
import { navigate } from '../../app/router';

const VIEWS = [
  { value: 'proposals', label: '提案列表' },
  { value: 'proposal-board', label: '看板' },
  { value: 'proposal-units', label: '承办单位' },
  { value: 'proposal-dashboard', label: '统计' },
] as const;
type View = (typeof VIEWS)[number]['value'];

export function ProposalsNav({ current, title }: { current: View; title: string }) {
  return (
    <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
      <Space wrap size="large">
        <Typography.Title level={4} style={{ margin: 0 }}>{title}</Typography.Title>
        <Segmented aria-label="提案视图" options={[...VIEWS]} value={current} onChange={(v: View) => navigate({ name: v })} />
      </Space>
      <Button type="primary" onClick={() => navigate({ name: 'proposal-new' })}>新增提案</Button>
    </Space>
  );
}
