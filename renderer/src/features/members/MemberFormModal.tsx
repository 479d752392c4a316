// Add or edit one member. The domain validates (zod + dictionaries); its Chinese messages are
// shown at the fields. A name another member already has is asked about before saving (a county
// can have two 王明, so it is never refused).
import { App, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { emptyMemberFields, GENDERS, MEMBER_ROLES, MEMBER_STATUSES, type Member, type MemberFields } from '../../domain/members/member';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors } from '../shared/clear-field-errors';
import { fromIso, toIso, toIsoMonth, CHINESE_DATE_FORMAT, CHINESE_MONTH_FORMAT } from '../shared/dates';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';
import { useFormFill } from '../shared/use-form-fill';
import { namesakesOf, namesakeWarning } from '../../domain/members/namesakes';
import { normalizePersonName } from '../../domain/common/text';

type FormValues = Omit<MemberFields, 'birthMonth' | 'statusDate'> & { birthMonth: Dayjs | null; statusDate: Dayjs | null };

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function MemberFormModal({ member, term, onClose }: { member: Member | null; term: number; onClose: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const { message, modal } = App.useApp();
  const { run } = useSave();
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const status = Form.useWatch('status', form);

  const base = member ?? emptyMemberFields(term);
  useFormFill<FormValues>(form, { ...base, birthMonth: fromIso(base.birthMonth ? `${base.birthMonth}-01` : ''), statusDate: fromIso(base.statusDate) });

  const save = () => run(async () => {
    const v = form.getFieldsValue(true) as FormValues;
    const input: MemberFields = { ...v, birthMonth: toIsoMonth(v.birthMonth), statusDate: toIso(v.statusDate), committees: v.committees ?? [] };
    const namesakes = member && member.name === normalizePersonName(input.name) ? [] : namesakesOf(input.name, await appLedger.members.listMembers(), member?.id);
    if (namesakes.length) {
      const go = await modal.confirm({ title: '同名委员', content: namesakeWarning(input.name, namesakes), okText: '是另一位，保存', cancelText: '返回修改' });
      if (!go) return;
    }
    const result = member ? await appLedger.members.updateMember(member.id, input) : await appLedger.members.createMember(input);
    if (!result.ok) {
      const general = applyFieldErrors(form, result.errors);
      if (general.length) message.error(general.join('；'));
      return;
    }
    message.success(member ? '已保存' : `已添加委员 ${result.value.name}`);
    onClose();
  });

  return (
    <FormDialog form={form} title={member ? `编辑委员：${member.name}` : '添加委员'} width={720} onSubmit={() => void save()} onClose={onClose} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        // A field the user changes loses the message of the last refusal (the domain validates on save).
        onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}
      >
        <Space wrap size="middle">
          <Form.Item label="姓名" name="name" required><Input style={{ width: 160 }} /></Form.Item>
          <Form.Item label="性别" name="gender"><Select style={{ width: 90 }} options={options(GENDERS)} allowClear /></Form.Item>
          <Form.Item label="民族" name="ethnicity"><Input style={{ width: 110 }} /></Form.Item>
          <Form.Item label="出生年月" name="birthMonth"><DatePicker picker="month" format={CHINESE_MONTH_FORMAT} /></Form.Item>
        </Space>
        <Space wrap size="middle">
          <Form.Item label="界别" name="sector"><Select style={{ width: 160 }} options={options(dicts?.sector ?? [])} allowClear showSearch /></Form.Item>
          <Form.Item label="党派" name="party"><Select style={{ width: 160 }} options={options(dicts?.party ?? [])} allowClear showSearch /></Form.Item>
          <Form.Item label="所在乡镇" name="township"><Select style={{ width: 160 }} options={options(dicts?.township ?? [])} allowClear showSearch /></Form.Item>
        </Space>
        <Form.Item label="工作单位及职务" name="workplace"><Input /></Form.Item>
        <Space wrap size="middle">
          <Form.Item label="委员职务" name="role"><Select style={{ width: 120 }} options={options(MEMBER_ROLES)} /></Form.Item>
          <Form.Item label="届次（第几届）" name="term"><InputNumber min={1} max={30} /></Form.Item>
          <Form.Item label="所属专委会" name="committees"><Select mode="multiple" style={{ minWidth: 220 }} options={options(dicts?.committee ?? [])} /></Form.Item>
        </Space>
        <Space wrap size="middle">
          <Form.Item label="联系电话" name="phone"><Input style={{ width: 180 }} /></Form.Item>
          <Form.Item label="状态" name="status"><Select style={{ width: 100 }} options={options(MEMBER_STATUSES)} /></Form.Item>
          {status && status !== '在任' && <Form.Item label="状态日期" name="statusDate"><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>}
        </Space>
        <Form.Item label="备注" name="note"><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </FormDialog>
  );
}
