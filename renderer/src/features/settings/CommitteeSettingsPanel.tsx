// Edit the committee's details after first run.
import { App, Button, Form } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { applyFieldErrors } from '../shared/form-errors';
import { CommitteeFormFields, committeeFormValuesOf, committeeInputOf, type CommitteeFormValues } from './CommitteeFormFields';
import { useSave } from '../shared/use-save';
import { useFormFill } from '../shared/use-form-fill';
import { SaveBar } from '../shared/SaveBar';

export function CommitteeSettingsPanel() {
  const [form] = Form.useForm<CommitteeFormValues>();
  const { message } = App.useApp();
  const { run } = useSave();
  const settings = useLiveQuery(() => appLedger.settings.getSettings(), []);
  useFormFill(form, settings && committeeFormValuesOf(settings.committee));
  const save = (values: CommitteeFormValues) => run(async () => {
    const saved = await appLedger.settings.saveCommitteeSettings(committeeInputOf(values));
    if (!saved.ok) applyFieldErrors(form, saved.errors);
    else message.success('已保存');
  });
  return (
    <Form<CommitteeFormValues> form={form} layout="vertical" style={{ maxWidth: 640 }} onFinish={(v) => void save(v)}>
      <CommitteeFormFields form={form} />
      <SaveBar>
        <Button type="primary" htmlType="submit">保存</Button>
      </SaveBar>
    </Form>
  );
}
