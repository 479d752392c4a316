// 新增提案: the proposal's fields (ProposalFormFields), starting from the current term's latest
// plenary session. The repository validates and numbers it; each refusal is shown at its field.
import { useState } from 'react';
import { Alert, App, Button, Form, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { toIsoDate } from '../../domain/common/dates';
import { navigate } from '../../app/router';
import { fromIso } from '../shared/dates';
import { clearAllErrors, clearChangedErrors, showProposalErrors } from './proposal-form-errors';
import { toProposalInput, type ProposalFormValues } from './proposal-form-values';
import { ProposalFormFields } from './ProposalFormFields';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

export function ProposalNewPage() {
  const settings = useLiveQuery(async () => (await appLedger.settings.getSettings()) ?? null, []);
  if (settings === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const committee = settings?.committee;
  // The current term and its latest plenary session: where most proposals are entered.
  const latest = committee?.sessions.reduce((n, s) => Math.max(n, s.number), 0) ?? 0;
  const initial: ProposalFormValues = {
    when: '会议', term: committee?.term ?? null, session: latest || null, title: '', proposerKind: '个人', coSignerIds: [],
    receivedDate: fromIso(toIsoDate(new Date())), text: '',
  };
  return <ProposalNewForm initial={initial} />;
}

function ProposalNewForm({ initial }: { initial: ProposalFormValues }) {
  const [form] = Form.useForm<ProposalFormValues>();
  const { message } = App.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();

  const save = async () => {
    clearAllErrors(form);
    setGeneral([]);
    await run(async () => {
      const result = await appLedger.proposals.createProposal(toProposalInput(form.getFieldsValue(true) as ProposalFormValues));
      if (!result.ok) {
        setGeneral(showProposalErrors(form, result.errors));
        message.error('未能保存，请按红字提示修改');
        return;
      }
      message.success(`已登记为第${result.value.number}号提案`);
      navigate({ name: 'proposal', id: result.value.id });
    });
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>新增提案</Typography.Title>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="proposal" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedErrors(form, changed)} style={{ maxWidth: 800 }}>
        <ProposalFormFields form={form} initial={initial} />
        <SaveBar>
          <Button type="primary" disabled={saving} onClick={() => void save()}>保存</Button>
          <Button onClick={() => navigate({ name: 'proposals' })}>取消</Button>
        </SaveBar>
      </Form>
    </>
  );
}
