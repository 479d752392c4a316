// 编辑模板: the office's wording of a report kind. Sections are edited in place (level, heading,
// paragraphs of clauses with their conditions), moved, hidden, added; a figure goes in from the
// picker at the cursor; year-bound phrases are edited as data. Saving validates (Chinese
// messages, nothing written on error); a placeholder naming no figure is shown here, naming the
// clause, and refused at save. Reset brings the program's default back.
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import { moveSection, setSectionHidden, updateSection, type ReportTemplate, type SectionLevel } from '../../../domain/report/report-template';
import type { FigureResult } from '../../../domain/report/figure-catalogue';
import { appLedger } from '../../../db/app-ledger';
import type { FigureNaming } from '../figure-naming';
import { addClause, addParagraph, addSection, insertPlaceholder, removeClause, removeParagraph, removeSection, setClause, unknownPlaceholderMessages } from './template-edits';
import { ClauseEditor } from './ClauseEditor';
import { PhrasesEditor } from './PhrasesEditor';
import { FigurePicker } from './FigurePicker';
import { TemplateToolbar, sectionAnchor, TITLE_ANCHOR } from './TemplateToolbar';
import { saveErrorMessages } from './save-errors';
import { useSave } from '../../shared/use-save';

const LEVEL_OPTIONS: { value: SectionLevel; label: string }[] = [
  { value: 1, label: '一级 一、' }, { value: 2, label: '二级 （一）' }, { value: 3, label: '三级 1.' }, { value: 4, label: '四级 （1）' },
];

interface Cursor { sectionId: string; paragraph: number; clause: number; field: 'text' | 'fallback'; start: number; end: number }

interface Props {
  template: ReportTemplate;
  /** True when the office has saved its own version of this kind. */
  customised: boolean;
  figures: ReadonlyMap<string, FigureResult>;
  /** The ledger's, which the figures were counted with: the office's own types are known figures, named as it names them. */
  naming: FigureNaming;
  /** Told whenever the draft starts or stops differing from the saved template. */
  onDirtyChange?: (dirty: boolean) => void;
}

export function TemplateEditor({ template, customised, figures, naming, onDirtyChange }: Props) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState(template);
  const [errors, setErrors] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const { saving, run } = useSave();
  const cursor = useRef<Cursor | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(template);
  const unknown = unknownPlaceholderMessages(draft, naming.dictionary);
  // The 报告 screen asks before switching the kind away from unsaved edits; it is told here.
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  const pick = (key: string) => {
    const at = cursor.current;
    const target = at && draft.sections.find((s) => s.id === at.sectionId)?.paragraphs[at.paragraph]?.clauses[at.clause];
    if (!at || !target) {
      message.warning('请先点击要插入数字的句子，再选择数字');
      return;
    }
    const inserted = insertPlaceholder(target[at.field], at.start, at.end, key);
    setDraft(setClause(draft, at.sectionId, at.paragraph, at.clause, { [at.field]: inserted.text }));
    cursor.current = { ...at, start: inserted.cursor, end: inserted.cursor };
    setPicking(false);
  };

  const save = () => run(async () => {
    const result = await appLedger.reports.saveReportTemplate(draft);
    if (result.ok) {
      setErrors([]);
      // The draft becomes what was stored: marks typed at full width (｛｛…｝｝, 【【…】】) are stored half-width.
      setDraft(result.value);
      message.success('模板已保存');
    } else setErrors(saveErrorMessages(result.errors, draft));
  });

  const reset = () => run(async () => {
    await appLedger.reports.resetReportTemplate(draft.kind);
    message.success('已恢复为默认模板');
  });

  return (
    <section aria-label="编辑模板">
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title="模板未保存" description={<ul style={{ margin: 0 }}>{errors.map((e) => <li key={e}>{e}</li>)}</ul>} />}
      {unknown.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="以下问题改正后才能保存" description={<ul style={{ margin: 0 }}>{unknown.map((e) => <li key={e}>{e}</li>)}</ul>} />}
      <TemplateToolbar
        draft={draft} dirty={dirty} saving={saving} customised={customised}
        onSave={() => void save()} onDiscard={() => { setDraft(template); setErrors([]); }} onPick={() => setPicking(true)} onReset={reset}
      />
      <Card id={TITLE_ANCHOR} size="small" style={{ marginBottom: 12 }} title="标题与讲话稿格式">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input addonBefore="报告标题" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} aria-label="报告标题" />
          <Space>
            <Switch checked={draft.useSpeechHeader} onChange={(v) => setDraft({ ...draft, useSpeechHeader: v })} aria-label="讲话稿格式" />
            <span>讲话稿格式（标题下写会议名称、报告人和“各位委员、同志们：”）</span>
          </Space>
          {draft.useSpeechHeader && (
            <>
              <Input addonBefore="会议名称" placeholder="——在政协××县第×届委员会常务委员会第×次会议上" value={draft.occasion} onChange={(e) => setDraft({ ...draft, occasion: e.target.value })} aria-label="会议名称" />
              <Input addonBefore="报告人" value={draft.speaker} onChange={(e) => setDraft({ ...draft, speaker: e.target.value })} aria-label="报告人" />
            </>
          )}
        </Space>
      </Card>
      <PhrasesEditor draft={draft} onChange={setDraft} />
      {draft.sections.map((s, i) => (
        <Card
          key={s.id}
          id={sectionAnchor(s.id)}
          size="small"
          style={{ marginBottom: 8, opacity: s.hidden ? 0.55 : 1 }}
          aria-label={`第${i + 1}节`}
          title={
            <Space>
              <Select size="small" value={s.level} options={LEVEL_OPTIONS} style={{ width: 120 }} aria-label={`第${i + 1}节级别`} onChange={(level) => setDraft(updateSection(draft, s.id, { level }))} />
              <Input size="small" style={{ width: 420 }} value={s.heading} placeholder="章节标题（不写编号，程序自动编号；留空则只有段落）" aria-label={`第${i + 1}节标题`} onChange={(e) => setDraft(updateSection(draft, s.id, { heading: e.target.value }))} />
              {s.hidden && <Tag>已隐藏</Tag>}
            </Space>
          }
          extra={
            <Space size={4}>
              <Button size="small" disabled={i === 0} onClick={() => setDraft(moveSection(draft, s.id, -1))} aria-label={`第${i + 1}节上移`}>上移</Button>
              <Button size="small" disabled={i === draft.sections.length - 1} onClick={() => setDraft(moveSection(draft, s.id, 1))} aria-label={`第${i + 1}节下移`}>下移</Button>
              <Button size="small" onClick={() => setDraft(setSectionHidden(draft, s.id, !s.hidden))} aria-label={`第${i + 1}节${s.hidden ? '显示' : '隐藏'}`}>{s.hidden ? '显示' : '隐藏'}</Button>
              <Button size="small" onClick={() => setDraft(addSection(draft, s.level, s.id))}>在后面加一节</Button>
              {s.id.startsWith('custom-') && <Button size="small" danger onClick={() => setDraft(removeSection(draft, s.id))}>删除本节</Button>}
            </Space>
          }
        >
          {s.paragraphs.map((p, k) => (
            <div key={k} style={{ marginBottom: 12 }} aria-label={`第${i + 1}节第${k + 1}段`} role="group">
              {p.clauses.map((c, j) => (
                <ClauseEditor
                  key={c.id}
                  clause={c}
                  name={`第${i + 1}节第${k + 1}段第${j + 1}句`}
                  onChange={(patch) => setDraft(setClause(draft, s.id, k, j, patch))}
                  onRemove={() => setDraft(removeClause(draft, s.id, k, j))}
                  onCursor={(field, start, end) => { cursor.current = { sectionId: s.id, paragraph: k, clause: j, field, start, end }; }}
                  onPick={(field) => {
                    const at = cursor.current;
                    if (at?.sectionId !== s.id || at.paragraph !== k || at.clause !== j || at.field !== field) cursor.current = { sectionId: s.id, paragraph: k, clause: j, field, start: c[field].length, end: c[field].length };
                    setPicking(true);
                  }}
                />
              ))}
              <Space size={4}>
                <Button size="small" type="dashed" onClick={() => setDraft(addClause(draft, s.id, k))}>本段加一句</Button>
                <Button size="small" danger onClick={() => setDraft(removeParagraph(draft, s.id, k))}>删除段落</Button>
              </Space>
            </div>
          ))}
          <Button size="small" type="dashed" onClick={() => setDraft(addParagraph(draft, s.id))}>添加段落</Button>
        </Card>
      ))}
      <Typography.Paragraph type="secondary">
        每段由一句或几句组成。句中的数字写作 {'{{名称}}'}，请用“插入数字”选择，不要手写；某个数字为0或没有台账记录时，整句不写入（核对稿中注明“未写入”），勾选“数字为0时也写入”的句子除外。用 {'[['}…{']]'} 括起的部分只在其中的数字不为0时写入，前后的顿号、逗号随之去掉。范围写作 {'{{最小~最大}}'}，两端相同时只写一个数。随年份变化的用语写作 {'{{phrase:…}}'}。一段只写 {'{{table:…}}'} 时插入一张表格（没有数据时不写入），只写 {'{{chart:…}}'} 时插入一幅图表。“一是、二是”和章节编号（一、（一）1.（1））由程序按写入的内容自动生成。
      </Typography.Paragraph>
      <FigurePicker open={picking} figures={figures} naming={naming} onPick={pick} onClose={() => setPicking(false)} />
    </section>
  );
}
