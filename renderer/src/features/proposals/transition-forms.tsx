// The small form of each review and handling step: its title, its fields, their starting values
// and the input the domain expects. Field names are the domain's error keys, so a refusal lands
// beside the right input.
import type { ReactNode } from 'react';
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { RATINGS, REJECTED_AS, REJECTION_REASONS, type Proposal } from '../../domain/proposals/proposal';
import { REPLY_CLASS_MEANINGS, replyClassesOf } from '../../domain/proposals/proposal-settings';
import type { TransitionKind } from '../../domain/proposals/proposal-transitions';
import { fromIso, toIso, CHINESE_DATE_FORMAT } from '../shared/dates';
import { optionsOf } from './proposal-options';
import { liveRows } from '../../domain/common/row-stamps';

/** The steps taken through a dialog; 取消重点 and 优秀 are a plain confirmation. */
export type ModalKind = Exclude<TransitionKind, 'excellent'>;

export interface TransitionValues {
  note?: string;
  reason?: string;
  rejectedAs?: string;
  targetId?: string;
  title?: string;
  text?: string;
  mainUnit?: string;
  coUnits?: string[];
  assignedDate?: Dayjs | null;
  newDueDate?: Dayjs | null;
  unit?: string;
  date?: Dayjs | null;
  replyClass?: string;
  summary?: string;
  faceToFace?: boolean;
  rating?: string;
  processRating?: string;
  resultRating?: string;
  leaders?: string[];
  activityIds?: string[];
}

interface TransitionForm {
  title: string;
  /** The step's name for this proposal where it differs (the 督办 of a key proposal is changed, not set). */
  titleFor?: (p: Proposal) => string;
  initial: (p: Proposal) => TransitionValues;
  toInput: (v: TransitionValues) => unknown;
  Fields: (props: { proposal: Proposal }) => ReactNode;
}

const today = () => fromIso(toIsoDate(new Date()));
const noteOnly = (v: TransitionValues) => ({ note: v.note ?? '' });
const NoteField = ({ label = '说明' }: { label?: string }) => <Form.Item name="note" label={label}><Input.TextArea rows={2} /></Form.Item>;

function MergeFields({ proposal }: { proposal: Proposal }) {
  const others = useLiveQuery(() => appLedger.proposals.listProposals({ kind: 'session', sessionKey: proposal.sessionKey }), [proposal.sessionKey]);
  const options = (others ?? [])
    .filter((o) => o.id !== proposal.id && !['不予立案', '已并案', '已撤案'].includes(o.stage))
    .map((o) => ({ value: o.id, label: `第${o.number}号 ${o.title}` }));
  return (
    <>
      <Form.Item name="targetId" label="并入的提案">
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} notFoundContent="本次会议没有可并入的提案" />
      </Form.Item>
      <NoteField />
    </>
  );
}

function AssignFields() {
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const units = optionsOf(dicts?.unit ?? []);
  return (
    <>
      <Form.Item name="mainUnit" label="主办单位"><Select showSearch options={units} /></Form.Item>
      <Form.Item name="coUnits" label="协办单位"><Select mode="multiple" showSearch options={units} /></Form.Item>
      <Form.Item name="assignedDate" label="交办日期" extra="办理期限按设置自动计算（默认3个月）"><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
      <NoteField />
    </>
  );
}

function ReplyFields({ proposal }: { proposal: Proposal }) {
  const settings = useLiveQuery(() => appLedger.proposals.loadProposalSettings(), []);
  const scheme = settings?.replyScheme ?? 'ABC';
  const units = (proposal.assignment?.units ?? []).map((u) => ({ value: u.unit, label: `${u.unit}（${u.role}）` }));
  const classes = replyClassesOf(scheme).map((c) => ({ value: c, label: `${c}类（${REPLY_CLASS_MEANINGS[scheme][c] ?? ''}）` }));
  return (
    <>
      <Form.Item name="unit" label="答复单位"><Select options={units} /></Form.Item>
      <Form.Item name="date" label="答复日期"><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
      <Form.Item name="replyClass" label="答复类别"><Radio.Group options={classes} /></Form.Item>
      <Form.Item name="faceToFace" valuePropName="checked"><Checkbox>已与提案者面商</Checkbox></Form.Item>
      <Form.Item name="summary" label="答复摘要"><Input.TextArea rows={3} /></Form.Item>
    </>
  );
}

function FeedbackFields() {
  const settings = useLiveQuery(() => appLedger.proposals.loadProposalSettings(), []);
  const ratings = optionsOf(RATINGS);
  return (
    <>
      <Form.Item name="rating" label="总体评价"><Radio.Group options={ratings} /></Form.Item>
      {settings?.separateRatings && <Form.Item name="processRating" label="办理过程"><Radio.Group options={ratings} /></Form.Item>}
      {settings?.separateRatings && <Form.Item name="resultRating" label="办理结果"><Radio.Group options={ratings} /></Form.Item>}
      <Form.Item name="date" label="反馈日期"><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
      <NoteField />
    </>
  );
}

/** 督办 activities are picked from the activity ledger of the proposal's year and the next. */
function KeyFields({ proposal }: { proposal: Proposal }) {
  const activities = useLiveQuery(async () => {
    const [these, next] = await Promise.all([appLedger.activities.listActivities(proposal.year), appLedger.activities.listActivities(proposal.year + 1)]);
    return [...these, ...next];
  }, [proposal.year]);
  const options = (activities ?? []).map((a) => ({ value: a.id, label: `${a.title}（${formatChineseDate(a.startDate)}）` }));
  return (
    <>
      <Form.Item name="leaders" label="领衔督办领导" extra="输入姓名后按回车，可填多位">
        <Select mode="tags" open={false} />
      </Form.Item>
      <Form.Item name="activityIds" label="督办活动" extra={`从${proposal.year}—${proposal.year + 1}年的履职活动中选择`}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} notFoundContent="活动台账中没有这两年的活动" />
      </Form.Item>
    </>
  );
}

/** The unit that has not yet replied in this round, 主办 first. */
function nextReplyingUnit(p: Proposal): string | undefined {
  const replied = new Set(liveRows(p.replies).filter((r) => r.round === p.round).map((r) => r.unit));
  return p.assignment?.units.find((u) => !replied.has(u.unit))?.unit;
}

export const TRANSITION_FORMS: Record<ModalKind, TransitionForm> = {
  accept: { title: '立案', initial: () => ({}), toInput: noteOnly, Fields: () => <NoteField /> },
  reject: {
    title: '不予立案',
    initial: () => ({}),
    toInput: (v) => ({ reason: v.reason, rejectedAs: v.rejectedAs, note: v.note ?? '' }),
    Fields: () => (
      <>
        <Form.Item name="reason" label="不予立案理由"><Select options={optionsOf(REJECTION_REASONS)} /></Form.Item>
        <Form.Item name="rejectedAs" label="转为"><Radio.Group options={optionsOf(REJECTED_AS)} /></Form.Item>
        <NoteField />
      </>
    ),
  },
  merge: { title: '并案', initial: () => ({}), toInput: (v) => ({ targetId: v.targetId ?? '', note: v.note ?? '' }), Fields: MergeFields },
  withdraw: { title: '撤案', initial: () => ({}), toInput: noteOnly, Fields: () => <NoteField label="撤案理由" /> },
  return: { title: '退回修改', initial: () => ({}), toInput: noteOnly, Fields: () => <NoteField label="修改意见" /> },
  resubmit: {
    title: '重新提交',
    initial: (p) => ({ title: p.title, text: p.text }),
    toInput: (v) => ({ title: v.title ?? '', text: v.text ?? '', note: v.note ?? '' }),
    Fields: () => (
      <>
        <Form.Item name="title" label="案由"><Input /></Form.Item>
        <Form.Item name="text" label="提案内容"><Input.TextArea rows={6} /></Form.Item>
        <NoteField />
      </>
    ),
  },
  assign: {
    title: '交办',
    initial: () => ({ coUnits: [], assignedDate: today() }),
    toInput: (v) => ({ mainUnit: v.mainUnit ?? '', coUnits: v.coUnits ?? [], assignedDate: toIso(v.assignedDate), note: v.note ?? '' }),
    Fields: AssignFields,
  },
  extend: {
    title: '延期',
    initial: () => ({}),
    toInput: (v) => ({ newDueDate: toIso(v.newDueDate), reason: v.reason ?? '' }),
    Fields: () => (
      <>
        <Form.Item name="newDueDate" label="延期后的期限"><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item name="reason" label="延期理由"><Input.TextArea rows={2} /></Form.Item>
      </>
    ),
  },
  reply: {
    title: '登记答复',
    initial: (p) => ({ unit: nextReplyingUnit(p), date: today(), faceToFace: false, summary: '' }),
    toInput: (v) => ({ unit: v.unit ?? '', date: toIso(v.date), replyClass: v.replyClass, summary: v.summary ?? '', faceToFace: v.faceToFace ?? false }),
    Fields: ReplyFields,
  },
  feedback: {
    title: '评价',
    initial: () => ({ date: today() }),
    toInput: (v) => ({ date: toIso(v.date), rating: v.rating, processRating: v.processRating ?? null, resultRating: v.resultRating ?? null, note: v.note ?? '' }),
    Fields: FeedbackFields,
  },
  close: { title: '办结', initial: () => ({}), toInput: noteOnly, Fields: () => <NoteField /> },
  key: {
    title: '设为重点提案',
    titleFor: (p) => (p.keyProposal ? '修改督办' : '设为重点提案'),
    initial: (p) => ({ leaders: p.keyProposal?.leaders ?? [], activityIds: p.keyProposal?.activityIds ?? [] }),
    toInput: (v) => ({ key: true, leaders: v.leaders ?? [], activityIds: v.activityIds ?? [] }),
    Fields: KeyFields,
  },
};

/** What the step's button and its dialog are called for this proposal. */
export const transitionTitle = (kind: ModalKind, p: Proposal): string => TRANSITION_FORMS[kind].titleFor?.(p) ?? TRANSITION_FORMS[kind].title;
