// The last step of the roll import: every row as it would be imported, its problems in red
// (will not be imported) or orange (please look), the unknown 界别/党派/乡镇 the user may add to
// the dictionaries, and a summary of what 确认导入 will write.
import { useState } from 'react';
import { Alert, Checkbox, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { DICTIONARY_LABELS } from '../../../domain/dictionaries/dictionary-kinds';
import { dictionaryValueKey } from '../../../domain/members/roll-dictionary';
import { formatChineseMonth } from '../../../domain/common/dates';
import type { RollImportPlan, RollPreviewRow, UnknownDictionaryValue } from '../../../domain/members/roll-import';

type Filter = 'all' | 'error' | 'warning';
const ERRORS_LISTED = 10;

function Problems({ row }: { row: RollPreviewRow }) {
  return (
    <Space orientation="vertical" size={0}>
      {row.problems.map((p) => (
        <Typography.Text key={p.message} type={p.severity === 'error' ? 'danger' : 'warning'}>{p.message}</Typography.Text>
      ))}
    </Space>
  );
}

function StatusTag({ row, excluded }: { row: RollPreviewRow; excluded: boolean }) {
  if (row.severity === 'error') return <Tag color="error">不导入</Tag>;
  if (excluded) return <Tag>未勾选</Tag>;
  return row.severity === 'warning' ? <Tag color="warning">请核对</Tag> : <Tag color="success">可导入</Tag>;
}

export interface PreviewStepProps {
  plan: RollImportPlan;
  unknownValues: UnknownDictionaryValue[];
  accepted: string[];
  onAcceptedChange: (keys: string[]) => void;
  excluded: ReadonlySet<number>;
  onExcludedChange: (rows: Set<number>) => void;
  /** The dictionary's parties, offered for a row whose roll says only 民主党派. */
  parties: readonly string[];
  partyChoices: ReadonlyMap<number, string>;
  onPartyChoice: (rowNumber: number, party: string) => void;
}

function PartyCell({ row, parties, chosen, onChoose }: { row: RollPreviewRow; parties: readonly string[]; chosen: string | undefined; onChoose: (party: string) => void }) {
  if (row.partyQuestion === null) return <>{row.fields.party}</>;
  return (
    <Select
      size="small"
      style={{ width: 110 }}
      placeholder={`${row.partyQuestion}：哪个？`}
      aria-label={`第${row.rowNumber}行的党派`}
      value={chosen}
      onChange={onChoose}
      options={parties.map((p) => ({ value: p, label: p }))}
    />
  );
}

export function PreviewStep({ plan, unknownValues, accepted, onAcceptedChange, excluded, onExcludedChange, parties, partyChoices, onPartyChoice }: PreviewStepProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const errorRows = plan.rows.filter((r) => r.severity === 'error');
  const warningRows = plan.rows.filter((r) => r.severity === 'warning');
  const shown = filter === 'all' ? plan.rows : filter === 'error' ? errorRows : warningRows;
  const selectable = plan.rows.filter((r) => r.severity !== 'error');
  const allKeys = unknownValues.map(dictionaryValueKey);

  return (
    <Space orientation="vertical" size="medium" style={{ width: '100%' }}>
      <Alert
        type={plan.members.length ? 'info' : 'warning'}
        showIcon
        title={`将导入 ${plan.members.length} 人，跳过 ${plan.errorRowCount} 行（有错误）${plan.excludedRowCount ? `，另有 ${plan.excludedRowCount} 行未勾选` : ''}`}
        description={`共读到 ${plan.rows.length} 行委员信息。红色的问题会使该行不能导入，橙色的提醒请核对；点“确认导入”之前不会写入任何数据。`}
      />
      {unknownValues.length > 0 && (
        <Alert
          type="warning"
          title="将以下界别/党派/乡镇加入字典"
          description={
            <Space orientation="vertical" size={4}>
              <Typography.Text type="secondary">名册中有字典里没有的值。勾选的会加入字典；不勾选的，用到它的行不会导入。</Typography.Text>
              <Checkbox
                checked={accepted.length === allKeys.length}
                indeterminate={accepted.length > 0 && accepted.length < allKeys.length}
                onChange={(e) => onAcceptedChange(e.target.checked ? allKeys : [])}
              >
                全部加入
              </Checkbox>
              <Checkbox.Group
                value={accepted}
                onChange={(keys) => onAcceptedChange(keys)}
                options={unknownValues.map((v) => ({
                  value: dictionaryValueKey(v),
                  label: `${DICTIONARY_LABELS[v.kind]}：${v.name}（第${v.rowNumbers.slice(0, 5).join('、')}${v.rowNumbers.length > 5 ? '等' : ''}行）`,
                }))}
              />
            </Space>
          }
        />
      )}
      {errorRows.length > 0 && (
        <Alert
          type="error"
          title={`以下 ${errorRows.length} 行有错误，不会导入（可在 Excel 中改正后重新导入）`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {errorRows.slice(0, ERRORS_LISTED).flatMap((r) => r.problems.filter((p) => p.severity === 'error')).map((p) => <li key={p.message}>{p.message}</li>)}
              {errorRows.length > ERRORS_LISTED && <li>……其余 {errorRows.length - ERRORS_LISTED} 行见下表</li>}
            </ul>
          }
        />
      )}
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: `全部（${plan.rows.length}）` },
          { value: 'error', label: `有错误（${errorRows.length}）` },
          { value: 'warning', label: `请核对（${warningRows.length}）` },
        ]}
      />
      <Table<RollPreviewRow>
        rowKey="rowNumber"
        size="small"
        dataSource={shown}
        scroll={{ x: 1000 }}
        pagination={{ defaultPageSize: 100, pageSizeOptions: [50, 100, 500], showSizeChanger: true }}
        rowSelection={{
          // Rows hidden by the filter keep their tick when a shown row is (un)ticked.
          preserveSelectedRowKeys: true,
          selectedRowKeys: selectable.filter((r) => !excluded.has(r.rowNumber)).map((r) => r.rowNumber),
          getCheckboxProps: (r) => ({ disabled: r.severity === 'error', 'aria-label': `导入第${r.rowNumber}行` }),
          onChange: (keys) => {
            const picked = new Set(keys.map(Number));
            onExcludedChange(new Set(selectable.filter((r) => !picked.has(r.rowNumber)).map((r) => r.rowNumber)));
          },
        }}
        columns={[
          { title: '行号', dataIndex: 'rowNumber', width: 80, fixed: 'left', render: (n: number) => `第${n}行` },
          { title: '姓名', key: 'name', width: 90, render: (_: unknown, r) => r.fields.name },
          { title: '性别', key: 'gender', width: 55, render: (_: unknown, r) => r.fields.gender },
          { title: '出生年月', key: 'birth', width: 95, render: (_: unknown, r) => formatChineseMonth(r.fields.birthMonth) },
          { title: '界别', key: 'sector', width: 90, render: (_: unknown, r) => r.fields.sector },
          { title: '党派', key: 'party', width: 120, render: (_: unknown, r) => <PartyCell row={r} parties={parties} chosen={partyChoices.get(r.rowNumber)} onChoose={(p) => onPartyChoice(r.rowNumber, p)} /> },
          { title: '乡镇', key: 'township', width: 90, render: (_: unknown, r) => r.fields.township },
          { title: '工作单位及职务', key: 'workplace', ellipsis: true, render: (_: unknown, r) => r.fields.workplace },
          { title: '状态', key: 'status', width: 85, render: (_: unknown, r) => <StatusTag row={r} excluded={excluded.has(r.rowNumber)} /> },
          { title: '问题', key: 'problems', width: 340, render: (_: unknown, r) => <Problems row={r} /> },
        ]}
      />
    </Space>
  );
}
