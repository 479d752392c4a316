// 年代用语: phrases that belong to years ({{phrase:key}} in a clause), each with its wordings and the
// years they are used in — 助力脱贫攻坚 up to 2020, 助力乡村振兴 from 2021 — edited as data.
import { Button, Card, Input, InputNumber, Space } from 'antd';
import type { ReportTemplate } from '../../../domain/report/report-template';
import { PHRASES_ANCHOR } from './TemplateToolbar';
import { addPhraseVariant, removePhraseVariant, setPhraseVariant } from './template-edits';

export function PhrasesEditor({ draft, onChange }: { draft: ReportTemplate; onChange: (t: ReportTemplate) => void }) {
  if (draft.phrases.length === 0) return null;
  return (
    <Card id={PHRASES_ANCHOR} size="small" style={{ marginBottom: 12 }} title="随年份变化的用语">
      {draft.phrases.map((p) => (
        <div key={p.key} style={{ marginBottom: 8 }}>
          <div>{p.label}（在句中写作 {`{{phrase:${p.key}}}`}）</div>
          {p.variants.map((v, i) => (
            <Space key={i} style={{ marginTop: 4 }} wrap>
              <InputNumber size="small" min={1949} max={2200} placeholder="起始年份" value={v.fromYear} aria-label={`${p.label}第${i + 1}种写法起始年份`} onChange={(y) => onChange(setPhraseVariant(draft, p.key, i, { fromYear: y ?? null }))} />
              <span>年至</span>
              <InputNumber size="small" min={1949} max={2200} placeholder="截止年份" value={v.toYear} aria-label={`${p.label}第${i + 1}种写法截止年份`} onChange={(y) => onChange(setPhraseVariant(draft, p.key, i, { toYear: y ?? null }))} />
              <span>年写作</span>
              <Input size="small" style={{ width: 240 }} value={v.text} aria-label={`${p.label}第${i + 1}种写法`} onChange={(e) => onChange(setPhraseVariant(draft, p.key, i, { text: e.target.value }))} />
              <Button size="small" danger disabled={p.variants.length <= 1} onClick={() => onChange(removePhraseVariant(draft, p.key, i))}>删除</Button>
            </Space>
          ))}
          <div><Button size="small" type="dashed" style={{ marginTop: 4 }} onClick={() => onChange(addPhraseVariant(draft, p.key))}>添加一种写法</Button></div>
        </div>
      ))}
    </Card>
  );
}
