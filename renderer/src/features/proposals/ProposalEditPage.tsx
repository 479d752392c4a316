// 修改提案: corrects what the proposer wrote (案由, 类别, proposers, text, date received). The 案号
// never changes here and the session only while the proposal is under review; the repository
// checks the fields as on entry, writes a 修改 row in the history, and each refusal is shown at
// its field.
import { useState } from 'react';
import { Alert, App, Button, Form, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { Proposal } from '../../domain/proposals/proposal';
import { isPending } from '../../domain/proposals/proposal-review';
import { navigate } from '../../app/router';
import { clearAllErrors, clearChangedErrors, showProposalErrors } from './proposal-form-errors';
import { formValuesOf, toProposalInput, type ProposalFormValues } from './proposal-form-values';
import { ProposalFormFields } from './ProposalFormFields';
import { ProposalNotFound } from './ProposalNotFound';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

export function ProposalEditPage({ id }: { id: string }) {
  // Read once: the form must not be reset under the user's typing by a live update.
  const found = useLiveQuery(async () => (await appLedger.proposals.getProposal(id)) ?? null, [id]);
  if (found === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (found === null) return <ProposalNotFound />;
  return <ProposalEditForm proposal={found} />;
}

function ProposalEditForm({ proposal: p }: { proposal: Proposal }) {
  const [form] = Form.useForm<ProposalFormValues>();
  const { message } = App.useApp();
  const [initial] = useState(() => formValuesOf(p));
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();

  const save = async () => {
    clearAllErrors(form);
    setGeneral([]);
    await run(async () => {
      const result = await appLedger.proposals.editProposal(p.id, toProposalInput(form.getFieldsValue(true) as ProposalFormValues));
      if (!result.ok) {
        setGeneral(showProposalErrors(form, result.errors));
        message.error('未能保存，请按红字提示修改');
        return;
      }
      message.success('已保存修改');
      navigate({ name: 'proposal', id: p.id });
    });
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>修改第{p.number}号提案</Typography.Title>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="proposal" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedErrors(form, changed)} style={{ maxWidth: 800 }}>
        <ProposalFormFields form={form} initial={initial} sessionLocked={!isPending(p)} />
        <SaveBar>
          <Button type="primary" disabled={saving} onClick={() => void save()}>保存</Button>
          <Button onClick={() => navigate({ name: 'proposal', id: p.id })}>取消</Button>
        </SaveBar>
      </Form>
    </>
  );
}
