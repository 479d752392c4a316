// The dialog of one review or handling step: its fields, 确定 applies the step through the
// repository, and a refusal is shown at its fields (or above them when it belongs to none).
import { useState } from 'react';
import { Alert, App, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { appLedger } from '../../db/app-ledger';
import type { Proposal } from '../../domain/proposals/proposal';
import { TRANSITION_FORMS, transitionTitle, type ModalKind, type TransitionValues } from './transition-forms';
import { clearAllErrors, clearChangedErrors, showProposalErrors } from './proposal-form-errors';
import { toIsoDate } from '../../domain/common/dates';
import { CHINESE_DATE_FORMAT, fromIso, toIso } from '../shared/dates';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';

/**
 * Steps whose form has a date of its own (the day assigned, replied, rated): that is the step's
 * day. Every other step asks for its 办理日期, today unless changed — a session's proposals are
 * often entered weeks after they were registered, and a report 截至 a date reads these days.
 */
const OWN_DATE: Partial<Record<ModalKind, 'assignedDate' | 'date'>> = { assign: 'assignedDate', reply: 'date', feedback: 'date' };

interface Props {
  proposal: Proposal;
  kind: ModalKind;
  onClose: () => void;
}

export function TransitionModal({ proposal, kind, onClose }: Props) {
  const [form] = Form.useForm<TransitionValues>();
  const { message } = App.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();
  const spec = TRANSITION_FORMS[kind];
  const { Fields } = spec;
  const title = transitionTitle(kind, proposal);

  const apply = async () => {
    clearAllErrors(form);
    setGeneral([]);
    await run(async () => {
      const values = form.getFieldsValue(true) as TransitionValues & { stepDate?: Dayjs | null };
      const input = spec.toInput(values);
      const own = OWN_DATE[kind];
      const stepDate = toIso(own ? (values[own]) : values.stepDate) || undefined;
      const result = await appLedger.proposals.applyProposalTransition(proposal.id, { kind, input }, stepDate);
      if (!result.ok) {
        setGeneral(showProposalErrors(form, result.errors));
        return;
      }
      message.success(`已${title}`);
      onClose();
    });
  };

  return (
    <FormDialog
      form={form}
      title={title}
      okText="确定"
      okButtonProps={{ disabled: saving }}
      onSubmit={() => void apply()}
      onClose={onClose}
      destroyOnHidden
    >
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name={`proposal-${kind}`}
        layout="vertical"
        initialValues={{ ...spec.initial(proposal), stepDate: fromIso(toIsoDate(new Date())) }}
        onFieldsChange={(changed) => clearChangedErrors(form, changed)}
      >
        {!OWN_DATE[kind] && (
          <Form.Item name="stepDate" label="办理日期">
            <DatePicker format={CHINESE_DATE_FORMAT} />
          </Form.Item>
        )}
        <Fields proposal={proposal} />
      </Form>
    </FormDialog>
  );
}
