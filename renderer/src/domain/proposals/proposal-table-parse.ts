// One data row of an imported 提案办理情况一览表 → what it says about its proposal: the fields a
// form would enter (proposers resolved to members or a collective by name), the 案号 and session,
// the stage wanted, and the units, replies and rating the steps will record. Every problem names
// the row and the column; building the proposal from this is proposal-table-build.ts.
import { formatChineseDate } from '../common/dates';
import { normalizePersonName } from '../common/text';
import { cellText, type SheetCell } from '../common/sheet-header';
import { readDate } from '../members/roll-values';
import type { ProblemSeverity } from '../members/roll-row';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';
import { REJECTED_AS, REJECTION_REASONS, sessionKeyOf, type CollectiveKind, type ProposalFields, type ProposalStage, type RejectedAs, type RejectionReason } from './proposal';
import { PROPOSAL_TABLE_FIELDS, PROPOSAL_TABLE_LABELS, type ProposalTableField, type ProposalTableRow } from './proposal-table-columns';
import {
  readFaceToFace, readList, readNumber, readProposerKind, readRating, readReplyClass, readSession, readStage, type RatingRead, type SessionRead,
} from './proposal-table-cells';
import { readCoReplies, readFirstRound, type CoReply, type ReplyParts } from './proposal-table-replies';
import { replyClassesOf, type ProposalSettings } from './proposal-settings';

export interface ProposalTableProblem {
  /** The column the problem is in; null when it concerns the whole row. */
  field: ProposalTableField | null;
  severity: ProblemSeverity;
  /** Chinese, naming the row and the column: 第5行 主办“县XX局”不在单位字典中… */
  message: string;
}

export interface TableMember {
  id: string;
  name: string;
  deletedAt: string | null;
}

export interface ParseContext {
  dictionaries: Dictionaries;
  /** Live members: proposers are found among them by name. */
  members: readonly TableMember[];
  settings: ProposalSettings;
  currentTerm: number;
  /** The current term's plenary sessions, to date a proposal whose 收到日期 the table leaves out. */
  sessionDates: readonly { number: number; date: string }[];
  /** The session the title row names, for rows whose 届次会议 is blank. */
  titleSession: SessionRead | null;
}

export interface ParsedTableRow {
  rowNumber: number;
  /** The row's texts, for the preview. */
  cells: ProposalTableRow;
  fields: ProposalFields;
  number: number;
  sessionKey: string;
  stage: ProposalStage;
  rejection: { reason: RejectionReason; rejectedAs: RejectedAs } | null;
  /** The 案号 a 并案 joins, in the same session. */
  mergeInto: number | null;
  reviewNote: string;
  mainUnit: string;
  coUnits: string[];
  assignedDate: string;
  mainReply: { date: string; replyClass: ReplyParts['replyClass']; faceToFace: boolean } | null;
  rating: RatingRead | null;
  coReplies: CoReply[];
  firstRound: ReplyParts | null;
  keyLeaders: string[];
  problems: ProposalTableProblem[];
}

const REGISTERED_ORDER: readonly ProposalStage[] = ['已立案', '已交办', '已办复', '已评价', '已办结'];

function proposerFields(
  names: string[], kindCell: ReturnType<typeof readProposerKind>, ctx: ParseContext, error: (field: ProposalTableField, message: string) => void,
  warn: (field: ProposalTableField, message: string) => void,
): Pick<ProposalFields, 'proposerKind' | 'leadMemberId' | 'coSignerIds' | 'collectiveKind' | 'collectiveName'> | null {
  const empty = { leadMemberId: null, coSignerIds: [], collectiveKind: null, collectiveName: '' };
  if (!kindCell.ok) {
    error('proposerKind', kindCell.message);
    return null;
  }
  if (!names.length) {
    error('proposers', '没有填写提案者');
    return null;
  }
  if (names.some((n) => /等\d*人?$/.test(n))) {
    error('proposers', `提案者“${names.join('、')}”请写出全部提案人的姓名，第一提案人在前`);
    return null;
  }
  const { kind, collectiveKind } = kindCell.value;
  const memberIdsOf = (name: string) => ctx.members.filter((m) => m.deletedAt === null && m.name === normalizePersonName(name)).map((m) => m.id);
  const collectiveKinds = (name: string): CollectiveKind[] => {
    const d = ctx.dictionaries;
    return [d.party.includes(name) ? '党派' : null, d.sector.includes(name) ? '界别' : null, d.committee.includes(name) ? '专委会' : null].filter(
      (k): k is CollectiveKind => k !== null,
    );
  };
  const asCollective = kind === '集体' || (kind === null && names.length === 1 && !memberIdsOf(names[0]!).length && collectiveKinds(names[0]!).length > 0);
  if (asCollective) {
    const name = names.join('');
    const kinds = collectiveKinds(name);
    const chosen = collectiveKind ?? kinds[0] ?? null;
    if (!chosen) {
      error('proposers', `集体提案者“${name}”不在党派、界别或专委会字典中，请先在设置中添加`);
      return null;
    }
    if (!collectiveKind && kinds.length > 1) {
      warn('proposerKind', `“${name}”既是${kinds.join('也是')}，按${chosen}记；如不是，请在提案方式中写明，如 集体（${kinds[1]}）`);
    }
    return { ...empty, proposerKind: '集体', collectiveKind: chosen, collectiveName: name };
  }
  const ids: string[] = [];
  for (const name of names) {
    const found = memberIdsOf(name);
    if (found.length === 1) ids.push(found[0]!);
    else if (found.length > 1) error('proposers', `提案者“${name}”在委员名单中有${found.length}位同名委员，无法确定是哪一位，请在台账中核对后手工录入`);
    else error('proposers', `提案者“${name}”不在委员名单中：请先导入委员名册或添加该委员${names.length === 1 ? '；如是集体提案，请在提案方式中写“集体”' : ''}`);
  }
  if (ids.length !== names.length) return null;
  const proposerKind = kind ?? (ids.length > 1 ? '联名' : '个人');
  return { ...empty, proposerKind, leadMemberId: ids[0]!, coSignerIds: ids.slice(1) };
}

function reviewOf(stage: ProposalStage, text: string, error: (field: ProposalTableField, message: string) => void): Pick<ParsedTableRow, 'rejection' | 'mergeInto' | 'reviewNote'> {
  const out: Pick<ParsedTableRow, 'rejection' | 'mergeInto' | 'reviewNote'> = { rejection: null, mergeInto: null, reviewNote: text };
  if (stage === '不予立案') {
    const reason = REJECTION_REASONS.find((r) => text.includes(r));
    const rejectedAs = REJECTED_AS.find((r) => text.includes(r));
    if (!reason) error('review', `不予立案的提案请在审查意见中写明理由，应为以下之一：${REJECTION_REASONS.join('、')}`);
    else if (!rejectedAs) error('review', `不予立案的提案请在审查意见中写明转为${REJECTED_AS.join('、')}中的哪一种`);
    else out.rejection = { reason, rejectedAs };
  }
  if (stage === '已并案') {
    const m = /并入第?\s*(\d+)\s*号/.exec(text);
    if (m) out.mergeInto = Number(m[1]);
    else error('review', '并案的提案请在审查意见中写明并入第几号提案，如 并入第3号提案');
  }
  return out;
}

/** The stage the columns say when 阶段 is blank: the furthest step they record. */
function derivedStage(review: string, mainUnit: string, replied: boolean, rated: boolean): ProposalStage {
  if (/并入第?\s*\d+\s*号/.test(review)) return '已并案';
  if (REJECTION_REASONS.some((r) => review.includes(r))) return '不予立案';
  if (rated) return '已评价';
  if (replied) return '已办复';
  return mainUnit ? '已交办' : '已立案';
}

export function parseTableRow(row: readonly SheetCell[], rowNumber: number, mapping: Partial<Record<ProposalTableField, number>>, ctx: ParseContext): ParsedTableRow {
  const at = (field: ProposalTableField): SheetCell => {
    const col = mapping[field];
    return col === undefined ? null : (row[col] ?? null);
  };
  const cells = Object.fromEntries(PROPOSAL_TABLE_FIELDS.map((f) => [f, cellText(at(f))])) as ProposalTableRow;
  const problems: ProposalTableProblem[] = [];
  const add = (severity: ProblemSeverity) => (field: ProposalTableField | null, message: string) => {
    const label = field ? PROPOSAL_TABLE_LABELS[field] : '';
    const named = !label || message.includes(label) ? message : `${label}：${message}`;
    problems.push({ field, severity, message: `第${rowNumber}行 ${named}` });
  };
  const error = add('error');
  const warn = add('warning');
  // A check across columns says nothing new about a column already reported as unreadable.
  const errorOnce = (field: ProposalTableField, message: string) => problems.some((p) => p.field === field) || error(field, message);
  const take = <T>(field: ProposalTableField, read: { ok: true; value: T } | { ok: false; message: string }, fallback: T): T => {
    if (read.ok) return read.value;
    error(field, read.message);
    return fallback;
  };
  const classes = replyClassesOf(ctx.settings.replyScheme);

  const title = cells.title;
  if (!title) error('title', '没有填写案由');
  const number = take('number', readNumber(at('number')), null);
  if (number === null && !problems.some((p) => p.field === 'number')) error('number', '没有填写案号');

  let session = take('session', readSession(at('session')), null) ?? ctx.titleSession;
  let receivedDate = take('receivedDate', readDate(at('receivedDate'), '收到日期'), '');
  if (!session && !problems.some((p) => p.field === 'session')) error('session', '没有填写届次会议（如 九届二次会议，或 2025年平时提案），标题中也没有写明');
  if (session?.kind === 'between' && session.year !== null && receivedDate && Number(receivedDate.slice(0, 4)) !== session.year) {
    error('receivedDate', `收到日期${formatChineseDate(receivedDate)}不在${session.year}年，与届次会议“${session.year}年平时提案”不符`);
  }
  if (!receivedDate && session && !problems.some((p) => p.field === 'receivedDate')) {
    const plenary = session.kind === 'plenary' && session.term === ctx.currentTerm ? session.session : null;
    const plenaryDate = ctx.sessionDates.find((s) => s.number === plenary)?.date;
    if (plenaryDate) {
      receivedDate = plenaryDate;
      warn('receivedDate', `没有填写收到日期，按该次会议的日期${formatChineseDate(plenaryDate)}记`);
    } else {
      error('receivedDate', '没有填写收到日期');
    }
  }
  if (session?.kind === 'between' && session.year === null && receivedDate) session = { kind: 'between', year: Number(receivedDate.slice(0, 4)) };

  const proposers = proposerFields(readList(at('proposers')), readProposerKind(at('proposerKind')), ctx, error, warn);

  const mainUnit = cells.mainUnit;
  const coUnits = readList(at('coUnits'));
  for (const [field, unit] of [['mainUnit', mainUnit], ...coUnits.map((u) => ['coUnits', u])] as [ProposalTableField, string][]) {
    if (unit && !ctx.dictionaries.unit.includes(unit)) error(field, `${PROPOSAL_TABLE_LABELS[field]}“${unit}”不在单位字典中，请先在设置的单位字典中添加`);
  }
  if (!mainUnit && coUnits.length) error('mainUnit', '填写了协办单位，但没有填写主办单位');
  const assignedRead = take('assignedDate', readDate(at('assignedDate'), '交办日期'), '');
  const replyDate = take('replyDate', readDate(at('replyDate'), '办复日期'), '');
  const replyClass = take('replyClass', readReplyClass(at('replyClass'), classes), null);
  const faceToFace = take('faceToFace', readFaceToFace(at('faceToFace')), false);
  const rating = take('rating', readRating(at('rating')), null);
  const coReplies = take('coReplies', readCoReplies(at('coReplies'), classes), []);
  const firstRound = take('firstRound', readFirstRound(at('firstRound'), classes), null);
  if (replyDate && !replyClass && !problems.some((p) => p.field === 'replyClass')) error('replyClass', '填写了办复日期，但没有填写答复类别');
  if (replyClass && !replyDate && !problems.some((p) => p.field === 'replyDate')) error('replyDate', '填写了答复类别，但没有填写办复日期');
  for (const r of coReplies) {
    if (!coUnits.includes(r.unit)) error('coReplies', `协办答复中的“${r.unit}”不是本提案的协办单位`);
  }

  const stageRead = take('stage', readStage(at('stage')), null);
  const replied = replyDate !== '' || firstRound !== null;
  const stage = stageRead ?? derivedStage(cells.review, mainUnit, replied, rating !== null);
  const review = reviewOf(stage, cells.review, error);
  const registered = REGISTERED_ORDER.indexOf(stage);
  if (registered < 1 && (mainUnit || replyDate || rating || firstRound)) {
    error('stage', `阶段为“${stage}”的提案尚未交办，不应填写主办单位、办复日期、首轮办理或满意度`);
  }
  if (stage === '已交办' && (replyDate || rating)) error('stage', '阶段为“已交办”的提案本轮尚未办复，不应填写办复日期或满意度');
  if (registered >= 1 && !mainUnit) errorOnce('mainUnit', `阶段为“${stage}”的提案应填写主办单位`);
  if (['已办复', '已评价', '已办结'].includes(stage) && !replyDate) errorOnce('replyDate', `阶段为“${stage}”的提案应填写主办单位的办复日期`);
  if (stage === '已办复' && rating) error('stage', '填写了满意度的提案，阶段应为“已评价”或“已办结”');
  if (stage === '已评价' && !rating) errorOnce('rating', '阶段为“已评价”的提案应填写满意度');
  if (registered >= 1 && !assignedRead && receivedDate) warn('assignedDate', `没有填写交办日期，按收到日期${formatChineseDate(receivedDate)}记`);

  const fields: ProposalFields = {
    term: session?.kind === 'plenary' ? session.term : null,
    session: session?.kind === 'plenary' ? session.session : null,
    title, category: cells.category, receivedDate, text: '',
    ...(proposers ?? { proposerKind: '个人', leadMemberId: null, coSignerIds: [], collectiveKind: null, collectiveName: '' }),
  };
  return {
    rowNumber, cells, fields, number: number ?? 0, sessionKey: receivedDate ? sessionKeyOf(fields.term, fields.session, receivedDate) : '',
    stage, ...review, mainUnit, coUnits, assignedDate: assignedRead || receivedDate,
    mainReply: replyDate && replyClass ? { date: replyDate, replyClass, faceToFace } : null,
    rating, coReplies, firstRound, keyLeaders: readList(at('keyLeaders')), problems,
  };
}
