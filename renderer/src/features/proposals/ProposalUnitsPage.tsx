// 承办单位办理情况: for the chosen session or year, each unit's proposals as 主办 and 协办, how many
// it answered, on time or late, how many it has not answered, and its answers by class — the
// units with the most proposals first. 先进承办单位 is named here per year (kept in the proposal
// settings, see domain/proposals/proposal-settings.ts).
import { App, Switch, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { UnitHandlingRow } from '../../domain/proposals/proposal-units';
import { advancedUnitsOf, replyClassesOf } from '../../domain/proposals/proposal-settings';
import { navigate } from '../../app/router';
import { ProposalsNav } from './ProposalsNav';
import { useProposalFilterStore } from './proposal-filter-store';
import { useProposalScope } from './use-proposal-scope';
import { useSave } from '../shared/use-save';

const count = (n: number) => n || <Typography.Text type="secondary">0</Typography.Text>;

export function ProposalUnitsPage() {
  const { message } = App.useApp();
  const { run } = useSave('保存', false);
  const { scope, label, year, picker } = useProposalScope(true);
  const rows = useLiveQuery(async () => (scope ? appLedger.proposals.loadUnitTable(scope) : []), [scope]);
  const settings = useLiveQuery(() => appLedger.proposals.loadProposalSettings(), []);
  const filterChanged = useProposalFilterStore((s) => s.filterChanged);
  const classes = replyClassesOf(settings?.replyScheme ?? 'ABC');
  const advanced = new Set(settings ? advancedUnitsOf(settings, year) : []);

  const toggle = (unit: string, on: boolean) => run(async () => {
    const r = await appLedger.proposals.setAdvancedUnit(year, unit, on);
    if (r.ok) message.success(on ? `已将${unit}评为${year}年度先进承办单位` : `已取消${unit}的${year}年度先进承办单位`);
    else message.error(Object.values(r.errors).join('；'));
  });

  const openList = (unit: string) => {
    filterChanged({ unit });
    navigate({ name: 'proposals' });
  };

  return (
    <>
      <ProposalsNav current="proposal-units" title="承办单位办理情况" />
      <div style={{ marginBottom: 12 }}>{picker}</div>
      <Table<UnitHandlingRow>
        rowKey="unit"
        size="middle"
        aria-label={`${label}承办单位办理情况`}
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: `${label}还没有交办的提案` }}
        columns={[
          { title: '承办单位', dataIndex: 'unit', render: (unit: string) => <a onClick={() => openList(unit)}>{unit}</a> },
          { title: '主办', dataIndex: 'main', width: 70, render: count },
          { title: '协办', dataIndex: 'co', width: 70, render: count },
          { title: '已答复', dataIndex: 'replied', width: 80, render: count },
          { title: '按期', dataIndex: 'onTime', width: 70, render: count },
          { title: '逾期', dataIndex: 'late', width: 70, render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : count(n)) },
          { title: '未答复', dataIndex: 'notReplied', width: 80, render: count },
          ...classes.map((c) => ({ title: `${c}类`, key: c, width: 60, render: (_: unknown, r: UnitHandlingRow) => count(r.byClass[c] ?? 0) })),
          {
            title: `${year}年度先进承办单位`, key: 'advanced', width: 170,
            render: (_: unknown, r: UnitHandlingRow) => (
              <Switch size="small" aria-label={`${r.unit}先进承办单位`} checked={advanced.has(r.unit)} onChange={(on) => void toggle(r.unit, on)} />
            ),
          },
        ]}
      />
    </>
  );
}
