// Proposals → the rows of the 提案办理情况一览表. Proposers are named as the office writes them
// (the first proposer, then the co-signers; a 集体 proposal by its collective's name); a
// proposal's reply and rating are those of its latest round, as the figures count them, with the
// first round in 首轮办理 when 不满意 sent it round again. Every text is one the import reads back.
import { formatChineseDate } from '../common/dates';
import { sessionLabelOf, type Proposal, type ReplyRow } from './proposal';
import { ENTRY_SEPARATOR, LIST_SEPARATOR, type ProposalTableRow } from './proposal-table-columns';
import { liveRows } from '../common/row-stamps';

export interface ProposalTable {
  title: string;
  rows: ProposalTableRow[];
  /** True when the ledger held only 示例数据 and the table is that sample (its title says so). */
  sample: boolean;
  /** Sample proposals left out of a table of the office's own proposals. */
  skippedSample: number;
}

/** A deleted member keeps their name in the table; an id nobody knows is written as such. */
function nameOf(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) ?? '（未知委员）';
}

export function proposersText(p: Pick<Proposal, 'proposerKind' | 'leadMemberId' | 'coSignerIds' | 'collectiveName'>, names: ReadonlyMap<string, string>): string {
  if (p.proposerKind === '集体') return p.collectiveName;
  return [p.leadMemberId, ...p.coSignerIds].filter((id): id is string => id !== null).map((id) => nameOf(names, id)).join(LIST_SEPARATOR);
}

export function proposerKindText(p: Pick<Proposal, 'proposerKind' | 'collectiveKind'>): string {
  return p.proposerKind === '集体' ? `集体（${p.collectiveKind ?? ''}）` : p.proposerKind;
}

const classText = (r: ReplyRow) => `${r.replyClass}类`;

function coReplyText(r: ReplyRow): string {
  const parts = [classText(r), formatChineseDate(r.date), r.faceToFace ? '面商' : '', r.round === 2 ? '第二轮' : ''];
  return `${r.unit}：${parts.filter(Boolean).join('，')}`;
}

function ratingText(f: Proposal['feedback'][number] | undefined): string {
  if (!f) return '';
  if (!f.processRating || !f.resultRating) return f.rating;
  return `${f.rating}（办理过程${f.processRating}，办理结果${f.resultRating}）`;
}

/** The note the office wrote for the review outcome: 不予立案's reason, 并案's target, a 撤案's reason. */
function reviewText(p: Proposal, numbers: ReadonlyMap<string, number>): string {
  if (p.stage === '不予立案' && p.rejection) return `理由：${p.rejection.reason}；转为${p.rejection.rejectedAs}`;
  if (p.stage === '已并案' && p.mergedIntoId) {
    const target = numbers.get(p.mergedIntoId);
    return target === undefined ? '并入其他提案' : `并入第${target}号提案`;
  }
  if (p.stage === '已撤案' || p.stage === '退回修改') return liveRows(p.history).findLast((h) => h.to === p.stage)?.note ?? '';
  return '';
}

export function proposalTableRow(p: Proposal, names: ReadonlyMap<string, string>, numbers: ReadonlyMap<string, number>): ProposalTableRow {
  const mainOf = (round: number) => liveRows(p.replies).find((r) => r.round === round && r.role === '主办');
  const main = mainOf(p.round);
  const first = p.round === 2 ? mainOf(1) : undefined;
  const firstRating = liveRows(p.feedback).find((f) => f.round === 1);
  const units = p.assignment?.units ?? [];
  return {
    session: sessionLabelOf(p),
    number: String(p.number),
    title: p.title,
    proposerKind: proposerKindText(p),
    proposers: proposersText(p, names),
    category: p.category,
    receivedDate: formatChineseDate(p.receivedDate),
    stage: p.stage,
    mainUnit: units.find((u) => u.role === '主办')?.unit ?? '',
    coUnits: units.filter((u) => u.role === '协办').map((u) => u.unit).join(LIST_SEPARATOR),
    assignedDate: p.assignment ? formatChineseDate(p.assignment.assignedDate) : '',
    replyDate: main ? formatChineseDate(main.date) : '',
    replyClass: main ? classText(main) : '',
    faceToFace: main ? (main.faceToFace ? '是' : '否') : '',
    rating: ratingText(liveRows(p.feedback).find((f) => f.round === p.round)),
    coReplies: liveRows(p.replies).filter((r) => r.role === '协办').map(coReplyText).join(ENTRY_SEPARATOR),
    firstRound: first ? [classText(first), formatChineseDate(first.date), first.faceToFace ? '面商' : '', firstRating?.rating ?? ''].filter(Boolean).join('，') : '',
    review: reviewText(p, numbers),
    keyLeaders: p.keyProposal?.leaders.join(LIST_SEPARATOR) ?? '',
  };
}

/**
 * The table of the live proposals given (one session's or one year's), by session and 案号.
 * Fictional sample proposals never go into a table the office sends out; a ledger holding only
 * the sample exports it under a title that says so, as the roll export does.
 */
export function buildProposalTable(all: readonly Proposal[], names: ReadonlyMap<string, string>, title: string): ProposalTable {
  const live = all.filter((p) => p.deletedAt === null);
  const own = live.filter((p) => !p.isSample);
  const sample = own.length === 0 && live.length > 0;
  const chosen = (sample ? live : own).sort((a, b) => a.year - b.year || a.sessionKey.localeCompare(b.sessionKey) || a.number - b.number);
  const numbers = new Map(all.map((p) => [p.id, p.number]));
  return {
    title: sample ? `${title}（示例数据）` : title,
    rows: chosen.map((p) => proposalTableRow(p, names, numbers)),
    sample,
    skippedSample: live.length - chosen.length,
  };
}
