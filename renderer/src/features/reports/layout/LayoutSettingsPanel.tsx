// 版式设置: what GB/T 9704 leaves to the office — page numbers outside (odd right, even left) or
// centred as speech-style reports often have them, and the faces its PCs have installed (the
// document names a fallback for each), and how numbers are written: a range as 1至2名 or 1—2名,
// rates with one decimal or two. Saved in the settings record; validated before writing.
import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Form, Radio, Space, Typography } from 'antd';
import { appLedger } from '../../../db/app-ledger';
import {
  COMMON_REPORT_FONTS, DEFAULT_REPORT_LAYOUT_SETTINGS, FONT_ROLE_LABELS, PAGE_NUMBER_LABELS, PAGE_NUMBER_POSITIONS,
  type ReportFonts, type ReportLayoutSettings,
} from '../../../domain/settings/report-settings';
import { useSave } from '../../shared/use-save';
import { SaveBar } from '../../shared/SaveBar';
import { DEFAULT_REPORT_STYLE, RANGE_STYLE_LABELS, RANGE_STYLES, type RangeStyle } from '../../../domain/report/report-style';

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
        <Form.Item label="数字范围的写法" extra="如联络站“驻地1至2名政协委员”；两端相同时只写一个数">
          <Radio.Group aria-label="数字范围的写法" value={draft.rangeStyle ?? DEFAULT_REPORT_STYLE.rangeStyle} onChange={(e) => setDraft({ ...draft, rangeStyle: e.target.value as RangeStyle })}>
            {RANGE_STYLES.map((r) => <Radio key={r} value={r}>{RANGE_STYLE_LABELS[r]}</Radio>)}
          </Radio.Group>
        </Form.Item>
        <Form.Item label="百分比保留小数" extra="表格中同一列的百分比保留相同位数（如79.0%）">
          <Radio.Group aria-label="百分比保留小数" value={draft.rateDecimals ?? DEFAULT_REPORT_STYLE.rateDecimals} onChange={(e) => setDraft({ ...draft, rateDecimals: e.target.value as 1 | 2 })}>
            <Radio value={1}>一位（95.2%）</Radio>
            <Radio value={2}>两位（88.75%）</Radio>
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
        <SaveBar>
          <Button type="primary" disabled={!dirty} onClick={() => void save()}>保存版式设置</Button>
          <Button onClick={() => setDraft(DEFAULT_REPORT_LAYOUT_SETTINGS)}>恢复公文标准</Button>
        </SaveBar>
      </Form>
    </section>
  );
}
