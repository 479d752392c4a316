// What a checked package would do to this ledger, before anything is written: where it came from,
// per table how many records are new, updated, in conflict, the same, or older than this PC's, and
// each conflict side by side for the user to settle.
import { useEffect, useRef } from 'react';
import { Alert, Button, Descriptions, Table } from 'antd';
import { VERDICT_LABELS, VERDICTS, changeKey } from '../../domain/exchange/exchange-merge';
import type { Side } from '../../domain/exchange/exchange-merge';
import { formatDateTime } from '../shared/dates';
import { ConflictCard } from './ConflictCard';
import { SaveBar } from '../shared/SaveBar';
import { countRows, describeMissedEarlier, describeNotTaken, describeSince } from './exchange-view';
import type { ChosenPackage } from './use-import-flow';

interface Props {
  chosen: Extract<ChosenPackage, { kind: 'ready' }>;
  choices: ReadonlyMap<string, Side>;
  busy: boolean;
  onChoose: (key: string, side: Side) => void;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

export function ImportPreview({ chosen, choices, busy, onChoose, onConfirm, onCancel }: Props) {
  const { header } = chosen.pkg;
  const { plan, lastExchangeAt, notTaken, missed } = chosen.preview;
  const gap = describeNotTaken(notTaken);
  const missedHere = describeMissedEarlier(missed);
  const conflicts = plan.changes.filter((c) => c.verdict === 'conflict');
  const changing = plan.totals.new + plan.totals.updated + plan.totals.conflict;
  const top = useRef<HTMLElement>(null);
  // The preview opens below the file picker, on a small screen below the window's edge: bring it up.
  useEffect(() => { top.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }); }, []);
  return (
    <section aria-label="导入预览" ref={top}>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="文件">{chosen.fileName}</Descriptions.Item>
        <Descriptions.Item label="来源">{header.committee || '（未设置名称）'}</Descriptions.Item>
        <Descriptions.Item label="生成时间">{formatDateTime(header.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="内容">{describeSince(header.since)}</Descriptions.Item>
        <Descriptions.Item label="与这台电脑上次交换">{lastExchangeAt ? formatDateTime(lastExchangeAt) : '从未交换过（两台电脑都改过的记录列为冲突，请逐条确认）'}</Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        aria-label="各类记录的合并情况"
        dataSource={countRows(plan)}
        columns={[{ title: '记录', dataIndex: 'table' }, ...VERDICTS.map((v) => ({ title: VERDICT_LABELS[v], dataIndex: v }))]}
        style={{ marginBottom: 16 }}
      />
      {missedHere && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="本机漏收了对方的交换包" description={missedHere} />}
      {gap && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="对方漏收了本机的交换包" description={gap} />}
      {changing === 0 && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="交换包中的记录本机都已有（或本机的更新），导入不会改动台账。" />}
      {conflicts.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`有 ${conflicts.length} 条记录两台电脑在上次交换后都改过，请逐条选择保留哪一方`}
        />
      )}
      {conflicts.map((c) => (
        <ConflictCard key={changeKey(c)} change={c} side={choices.get(changeKey(c))} onChoose={(side) => onChoose(changeKey(c), side)} />
      ))}
      {/* Many conflicts make the preview taller than the window: the buttons stay at its bottom edge. */}
      <SaveBar>
        <Button type="primary" loading={busy} onClick={() => void onConfirm()}>
          确认导入
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          取消
        </Button>
      </SaveBar>
    </section>
  );
}
