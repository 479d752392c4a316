// The manual step of the roll import, shown when the header guess is unsure (or on request): one
// select per member field listing the sheet's columns, so a roll with unusual headers still imports.
import { Alert, Form, Select, Typography } from 'antd';
import { columnLetter, ROLL_FIELD_LABELS, ROLL_FIELDS, type RollField, type RollMapping } from '../../../domain/members/roll-import';
import { sampleValues, type RollSource } from './roll-source';

const SKIP = -1;

export function MappingStep({ source, mapping, onChange }: { source: RollSource; mapping: RollMapping; onChange: (mapping: RollMapping) => void }) {
  const { header } = source;
  const options = [
    { value: SKIP, label: '（不导入）' },
    ...header.headers.map((text, col) => {
      const samples = sampleValues(source, col);
      const example = samples.length ? `，如：${samples.join('、')}` : '';
      return { value: col, label: `${columnLetter(col)}列 · ${text || '（无表头）'}${example}` };
    }),
  ];
  const set = (field: RollField, col: number) => {
    const next: RollMapping = { ...mapping };
    if (col === SKIP) delete next[field];
    else next[field] = col;
    onChange(next);
  };
  return (
    <>
      <Typography.Paragraph>
        表头在第{header.headerRowIndex + 1}行。请核对每一项对应名册中的哪一列，不需要的选“（不导入）”。
      </Typography.Paragraph>
      {header.notes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="以下几列需要您确认"
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{header.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
        />
      )}
      <Form layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 17 }}>
        {ROLL_FIELDS.map((field) => (
          <Form.Item key={field} label={ROLL_FIELD_LABELS[field]} required={field === 'name'} style={{ marginBottom: 8 }}>
            <Select
              aria-label={`${ROLL_FIELD_LABELS[field]}对应的列`}
              value={mapping[field] ?? SKIP}
              options={options}
              onChange={(col: number) => set(field, col)}
            />
          </Form.Item>
        ))}
      </Form>
    </>
  );
}
