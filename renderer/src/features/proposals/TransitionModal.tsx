// The dialog of one review or handling step: its fields, 确定 applies the step through the
// repository, and a refusal is shown at its fields (or above them when it belongs to none).
import { useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { Proposal } from '../../domain/proposals/proposal';
import { TRANSITION_FORMS, type ModalKind, type TransitionValues } from './transition-forms';
import { clearAllErrors, clearChangedErrors, showProposalErrors } from './proposal-form-errors';

interface Props {
  proposal: Proposal;
  kind: ModalKind;
  onClose: () => void;
}

export function TransitionModal({ proposal, kind, onClose }: Props) {
  const [form] = Form.useForm<TransitionValues>();
  const { message } = App.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const spec = TRANSITION_FORMS[kind];
  const { Fields } = spec;

  const apply = async () => {
    clearAllErrors(form);
    setGeneral([]);
    setSaving(true);
    try {
      const input = spec.toInput(form.getFieldsValue(true) as TransitionValues);
      const result = await appLedger.proposals.applyProposalTransition(proposal.id, { kind, input });
      if (!result.ok) {
        setGeneral(showProposalErrors(form, result.errors));
        return;
      }
      message.success(`已${spec.title}`);
      onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={spec.title}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ disabled: saving }}
      onOk={() => void apply()}
      onCancel={onClose}
      destroyOnHidden
    >
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} name={`proposal-${kind}`} layout="vertical" initialValues={spec.initial(proposal)} onFieldsChange={(changed) => clearChangedErrors(form, changed)}>
        <Fields proposal={proposal} />
      </Form>
    </Modal>
  );
}
