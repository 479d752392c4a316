// 履职统计: the chosen year's 委员履职情况统计表 — every serving member's meetings, activities,
// proposals, 社情民意 and points, by 界别 then surname strokes — and its export to .xlsx.
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { useSelectedYear } from '../../app/stores/year-store';
import { hrefOf } from '../../app/router';
import { DUTY_COLUMNS } from '../../domain/scores/duty-table-columns';
import type { DutyTableRow } from '../../domain/scores/duty-table';
import { SampleTag } from '../shared/SampleTag';
import { ExportDutyTableButton } from './ExportDutyTableButton';

const GRADE_COLORS = ['green', 'blue', 'gold', 'purple'];

export function DutyTablePage() {
  const year = useSelectedYear();
  const table = useLiveQuery(() => appLedger.scores.loadDutyTable(year), [year]);
  if (!table) return null;
  const { rules } = table.rules;
  const gradeColor = (grade: string | null) => (grade === null ? 'default' : grade === rules.lowestGrade ? 'red' : GRADE_COLORS[rules.grades.findIndex((g) => g.name === grade)] ?? 'default');

  const columns = DUTY_COLUMNS.map((c) => ({
    key: c.key,
    title: c.header,
    align: c.key === 'name' || c.key === 'sector' ? ('left' as const) : ('center' as const),
    render: (_: unknown, row: DutyTableRow, index: number) => {
      if (c.key === 'name') return <a href={hrefOf({ name: 'member', id: row.member.id })}>{row.member.name} <SampleTag isSample={row.member.isSample} /></a>;
      if (c.key === 'grade') return <Tag color={gradeColor(row.duty.grade)}>{c.value(row, index)}</Tag>;
      return c.value(row, index);
    },
  }));

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{year}年度委员履职情况统计表</Typography.Title>
        <ExportDutyTableButton year={year} />
      </Space>
      <Typography.Paragraph type="secondary">
        按界别、姓氏笔画为序；积分按“设置 → 履职积分”中的规则从台账计算，满分{rules.fullMarks}分。
      </Typography.Paragraph>
      {table.rules.problem && <Alert type="warning" showIcon title={table.rules.problem} style={{ marginBottom: 12 }} />}
      <Table<DutyTableRow>
        rowKey={(r) => r.member.id}
        size="small"
        bordered
        dataSource={table.rows}
        columns={columns}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: `${year}年度没有在任委员` }}
      />
    </>
  );
}
