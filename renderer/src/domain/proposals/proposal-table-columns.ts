// The columns of the 提案办理情况一览表, shared by the export (row building, the xlsx writer) and
// the import (header search, row parsing), so a table the program writes is a table it reads.
//
// The office's table has 案号, 案由, 提案者, 类别, 主办, 协办, 办复日期, 答复类别 and 满意度. A
// ledger needs more to rebuild the same proposals from it, so the export adds (and the import
// reads when present): 届次会议 (案号 count per session), 提案方式 (个人 / 联名 / 集体（党派）…,
// since 民革 is both a 党派 and a 界别), 收到日期, 阶段, 交办日期, 面商, 协办答复 (each 协办
// unit's own reply), 首轮办理 (the first round of a proposal handled twice after 不满意),
// 审查意见 (why 不予立案 and what it became, which proposal a 并案 joined, a 撤案's reason) and
// 重点督办 (the leaders of a 重点提案). Only 案由 is required on import; the rest have defaults or
// are checked against one another (阶段 已办复 without 办复日期 is refused, for instance).
import type { SheetColumns } from '../common/sheet-header';

export const PROPOSAL_TABLE_FIELDS = [
  'session', 'number', 'title', 'proposerKind', 'proposers', 'category', 'receivedDate', 'stage', 'mainUnit', 'coUnits',
  'assignedDate', 'replyDate', 'replyClass', 'faceToFace', 'rating', 'coReplies', 'firstRound', 'review', 'keyLeaders',
] as const;
export type ProposalTableField = (typeof PROPOSAL_TABLE_FIELDS)[number];

export const PROPOSAL_TABLE_LABELS: Record<ProposalTableField, string> = {
  session: '届次会议', number: '案号', title: '案由', proposerKind: '提案方式', proposers: '提案者', category: '类别',
  receivedDate: '收到日期', stage: '阶段', mainUnit: '主办', coUnits: '协办', assignedDate: '交办日期', replyDate: '办复日期',
  replyClass: '答复类别', faceToFace: '面商', rating: '满意度', coReplies: '协办答复', firstRound: '首轮办理', review: '审查意见',
  keyLeaders: '重点督办',
};

/** Column widths in Excel's character units; long text wraps. */
export const PROPOSAL_TABLE_WIDTHS: Record<ProposalTableField, { width: number; wide?: boolean }> = {
  session: { width: 14 }, number: { width: 6 }, title: { width: 40, wide: true }, proposerKind: { width: 11 },
  proposers: { width: 18, wide: true }, category: { width: 8 }, receivedDate: { width: 14 }, stage: { width: 9 },
  mainUnit: { width: 20, wide: true }, coUnits: { width: 20, wide: true }, assignedDate: { width: 14 }, replyDate: { width: 14 },
  replyClass: { width: 8 }, faceToFace: { width: 6 }, rating: { width: 10, wide: true }, coReplies: { width: 30, wide: true },
  firstRound: { width: 24, wide: true }, review: { width: 24, wide: true }, keyLeaders: { width: 14, wide: true },
};

const ALIASES: Record<ProposalTableField, readonly string[]> = {
  session: ['届次会议', '届次', '会议', '会次', '届次及会议', '提案会议'],
  number: ['案号', '提案号', '提案编号', '编号', '案卷号'],
  title: ['案由', '提案案由', '提案标题', '提案题目', '提案名称', '题目', '标题'],
  proposerKind: ['提案方式', '提案形式', '提案类型', '提出方式'],
  proposers: ['提案者', '提案人', '第一提案人', '提案单位', '提出者', '提案者单位'],
  category: ['类别', '提案类别', '分类', '所属类别', '内容分类'],
  receivedDate: ['收到日期', '收到时间', '提交日期', '提交时间', '提出日期', '提出时间'],
  stage: ['阶段', '办理阶段', '状态', '办理状态'],
  mainUnit: ['主办', '主办单位', '承办单位', '主办部门'],
  coUnits: ['协办', '协办单位', '会办', '会办单位', '协办部门'],
  assignedDate: ['交办日期', '交办时间'],
  replyDate: ['办复日期', '办复时间', '答复日期', '答复时间'],
  replyClass: ['答复类别', '答复类型', '答复分类', '办复类别'],
  faceToFace: ['面商', '是否面商', '面商情况'],
  rating: ['满意度', '满意情况', '评价', '委员评价', '提案者评价', '满意程度'],
  coReplies: ['协办答复', '协办单位答复', '会办单位答复'],
  firstRound: ['首轮办理', '第一轮办理', '首次办理'],
  review: ['审查意见', '审查情况', '审查结果'],
  keyLeaders: ['重点督办', '督办领导', '领衔督办', '重点提案'],
};

export const MAX_PROPOSAL_TABLE_ROWS = 3000;

export const PROPOSAL_TABLE_SPEC: SheetColumns<ProposalTableField> = {
  fields: PROPOSAL_TABLE_FIELDS,
  labels: PROPOSAL_TABLE_LABELS,
  aliases: ALIASES,
  ignored: ['序号', 'NO', 'NO.', '备注'],
  anchor: 'title',
  noun: '一览表',
  maxRows: MAX_PROPOSAL_TABLE_ROWS,
};

/** One proposal as the table shows it: a text per column. */
export type ProposalTableRow = Record<ProposalTableField, string>;

/** Joins names and units as the office writes them: 王明、李华. */
export const LIST_SEPARATOR = '、';
/** Separates one 协办 unit's reply from the next in 协办答复. */
export const ENTRY_SEPARATOR = '；';
