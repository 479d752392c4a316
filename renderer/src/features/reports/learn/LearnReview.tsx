// 核对数字: last year's document as the program read it, every number highlighted by its state
// (green bound, orange to check, blue the year or 截至 date, grey text), and the number the clerk
// is on in the panel beside it. Keyboard: → or J next, ← or K previous, Enter accept, T keep as
// text, S skip to the next without deciding.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Button, Col, Row, Space, Tag, Typography } from 'antd';
import type { LearnedNumber, LearnedReport } from '../../../domain/report/learn/learn-report';
import { learnedTexts } from '../../../domain/report/learn/learn-report';
import { accept, bindTo, countStates, keepAsText, move, reviewable, stateOf, STATE_LABELS, type NumberState, type ReviewState } from './review-state';
import { NumberInspector, STATE_COLORS } from './NumberInspector';

const MARK_STYLES: Record<NumberState, React.CSSProperties> = {
  sure: { background: '#d9f7be' },
  check: { background: '#ffe7ba' },
  context: { background: '#bae0ff' },
  text: { background: '#f0f0f0', textDecoration: 'underline dotted' },
};

function Marked({ text, numbers, review, onPick }: { text: string; numbers: LearnedNumber[]; review: ReviewState; onPick: (id: string) => void }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const n of numbers) {
    if (n.mention.start < at) continue;
    parts.push(text.slice(at, n.mention.start));
    const state = stateOf(n, review);
    const current = review.current === n.id;
    parts.push(
      <mark
        key={n.id}
        data-number-id={n.id}
        data-state={state}
        aria-current={current ? 'true' : undefined}
        title={STATE_LABELS[state]}
        onClick={() => onPick(n.id)}
        style={{ ...MARK_STYLES[state], cursor: 'pointer', padding: '0 1px', outline: current ? '2px solid #1677ff' : undefined }}
      >
        {text.slice(n.mention.start, n.mention.end)}
      </mark>,
    );
    at = n.mention.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

interface Props {
  report: LearnedReport;
  review: ReviewState;
  onChange: (review: ReviewState) => void;
}

export function LearnReview({ report, review, onChange }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const list = reviewable(report);
  const byWhere = new Map<string, LearnedNumber[]>();
  for (const n of list) byWhere.set(n.where, [...(byWhere.get(n.where) ?? []), n]);
  const texts = learnedTexts(report.structure);
  const current = list.find((n) => n.id === review.current);
  const counts = countStates(report, review);
  // Counts the program could not place and the clerk has not decided: never bound silently, listed here.
  const unplaced = list.filter((n) => n.role === 'text' && n.mention.kind !== 'year' && n.mention.kind !== 'date' && !review.confirmed.has(n.id));

  const currentId = review.current;
  useEffect(() => {
    if (!currentId) return;
    box.current?.querySelector(`[data-number-id="${CSS.escape(currentId)}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [currentId]);

  const onKey = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('.ant-select')) return;
    const key = e.key.toLowerCase();
    const id = review.current;
    if (key === 'arrowright' || key === 'j' || key === 's') onChange(move(report, review, 1));
    else if (key === 'arrowleft' || key === 'k') onChange(move(report, review, -1));
    else if (key === 'enter' && id) onChange(accept(report, review, id));
    else if (key === 't' && id) onChange(keepAsText(report, review, id));
    else return;
    e.preventDefault();
  };

  const paragraph = (where: string, text: string) => <Marked text={text} numbers={byWhere.get(where) ?? []} review={review} onPick={(id) => onChange({ ...review, current: id })} />;
  return (
    <Row gutter={16}>
      <Col span={15}>
        <Space wrap style={{ marginBottom: 8 }}>
          {(Object.keys(counts) as NumberState[]).map((s) => <Tag key={s} color={STATE_COLORS[s]}>{STATE_LABELS[s]} {counts[s]}</Tag>)}
        </Space>
        <div
          ref={box}
          tabIndex={0}
          role="document"
          aria-label="去年的报告"
          onKeyDown={onKey}
          style={{ maxHeight: '60vh', overflowY: 'auto', border: '1px solid #f0f0f0', padding: '12px 20px', fontSize: 15, lineHeight: 2 }}
        >
          {texts.map((t) => {
            if (t.where === 'title') return <Typography.Title key={t.where} level={4} style={{ textAlign: 'center' }}>{paragraph(t.where, t.text)}</Typography.Title>;
            const section = report.structure.sections[Number(t.where.split(':')[1])];
            if (t.where.startsWith('heading:')) return <p key={t.where} style={{ fontWeight: 'bold', margin: '8px 0 0' }}>{section?.typedNumber}{paragraph(t.where, t.text)}</p>;
            return <p key={t.where} style={{ textIndent: '2em', margin: 0 }}>{paragraph(t.where, t.text)}</p>;
          })}
          {report.structure.issuer && <p style={{ textAlign: 'right', margin: 0 }}>{report.structure.issuer}</p>}
          {report.structure.dateText && <p style={{ textAlign: 'right', margin: 0 }}>{report.structure.dateText}</p>}
        </div>
        {unplaced.length > 0 && (
          <div aria-label="未能对应的数字" style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">程序未能对应、暂时保留原文的数字（点击定位）：</Typography.Text>
            <Space wrap size={4}>
              {unplaced.map((n) => <Button key={n.id} size="small" type="link" onClick={() => onChange({ ...review, current: n.id })}>{n.clause}</Button>)}
            </Space>
          </div>
        )}
        <Space style={{ marginTop: 8 }}>
          <Button onClick={() => onChange(move(report, review, -1))}>上一个（←）</Button>
          <Button onClick={() => onChange(move(report, review, 1))}>下一个（→）</Button>
          <Typography.Text type="secondary">在文档中点击数字或用键盘逐个核对：Enter 接受，T 保留原文，S 跳过</Typography.Text>
        </Space>
      </Col>
      <Col span={9}>
        {current ? (
          <NumberInspector
            number={current}
            decision={review.decisions.get(current.id)}
            state={stateOf(current, review)}
            onAccept={() => onChange(accept(report, review, current.id))}
            onText={() => onChange(keepAsText(report, review, current.id))}
            onBind={(key) => onChange(bindTo(report, review, current.id, key))}
            onContext={(role) => onChange({ ...review, decisions: new Map(review.decisions).set(current.id, { role }), confirmed: new Set(review.confirmed).add(current.id) })}
          />
        ) : (
          <Typography.Text type="secondary">文档中没有需要核对的数字</Typography.Text>
        )}
      </Col>
    </Row>
  );
}
