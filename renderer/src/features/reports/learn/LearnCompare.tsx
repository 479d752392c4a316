// 对照: last year's document beside this year's draft made from the learned template, so the
// clerk sees at a glance what the year changed. In the draft every figure is marked, and a
// figure whose number differs from last year's is marked red with last year's number beside it.
import { Col, Row, Tag, Typography } from 'antd';
import type { BuiltReport } from '../build-report';
import { formatFigureValue } from '../../../domain/report/report-text';
import { figureByKey } from '../../../domain/report/figure-catalogue';
import type { LearnedReport } from '../../../domain/report/learn/learn-report';
import type { ReviewState } from './review-state';

/** Last year's number for each figure the clerk bound, as the draft would print it (first place it appears). */
export function lastYearValues(report: LearnedReport, review: ReviewState): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of report.numbers) {
    const d = review.decisions.get(n.id);
    if (d?.role !== 'figure') continue;
    const unit = figureByKey(d.key)?.unit ?? '';
    if (!out.has(d.key)) out.set(d.key, formatFigureValue(n.mention.value, unit));
    if (d.toKey && n.mention.to !== undefined && !out.has(d.toKey)) out.set(d.toKey, formatFigureValue(n.mention.to, unit));
  }
  return out;
}

const pane: React.CSSProperties = { maxHeight: '60vh', overflowY: 'auto', border: '1px solid #f0f0f0', padding: '12px 20px', fontSize: 15, lineHeight: 2 };

export function LearnCompare({ report, review, draft }: { report: LearnedReport; review: ReviewState; draft: BuiltReport | undefined }) {
  const before = lastYearValues(report, review);
  const s = report.structure;
  let changed = 0;
  const draftBlocks = draft?.doc.blocks.map((block, i) => {
    if (block.kind === 'heading') return <p key={i} style={{ fontWeight: 'bold', margin: '8px 0 0' }}>{block.text}</p>;
    if (block.kind !== 'paragraph') return <p key={i} style={{ color: '#888', margin: 0 }}>【{block.caption}】</p>;
    return (
      <p key={i} style={{ textIndent: '2em', margin: 0 }}>
        {(draft.runs[i] ?? [{ text: block.text }]).map((run, j) => {
          if (!run.mark) return run.text;
          const old = before.get(run.mark);
          const differs = old !== undefined && old !== run.text;
          if (differs) changed++;
          return (
            <mark key={j} data-changed={differs ? 'true' : undefined} title={differs ? `去年：${old}` : '与去年相同'} style={{ background: differs ? '#ffccc7' : '#d9f7be', padding: '0 1px' }}>
              {run.text}
              {differs && <sup style={{ color: '#a8071a' }}>（去年{old}）</sup>}
            </mark>
          );
        })}
      </p>
    );
  });
  return (
    <>
      <Typography.Paragraph>
        {draft ? <>今年的草稿中有 <Tag color="red">{changed}</Tag> 处数字与去年不同（红色标出，右上角是去年的数）。</> : '正在计算今年的数字…'}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text strong>去年的报告</Typography.Text>
          <div style={pane} aria-label="去年的报告原文">
            <p style={{ textAlign: 'center', fontWeight: 'bold' }}>{s.titleLines.join('')}</p>
            {s.sections.map((section, si) => (
              <div key={si}>
                {section.heading && <p style={{ fontWeight: 'bold', margin: '8px 0 0' }}>{section.typedNumber}{section.heading}</p>}
                {section.body.map((item, ii) => <p key={ii} style={{ textIndent: item.kind === 'paragraph' ? '2em' : 0, margin: 0, whiteSpace: 'pre-wrap' }}>{item.text}</p>)}
              </div>
            ))}
          </div>
        </Col>
        <Col span={12}>
          <Typography.Text strong>今年的草稿</Typography.Text>
          <div style={pane} aria-label="今年的草稿">
            {draft && <p style={{ textAlign: 'center', fontWeight: 'bold' }}>{draft.doc.title}</p>}
            {draftBlocks}
          </div>
        </Col>
      </Row>
    </>
  );
}
