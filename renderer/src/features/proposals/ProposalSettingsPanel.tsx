// 设置 → 提案办理: how many months a unit has to reply (the due date given at 交办), whether
// replies are classed A/B/C or A/B/C/D, and whether the proposer rates process and result apart.
// The domain validates on save; its Chinese messages go beside the fields. Due dates already set
// and replies already classed are not touched: the settings apply to the next step taken.
import { useFormFill } from '../shared/use-form-fill';
import { Alert, App, Button, Form, InputNumber, Radio, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { REPLY_CLASS_MEANINGS, replyClassesOf, type ProposalSettings, type ReplyScheme } from '../../domain/proposals/proposal-settings';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors } from '../shared/clear-field-errors';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

interface FormValues {
  dueMonths: number | null;
  replyScheme: ReplyScheme;
  separateRatings: boolean;
}

const valuesOf = (s: ProposalSettings): FormValues => ({ dueMonths: s.dueMonths, replyScheme: s.replyScheme, separateRatings: s.separateRatings });

const schemeLabel = (scheme: ReplyScheme) =>
  replyClassesOf(scheme).map((c) => `${c}类 ${REPLY_CLASS_MEANINGS[scheme][c] ?? ''}`).join('；');

export function ProposalSettingsPanel() {
  const { message } = App.useApp();
  const { run } = useSave();
  const [form] = Form.useForm<FormValues>();
  const settings = useLiveQuery(() => appLedger.proposals.loadProposalSettings(), []);
  const scheme = Form.useWatch('replyScheme', form);
  useFormFill(form, settings && valuesOf(settings));
  if (!settings) return null;

  const save = (values: FormValues) => run(async () => {
    // 先进承办单位 are kept by the repository as they were: this form does not show them.
    const saved = await appLedger.proposals.saveProposalSettings({ dueMonths: values.dueMonths, replyScheme: values.replyScheme, separateRatings: values.separateRatings });
    if (!saved.ok) {
      const unplaced = applyFieldErrors(form, saved.errors);
      message.error(unplaced[0] ?? '提案办理设置有误，请按提示修改后再保存');
    } else message.success('已保存提案办理设置');
  });

  return (
    <Form<FormValues> form={form} layout="vertical" style={{ maxWidth: 720 }} initialValues={valuesOf(settings)}
      onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)} onFinish={(v) => void save(v)}>
      <Typography.Paragraph type="secondary">
        这些设置用于今后的交办、答复和征询意见；已经交办的提案的办理期限、已登记的答复类别和评价不会改变。
      </Typography.Paragraph>
      <Form.Item name="dueMonths" label="办理期限（月）" extra="交办后几个月内答复，默认3个月，最多6个月">
        <InputNumber style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="replyScheme" label="答复分类">
        <Radio.Group options={[{ value: 'ABC', label: 'A/B/C 三类' }, { value: 'ABCD', label: 'A/B/C/D 四类' }]} />
      </Form.Item>
      {scheme && <Typography.Paragraph type="secondary" style={{ marginTop: -16 }}>{schemeLabel(scheme)}</Typography.Paragraph>}
      {scheme && scheme !== settings.replyScheme && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }}
          title="已登记的答复保留原来的类别字母；统计和报告按新的分类显示各类件数" />
      )}
      <Form.Item name="separateRatings" label="分别评价办理过程和办理结果" valuePropName="checked" extra="开启后，征询意见除总体评价外，还分别登记对办理过程和办理结果的评价">
        <Switch />
      </Form.Item>
      <SaveBar>
        <Button type="primary" htmlType="submit">保存</Button>
      </SaveBar>
    </Form>
  );
}
