// 批示 on a record (a proposal, a 社情民意信息): the list with level, leader, date and text, a
// small form to add one (the level is required for a new 批示) and 删除 per row. The record's
// own repository saves; its Chinese refusals are shown at the field.
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { Validated } from '../../domain/common/validation';
import { formatChineseDate } from '../../domain/common/dates';
import { INSTRUCTION_LEVELS, instructionLevelLabel, type Instruction } from '../../domain/instructions/instruction';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { appLedger } from '../../db/app-ledger';
import { useSave } from '../shared/use-save';
import { liveRows } from '../../domain/common/row-stamps';

interface Props {
  instructions: readonly Instruction[];
  onAdd: (input: unknown) => Promise<Validated<unknown>>;
  /** Takes the 批示 with this row id off (a tombstone the list no longer shows). */
  onRemove: (instructionId: string) => Promise<Validated<unknown>>;
  title?: string;
}

interface NewInstruction {
  level?: string;
  leader: string;
  date: string;
  text: string;
}

const EMPTY: NewInstruction = { leader: '', date: '', text: '' };

export function InstructionsEditor({ instructions, onAdd, onRemove, title = '领导批示' }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewInstruction>();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();

  const add = async () => {
    clearFieldErrors(form);
    setGeneral([]);
    await run(async () => {
      const values = form.getFieldsValue(true) as NewInstruction;
      const result = await onAdd({ ...values, level: values.level ?? null });
      if (!result.ok) {
        setGeneral(applyFieldErrors(form, result.errors));
        return;
      }
      form.setFieldsValue({ ...EMPTY, level: undefined });
      message.success('已添加批示');
    });
  };
  const remove = async (instructionId: string) => {
    const r = await onRemove(instructionId);
    if (r.ok) message.success('已删除批示');
    else message.error(Object.values(r.errors).join('；'));
  };

  return (
    <section aria-label={title}>
      <Typography.Title level={5} style={{ marginTop: 24 }}>{title}</Typography.Title>
      <Table<Instruction>
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={liveRows(instructions)}
        locale={{ emptyText: '没有批示' }}
        columns={[
          { title: '级别', dataIndex: 'level', width: 80, render: (l: Instruction['level']) => instructionLevelLabel(l) },
          { title: '领导', dataIndex: 'leader', width: 140 },
          { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) },
          { title: '内容', dataIndex: 'text', render: (t: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{t}</span> },
          {
            title: '操作', key: 'op', width: 80,
            render: (_: unknown, row) => (
              <Popconfirm title="删除这条批示？" okText="删除" cancelText="取消" onConfirm={() => remove(row.id)}>
                <Button size="small" danger>删除</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form form={form} name="new-instruction" layout="inline" initialValues={EMPTY} style={{ marginTop: 12, rowGap: 8 }}
        onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="批示级别" name="level">
          <Select style={{ width: 100 }} placeholder="请选择" options={INSTRUCTION_LEVELS.map((l) => ({ value: l, label: l }))} />
        </Form.Item>
        <Form.Item label="批示领导" name="leader">
          <Input style={{ width: 140 }} count={{ max: 40 }} />
        </Form.Item>
        <Form.Item label="批示日期" name="date" {...isoDateItemProps}>
          <DatePicker format={CHINESE_DATE_FORMAT} />
        </Form.Item>
        <Form.Item label="批示内容" name="text">
          <Input.TextArea style={{ width: 360 }} autoSize={{ minRows: 1, maxRows: 4 }} count={{ max: 2000 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button disabled={saving} onClick={() => void add()}>添加批示</Button>
            {general.length > 0 && <Typography.Text type="danger">{general.join('；')}</Typography.Text>}
          </Space>
        </Form.Item>
      </Form>
    </section>
  );
}

/** The editor bound to a proposal's 批示, for the proposal's page. */
export function ProposalInstructions({ proposalId, instructions }: { proposalId: string; instructions: readonly Instruction[] }) {
  return (
    <InstructionsEditor
      instructions={instructions}
      onAdd={(input) => appLedger.instructions.addProposalInstruction(proposalId, input)}
      onRemove={(instructionId) => appLedger.instructions.removeProposalInstruction(proposalId, instructionId)}
    />
  );
}
