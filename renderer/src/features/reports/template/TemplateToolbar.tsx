// The template editor's toolbar (保存模板, 放弃修改, 插入数字, 恢复默认, a jump to any section), kept
// stuck to the top of the window: a report's template is thousands of pixels tall, and a sentence
// edited halfway down is saved without scrolling back up.
import { useRef } from 'react';
import { Button, Popconfirm, Select, Space, Tag } from 'antd';
import type { ReportTemplate } from '../../../domain/report/report-template';
import { useScrollPadding } from '../../shared/use-scroll-padding';

/** The id of a section's card, which the jump list scrolls to. */
export const sectionAnchor = (sectionId: string) => `template-section-${sectionId}`;
/** The cards above the sections, reachable from the jump list too. */
export const TITLE_ANCHOR = 'template-title';
export const PHRASES_ANCHOR = 'template-phrases';

interface Props {
  draft: ReportTemplate;
  dirty: boolean;
  saving: boolean;
  customised: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onPick: () => void;
  /** Resolves when the default is back, so the confirmation shows it working meanwhile. */
  onReset: () => Promise<unknown>;
}

function jumpTo(anchor: string) {
  const card = document.getElementById(anchor);
  if (!card) return;
  // The page's scroll padding (the toolbar's height) keeps the card's top below the toolbar.
  card.scrollIntoView({ block: 'start' });
  // Typing goes on at the heading (第N节标题, 报告标题), else the card's first field.
  const field = card.querySelector<HTMLElement>('input[aria-label$="标题"]') ?? card.querySelector<HTMLElement>('input, textarea');
  field?.focus({ preventScroll: true });
}

export function TemplateToolbar({ draft, dirty, saving, customised, onSave, onDiscard, onPick, onReset }: Props) {
  const bar = useRef<HTMLDivElement>(null);
  useScrollPadding('top', bar);
  const places = [
    { value: TITLE_ANCHOR, label: '标题与讲话稿格式' },
    ...(draft.phrases.length > 0 ? [{ value: PHRASES_ANCHOR, label: '随年份变化的用语' }] : []),
    ...draft.sections.map((s, i) => ({ value: sectionAnchor(s.id), label: `第${i + 1}节 ${s.heading || '（无标题）'}${s.hidden ? '（已隐藏）' : ''}` })),
  ];
  return (
    <div ref={bar} role="toolbar" aria-label="模板工具栏" style={{ position: 'sticky', top: 0, zIndex: 5, background: '#fff', padding: '8px 0', marginBottom: 12, borderBottom: '1px solid #f0f0f0' }}>
      <Space wrap>
        <Button type="primary" onClick={onSave} loading={saving} disabled={!dirty}>保存模板</Button>
        <Button onClick={onDiscard} disabled={!dirty}>放弃修改</Button>
        <Button onClick={onPick}>插入数字…</Button>
        <Popconfirm title="恢复默认模板？" description="本类报告的模板将恢复为程序自带的默认文字，已保存的修改会丢失。" okText="恢复默认" cancelText="取消" onConfirm={onReset} disabled={!customised}>
          <Button danger disabled={!customised}>恢复默认模板</Button>
        </Popconfirm>
        {/* A choice, not a value: it jumps and then shows its placeholder again. */}
        <Select aria-label="跳到" placeholder="跳到…" value={null} style={{ width: 260 }} options={places} onChange={(anchor: string) => jumpTo(anchor)}
          showSearch={{ optionFilterProp: 'label' }} popupMatchSelectWidth={false} />
        {customised ? <Tag color="blue">本会已修改</Tag> : <Tag>默认模板</Tag>}
        {dirty && <Tag color="orange">有未保存的修改</Tag>}
      </Space>
    </div>
  );
}
