// One clause in the template editor: its text (figures go in from the picker at the cursor), and
// its conditions — 一是/二是 numbering, 为0时也写入, the note the review copy prints when it is left
// out, and the text that stands in for it. The syntax is explained once, under the editor.
import { Button, Checkbox, Input, Space } from 'antd';
import type { TemplateClause } from '../../../domain/report/report-template';

interface Props {
  clause: TemplateClause;
  /** 第2节第1段第3句 */
  name: string;
  onChange: (patch: Partial<Omit<TemplateClause, 'id'>>) => void;
  onRemove: () => void;
  /** Where the cursor is, for the figure picker: which field and the selection. */
  onCursor: (field: 'text' | 'fallback', start: number, end: number) => void;
  onPick: (field: 'text' | 'fallback') => void;
}

export function ClauseEditor({ clause, name, onChange, onRemove, onCursor, onPick }: Props) {
  const remember = (field: 'text' | 'fallback') => (e: { currentTarget: HTMLTextAreaElement }) => onCursor(field, e.currentTarget.selectionStart, e.currentTarget.selectionEnd);
  return (
    <div style={{ borderLeft: '3px solid #d9d9d9', paddingLeft: 8, marginBottom: 8 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <Input.TextArea
          value={clause.text}
          autoSize={{ minRows: 1, maxRows: 10 }}
          aria-label={name}
          onChange={(e) => onChange({ text: e.target.value })}
          onSelect={remember('text')}
          onClick={remember('text')}
          onKeyUp={remember('text')}
        />
        <Space orientation="vertical" size={4}>
          <Button size="small" onMouseDown={(e) => e.preventDefault()} onClick={() => onPick('text')}>插入数字</Button>
          <Button size="small" danger onClick={onRemove} aria-label={`删除${name}`}>删除本句</Button>
        </Space>
      </div>
      <Space wrap size={12} style={{ marginTop: 4 }}>
        <Checkbox checked={clause.numbered} onChange={(e) => onChange({ numbered: e.target.checked })} aria-label={`${name}按一是、二是编号`}>按“一是、二是”编号</Checkbox>
        <Checkbox checked={clause.keepWhenZero} onChange={(e) => onChange({ keepWhenZero: e.target.checked })} aria-label={`${name}为0时也写入`}>数字为0时也写入</Checkbox>
        <Input size="small" style={{ width: 300 }} addonBefore="未写入时说明" placeholder="如：本年未登记民主评议" value={clause.missing} aria-label={`${name}未写入时说明`} onChange={(e) => onChange({ missing: e.target.value })} />
      </Space>
      <Input.TextArea
        style={{ marginTop: 4 }}
        value={clause.fallback}
        autoSize={{ minRows: 1, maxRows: 6 }}
        placeholder="替代文字（可不填）：本句因数字为0或未填写而不写入时，改写这段文字"
        aria-label={`${name}替代文字`}
        onChange={(e) => onChange({ fallback: e.target.value })}
        onSelect={remember('fallback')}
        onClick={remember('fallback')}
        onKeyUp={remember('fallback')}
      />
    </div>
  );
}
