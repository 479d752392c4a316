// 批示: every leader's written instruction of the chosen year — on activities, proposals and
// 社情民意 — with its level, leader, date, text and a link to its record; counts by level above,
// a level filter, newest first.
import { useState } from 'react';
import { Select, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { INSTRUCTION_LEVELS, UNSTATED_LEVEL_LABEL, instructionLevelLabel, type InstructionLevel } from '../../domain/instructions/instruction';
import { INSTRUCTION_OWNER_LABELS, type InstructionEntry } from '../../domain/instructions/instruction-ledger';
import { instructionFigureLabel } from '../../domain/opinions/opinion-figures';
import { hrefOf, type Route } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';

const UNSTATED = 'unstated';
type LevelChoice = InstructionLevel | typeof UNSTATED;

function routeOf(e: InstructionEntry): Route {
  if (e.ownerKind === 'activity') return { name: 'activity', id: e.ownerId };
  if (e.ownerKind === 'proposal') return { name: 'proposal', id: e.ownerId };
  return { name: 'opinion', id: e.ownerId };
}

export function InstructionsPage() {
  const year = useSelectedYear();
  const [choice, setChoice] = useState<LevelChoice | undefined>(undefined);
  const level = choice === undefined ? undefined : choice === UNSTATED ? null : choice;
  const ledger = useLiveQuery(() => appLedger.instructions.loadInstructionLedger(year, level), [year, level]);
  const counts = ledger?.counts;
  const figures = counts
    ? [
        { key: 'total', label: '获领导批示', value: counts.total },
        ...[...INSTRUCTION_LEVELS].reverse().map((l) => ({ key: l, label: instructionFigureLabel(l), value: counts[l] })),
        ...(counts.unstated ? [{ key: UNSTATED, label: instructionFigureLabel(null), value: counts.unstated }] : []),
      ]
    : [];

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{year}年度领导批示</Typography.Title>
      <section aria-label="批示数据" style={{ marginBottom: 12, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
        <Space wrap size="large">
          {figures.map((f) => (
            <div key={f.key} role="group" aria-label={f.label}>
              <Typography.Text type="secondary">{f.label}</Typography.Text> <Typography.Text strong>{`${f.value}次`}</Typography.Text>
            </div>
          ))}
        </Space>
      </section>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<LevelChoice> aria-label="批示级别" placeholder="全部级别" allowClear style={{ width: 160 }} value={choice}
          options={[...INSTRUCTION_LEVELS.map((l) => ({ value: l, label: l })), { value: UNSTATED, label: UNSTATED_LEVEL_LABEL }]}
          onChange={(v?: LevelChoice) => setChoice(v)} />
        <Typography.Text type="secondary">共 {ledger?.entries.length ?? 0} 次</Typography.Text>
      </Space>
      <Table<InstructionEntry>
        rowKey={(e) => `${e.ownerKind}:${e.ownerId}:${e.index}`}
        size="middle"
        loading={ledger === undefined}
        dataSource={ledger?.entries ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: choice ? '没有该级别的批示' : `${year}年度还没有记录领导批示` }}
        columns={[
          { title: '级别', dataIndex: 'level', width: 80, render: (l: InstructionLevel | null) => instructionLevelLabel(l) },
          { title: '批示领导', dataIndex: 'leader', width: 140 },
          { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) },
          { title: '批示内容', dataIndex: 'text', render: (t: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{t}</span> },
          {
            title: '所属记录', key: 'owner', width: 320,
            render: (_: unknown, e) => <>{INSTRUCTION_OWNER_LABELS[e.ownerKind]}：<a href={hrefOf(routeOf(e))}>{e.ownerTitle}</a></>,
          },
        ]}
      />
    </>
  );
}
