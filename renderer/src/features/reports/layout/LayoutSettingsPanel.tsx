// 版式设置: what GB/T 9704 leaves to the office — page numbers outside (odd right, even left) or
// centred as speech-style reports often have them, and the faces its PCs have installed (the
// document names a fallback for each). Saved in the settings record; validated before writing.
import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Form, Radio, Space, Typography } from 'antd';
import { appLedger } from '../../../db/app-ledger';
import {
  COMMON_REPORT_FONTS, DEFAULT_REPORT_LAYOUT_SETTINGS, FONT_ROLE_LABELS, PAGE_NUMBER_LABELS, PAGE_NUMBER_POSITIONS,
  type ReportFonts, type ReportLayoutSettings,
} from '../../../domain/settings/report-settings';
import { useSave } from '../../shared/use-save';

const ROLES = Object.keys(FONT_ROLE_LABELS) as (keyof ReportFonts)[];

export function LayoutSettingsPanel({ layout }: { layout: ReportLayoutSettings }) {
  const { message } = App.useApp();
  const { run } = useSave();
  const [draft, setDraft] = useState(layout);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dirty = JSON.stringify(draft) !== JSON.stringify(layout);

  const save = () => run(async () => {
    const result = await appLedger.reports.saveReportLayout(draft);
    if (result.ok) {
      setErrors({});
      message.success('版式设置已保存');
    } else setErrors(result.errors);
  });

  return (
    <section aria-label="版式设置" style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">
        页面、页边距、字号和行距按 GB/T 9704 固定（A4，上37、下35、左28、右26毫米，每页22行、每行28字）。以下两项可按本会习惯设置。
      </Typography.Paragraph>
      {errors._ && <Alert type="error" showIcon title={errors._} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label="页码位置">
          <Radio.Group value={draft.pageNumbers} onChange={(e) => setDraft({ ...draft, pageNumbers: e.target.value as ReportLayoutSettings['pageNumbers'] })}>
            <Space orientation="vertical">
              {PAGE_NUMBER_POSITIONS.map((p) => <Radio key={p} value={p}>{PAGE_NUMBER_LABELS[p]}</Radio>)}
            </Space>
          </Radio.Group>
        </Form.Item>
        {ROLES.map((role) => (
          <Form.Item key={role} label={FONT_ROLE_LABELS[role]} validateStatus={errors[`fonts.${role}`] ? 'error' : undefined} help={errors[`fonts.${role}`]}
            extra={role === 'title' ? '方正小标宋简体为商用字体，电脑上没有时 Word/WPS 用宋体代替' : undefined}>
            <AutoComplete
              aria-label={FONT_ROLE_LABELS[role]}
              value={draft.fonts[role]}
              options={COMMON_REPORT_FONTS[role].map((f) => ({ value: f }))}
              onChange={(v: string) => setDraft({ ...draft, fonts: { ...draft.fonts, [role]: v } })}
              style={{ width: 280 }}
            />
          </Form.Item>
        ))}
        <Space>
          <Button type="primary" disabled={!dirty} onClick={() => void save()}>保存版式设置</Button>
          <Button onClick={() => setDraft(DEFAULT_REPORT_LAYOUT_SETTINGS)}>恢复公文标准</Button>
        </Space>
      </Form>
    </section>
  );
}
