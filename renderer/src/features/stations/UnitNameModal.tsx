// Renames the grass-roots unit (乡镇政协工作联络站, 委员联络组, 委员工作室 …) for this office.
import { App, Form, Input } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { applyFieldErrors } from '../shared/form-errors';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';

export function UnitNameModal({ current, onClose }: { current: string; onClose: () => void }) {
  const [form] = Form.useForm<{ unitName: string }>();
  const { message } = App.useApp();
  const { saving, run } = useSave();
  const save = async () => {
    await run(async () => {
      const r = await appLedger.stations.saveStationSettings(form.getFieldsValue());
      if (!r.ok) {
        const general = applyFieldErrors(form, r.errors);
        if (general.length) message.error(general.join('；'));
        return;
      }
      message.success('已保存');
      onClose();
    });
  };
  return (
    <FormDialog form={form} title="基层单位名称" confirmLoading={saving} onSubmit={() => void save()} onClose={onClose}>
      <Form form={form} layout="vertical" initialValues={{ unitName: current }}>
        <Form.Item label="名称" name="unitName" extra="各地叫法不同：乡镇政协工作联络站、委员联络组、委员工作室、协商议事室……">
          <Input count={{ max: 20 }} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
