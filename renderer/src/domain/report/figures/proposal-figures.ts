// Proposal figures for the report: every figure of computeProposalFigures (domain/proposals), for
// the proposals received in the year up to `until` (or, for a session's report, that session's), each as it stood on `until` — a reply or a
// 征询意见表 dated later is not yet counted, so a report written 截至11月底 and printed again in
// January says the same. The values come from computeProposalFigures itself; the records beside
// them are picked with the same predicates (isRegistered, finalMainReply …), and a test checks
// that each count equals its records.
import type { Ledger } from '../../ledger/ledger';
import { PENDING_STAGES, PROPOSER_KINDS, REJECTED_AS, isRegistered, sessionLabelOf, type Proposal, type ProposalStage } from '../../proposals/proposal';
import { computeProposalFigures, finalMainReply, isProposalRate, PROPOSAL_FIGURE_LABELS, PROPOSAL_FIGURE_UNITS, PROPOSAL_RATES, type ProposalFigures, type ScalarFigure } from '../../proposals/proposal-figures';
import type { ReplyClass } from '../../proposals/proposal';
import type { ReplyScheme } from '../../proposals/proposal-settings';
import { DEFAULT_PROPOSAL_CATEGORIES } from '../../dictionaries/default-dictionaries';
import { dictionariesFrom, type DictionaryEntry } from '../../dictionaries/dictionary-kinds';
import { PROPOSAL_CATEGORIES } from '../../dictionaries/proposal-categories';
import { codeByName, customEntries } from '../../dictionaries/dictionary-codes';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { rateResult, referencedOnRead, type FigureRecordRef, type FigureResult } from '../figure-result';
import type { Ratio } from '../../common/percent';
import { inScopeDate, memo, scopeKey, sharedRef } from './figure-slices';
import { lastLiveRow, liveRows } from '../../common/row-stamps';

const GROUP = '提案';


export const REPLY_CLASS_LABELS = { A: 'A类', B: 'B类', C: 'C类', D: 'D类' } as const;

const PROPOSER_KEYS = { 个人: 'individual', 联名: 'joint', 集体: 'collective' } as const;
const REJECTED_AS_KEYS = { 社情民意信息: 'publicOpinion', 委员来信: 'letter', 意见建议: 'suggestion' } as const;

/** The registered path, in order: a later event implies every step before it. */
const LIFECYCLE_ORDER: readonly ProposalStage[] = ['待审查', '退回修改', '已立案', '已交办', '已办复', '已评价', '已办结'];

/**
 * The proposal as it stood at the end of `until`: later steps, replies and feedback undone.
 * A step's history row is dated the day it was typed, which may be months after the event (a
 * session's proposals entered in December), while 交办, replies and feedback carry the dates they
 * really happened. So the stage is the furthest of what the history says and what those dated
 * events imply: a reply dated in June means the proposal was registered and assigned by June.
 * 不予立案, 并案 and 撤案 have no dated event but their step, so the history decides those.
 */
/** Whether a live row is dated after `until` (a loop: it runs over every row of a year's proposals). */
function anyLiveAfter(rows: readonly { deletedAt: string | null; date: string }[], until: string): boolean {
  for (const row of rows) if (row.deletedAt === null && row.date > until) return true;
  return false;
}

export function proposalAsOf(p: Proposal, until: string): Proposal {
  const later = (date: string) => date > until;
  // Most proposals have nothing after the date: told without copying their lists.
  if (!anyLiveAfter(p.history, until) && !anyLiveAfter(p.replies, until) && !anyLiveAfter(p.feedback, until) && !(p.assignment && later(p.assignment.assignedDate))) return p;
  const history = liveRows(p.history).filter((h) => !later(h.date));
  // The latest step on or before the date; of steps on one day, the one written last.
  let stage: ProposalStage = '待审查';
  let at = '';
  for (const h of history) if (h.date >= at) [stage, at] = [h.to, h.date];
  const assignment = p.assignment && !later(p.assignment.assignedDate) ? p.assignment : null;
  const replies = liveRows(p.replies).filter((r) => !later(r.date));
  // A rating answers a reply: none counts before the reply it rates.
  const feedback = replies.length ? liveRows(p.feedback).filter((f) => !later(f.date)) : [];
  const implied: ProposalStage | null = feedback.length ? '已评价' : replies.length ? '已办复' : assignment ? '已交办' : null;
  if (implied && LIFECYCLE_ORDER.includes(stage) && LIFECYCLE_ORDER.indexOf(implied) > LIFECYCLE_ORDER.indexOf(stage)) stage = implied;
  return { ...p, stage, history, replies, feedback, assignment };
}

// localeCompare's own order (the default locale's), from one collator: localeCompare sets one up per call.
const compareKeys = new Intl.Collator().compare;

/**
 * The sessions' order as compareKeys gives it, as ranks: a year's hundreds of proposals hold two
 * or three session keys, so the collator orders those few once, not every pair of proposals.
 * Keys it holds equal share a rank, so sorting by rank orders exactly as comparing the keys does.
 */
function sessionRanks(keys: Iterable<string>): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = 0;
  let previous: string | undefined;
  for (const key of [...new Set(keys)].sort(compareKeys)) {
    if (previous !== undefined && compareKeys(previous, key) !== 0) rank++;
    ranks.set(key, rank);
    previous = key;
  }
  return ranks;
}

/**
 * The proposals by session (sessionRanks) and number. Each session's proposals are gathered in
 * their order and sorted by number, and the sessions put in rank order: what one stable sort by
 * rank, then number, gives, without two map lookups per comparison.
 */
function bySessionAndNumber(proposals: readonly Proposal[]): Proposal[] {
  const rank = sessionRanks(proposals.map((p) => p.sessionKey));
  const groups = new Map<number, Proposal[]>();
  for (const p of proposals) {
    const r = rank.get(p.sessionKey)!;
    const group = groups.get(r);
    if (group) group.push(p);
    else groups.set(r, [p]);
  }
  const out: Proposal[] = [];
  for (const r of [...groups.keys()].sort((a, b) => a - b)) out.push(...groups.get(r)!.sort((a, b) => a.number - b.number));
  return out;
}

interface ProposalSlice {
  proposals: Proposal[];
  figures: ProposalFigures;
}

function proposalSlice(ledger: Ledger, scope: FigureScope): ProposalSlice {
  return memo(ledger, `proposals|${scopeKey(scope)}`, () => {
    const inScope = ledger.proposals
      .filter((p) => p.deletedAt === null && (scope.sessionKey ? p.sessionKey === scope.sessionKey && p.receivedDate <= scope.until : inScopeDate(p.receivedDate, scope)))
      .map((p) => proposalAsOf(p, scope.until));
    const proposals = bySessionAndNumber(inScope);
    const categories = dictionariesFrom(ledger.dictionary).proposalCategory;
    // Already cut to the scope: the session scope keeps them all.
    const figures = computeProposalFigures(proposals, scope.sessionKey ? { kind: 'session', sessionKey: scope.sessionKey } : { kind: 'year', year: scope.year }, {
      categories: categories.length ? categories : DEFAULT_PROPOSAL_CATEGORIES,
      scheme: ledger.settings?.proposals?.replyScheme ?? 'ABC',
    });
    return { proposals, figures };
  });
}

function proposalRef(p: Proposal): FigureRecordRef {
  return sharedRef(p, () => ({ table: 'proposals', id: p.id, label: `${sessionLabelOf(p)}第${p.number}号《${p.title}》` }));
}

const lastRating = (p: Proposal) => lastLiveRow(p.feedback)?.rating;
const replied = (p: Proposal) => isRegistered(p) && finalMainReply(p) !== undefined;

/**
 * Which proposals make up each scalar figure (for a rate, its numerator). Keyed by name rather
 * than typed as Record<ScalarFigure> so that a scalar added to ProposalFigures still reaches the
 * catalogue; the catalogue's test fails until its records are listed here.
 */
const RECORDS_OF: Readonly<Record<string, (p: Proposal) => boolean>> = {
  received: () => true,
  registered: isRegistered,
  registrationRate: isRegistered,
  merged: (p) => p.stage === '已并案',
  rejected: (p) => p.stage === '不予立案',
  withdrawn: (p) => p.stage === '已撤案',
  pending: (p) => PENDING_STAGES.includes(p.stage),
  assigned: (p) => isRegistered(p) && p.assignment !== null,
  unitsAssigned: (p) => isRegistered(p) && p.assignment !== null,
  replied,
  replyRate: replied,
  feedbackReturned: (p) => lastRating(p) !== undefined,
  satisfied: (p) => lastRating(p) === '满意',
  basicallySatisfied: (p) => lastRating(p) === '基本满意',
  dissatisfied: (p) => lastRating(p) === '不满意',
  satisfactionRate: (p) => lastRating(p) === '满意',
  satisfiedOrBasicRate: (p) => lastRating(p) === '满意' || lastRating(p) === '基本满意',
  faceToFace: (p) => replied(p) && finalMainReply(p)!.faceToFace,
  faceToFaceRate: (p) => replied(p) && finalMainReply(p)!.faceToFace,
  keyCount: (p) => isRegistered(p) && p.keyProposal !== null,
  excellent: (p) => isRegistered(p) && p.excellent,
};

/** A share of `of` proposals in `mine`, with them as its records. */
function shareOf(mine: readonly Proposal[], of: number): FigureResult {
  return rateResult({ part: mine.length, whole: of }, mine.length, () => mine.map(proposalRef));
}

function figure(key: string, label: string, unit: string, value: (f: ProposalFigures) => number, pick: (p: Proposal) => boolean): FigureDefinition {
  return {
    key, label, unit, group: GROUP,
    count(ledger, scope) {
      const s = proposalSlice(ledger, scope);
      return referencedOnRead(value(s.figures), s.proposals.filter(pick), proposalRef);
    },
  };
}

/** A rate of computeProposalFigures: what it divides from `ratio`, its records (the numerator's) picked by `pick`. */
function rateFigure(key: string, label: string, ratio: (f: ProposalFigures) => Ratio, pick: (p: Proposal) => boolean): FigureDefinition {
  return {
    key, label, unit: '%', group: GROUP,
    count(ledger, scope) {
      const s = proposalSlice(ledger, scope);
      const mine = s.proposals.filter(pick);
      return rateResult(ratio(s.figures), mine.length, () => mine.map(proposalRef));
    },
  };
}

/**
 * What the replies came to, whatever letters the office's scheme uses: under A/B/C, C is 留作参考;
 * under A/B/C/D it is D, and B and C together are 正在解决或列入计划. A report sentence written
 * with these reads right under either scheme, which one written with the letters cannot.
 */
const RESULTS: Record<'solved' | 'planned' | 'reference', { label: string; classes: Record<ReplyScheme, readonly ReplyClass[]> }> = {
  solved: { label: '答复所提问题已经解决或基本解决', classes: { ABC: ['A'], ABCD: ['A'] } },
  planned: { label: '答复正在解决或列入计划逐步解决', classes: { ABC: ['B'], ABCD: ['B', 'C'] } },
  reference: { label: '答复因条件限制留作参考', classes: { ABC: ['C'], ABCD: ['D'] } },
};

function resultFigures(which: keyof typeof RESULTS): FigureDefinition[] {
  const { label, classes } = RESULTS[which];
  const picked = (ledger: Ledger, scope: FigureScope) => {
    const s = proposalSlice(ledger, scope);
    const wanted = classes[ledger.settings?.proposals?.replyScheme ?? 'ABC'];
    const all = s.proposals.filter(replied);
    return { all, mine: all.filter((p) => wanted.includes(finalMainReply(p)!.replyClass)) };
  };
  return [
    { key: `proposals.result.${which}`, label, unit: '件', group: GROUP, count: (ledger, scope) => { const { mine } = picked(ledger, scope); return referencedOnRead(mine.length, mine, proposalRef); } },
    {
      key: `proposals.result.${which}.share`, label: `${label}占比`, unit: '%', group: GROUP,
      count: (ledger, scope) => { const { all, mine } = picked(ledger, scope); return shareOf(mine, all.length); },
    },
  ];
}

/**
 * Registered proposals of one 类别, by code: the name each proposal holds goes to its code through
 * the dictionary, so a 类别 renamed in 设置 keeps its figures. The share's base is every
 * registered proposal, as computeProposalFigures' byCategory.
 */
function categoryFigures(code: string, name: string): FigureDefinition[] {
  const picked = (ledger: Ledger, scope: FigureScope) => {
    const s = proposalSlice(ledger, scope);
    const codeOf = memo(ledger, 'proposalCategoryCodes', () => codeByName(ledger.dictionary, 'proposalCategory'));
    const registered = s.proposals.filter(isRegistered);
    return { registered, mine: registered.filter((p) => codeOf.get(p.category) === code) };
  };
  return [
    { key: `proposals.category.${code}`, label: `立案提案中${name}方面`, unit: '件', group: GROUP, count: (ledger, scope) => { const { mine } = picked(ledger, scope); return referencedOnRead(mine.length, mine, proposalRef); } },
    {
      key: `proposals.category.${code}.share`, label: `立案提案中${name}方面占比`, unit: '%', group: GROUP,
      count: (ledger, scope) => { const { registered, mine } = picked(ledger, scope); return shareOf(mine, registered.length); },
    },
  ];
}

/** The office's own 提案类别 (设置 → 字典), each counted and shared under its name like a default one. */
export function officeProposalCategoryFigures(dictionary: readonly DictionaryEntry[]): FigureDefinition[] {
  return customEntries(dictionary, 'proposalCategory').flatMap((e) => categoryFigures(e.code!, e.name));
}

const scalarKeys = Object.keys(PROPOSAL_FIGURE_LABELS) as ScalarFigure[];

export const PROPOSAL_REPORT_FIGURES: readonly FigureDefinition[] = withSynonyms([
  ...scalarKeys.map((k) => {
    const pick = RECORDS_OF[k] ?? (() => false);
    return isProposalRate(k) ? rateFigure(`proposals.${k}`, PROPOSAL_FIGURE_LABELS[k], PROPOSAL_RATES[k], pick) : figure(`proposals.${k}`, PROPOSAL_FIGURE_LABELS[k], PROPOSAL_FIGURE_UNITS[k], (f) => f[k], pick);
  }),
  ...PROPOSER_KINDS.map((kind) =>
    figure(`proposals.proposer.${PROPOSER_KEYS[kind]}`, `${kind}提案`, '件', (f) => f.byProposerKind[kind], (p) => p.proposerKind === kind),
  ),
  ...REJECTED_AS.map((as) =>
    figure(`proposals.rejectedAs.${REJECTED_AS_KEYS[as]}`, `不予立案转${as}`, '件', (f) => f.rejectedAs[as], (p) => p.stage === '不予立案' && p.rejection?.rejectedAs === as),
  ),
  ...PROPOSAL_CATEGORIES.flatMap((c) => categoryFigures(c.code, c.name)),
  ...(Object.keys(REPLY_CLASS_LABELS) as (keyof typeof REPLY_CLASS_LABELS)[]).flatMap((cls) => {
    const of = (f: ProposalFigures) => f.byClass.find((c) => c.name === cls);
    const pick = (p: Proposal) => replied(p) && finalMainReply(p)!.replyClass === cls;
    return [
      figure(`proposals.class.${cls}`, `${cls}类答复`, '件', (f) => of(f)?.count ?? 0, pick),
      rateFigure(`proposals.class.${cls}.share`, `${cls}类答复占比`, (f) => ({ part: of(f)?.count ?? 0, whole: f.replied }), pick),
    ];
  }),
  ...resultFigures('solved'),
  ...resultFigures('planned'),
  ...resultFigures('reference'),
  figure('proposals.keyLeaders', '领衔督办重点提案的领导', '名', (f) => f.keyLeaders.length, (p) => isRegistered(p) && (p.keyProposal?.leaders.length ?? 0) > 0),
], {
  'proposals.received': ['共收到提案', '收到提案', '提交提案', '收到委员提案', '征集提案', '提出提案'],
  'proposals.registered': ['审查立案', '立案', '予以立案', '给予立案'],
  'proposals.registrationRate': ['立案率'],
  'proposals.merged': ['并案处理', '并案', '并入其他提案', '并入', '合并办理'],
  'proposals.rejected': ['不予立案', '不立案', '未予立案', '不符合立案'],
  'proposals.withdrawn': ['撤案', '撤回'],
  'proposals.pending': ['尚在审查', '正在审查', '审查中'],
  'proposals.assigned': ['交办', '交由'],
  'proposals.unitsAssigned': ['承办单位', '交由承办单位', '个单位承办', '单位承办', '单位办理'],
  'proposals.replied': ['已办复', '办复', '办结', '已办结', '答复'],
  'proposals.replyRate': ['办复率', '办结率', '答复率'],
  'proposals.feedbackReturned': ['征询意见表', '反馈意见表', '办理情况征询意见表', '办理情况反馈表', '反馈表'],
  'proposals.satisfied': ['满意'],
  'proposals.basicallySatisfied': ['基本满意'],
  'proposals.dissatisfied': ['不满意'],
  'proposals.satisfactionRate': ['满意率'],
  'proposals.satisfiedOrBasicRate': ['满意和基本满意率', '满意及基本满意率', '总体满意率', '满意率（含基本满意）'],
  'proposals.faceToFace': ['面商', '面商办理', '当面协商', '见面协商', '见面沟通', '当面沟通'],
  'proposals.faceToFaceRate': ['面商率', '见面协商率', '当面协商率'],
  'proposals.keyCount': ['重点提案', '列为重点提案', '确定重点提案'],
  'proposals.excellent': ['优秀提案'],
  'proposals.proposer.individual': ['个人提案', '委员个人提案', '个人提出'],
  'proposals.proposer.joint': ['联名提案', '委员联名提案', '联名提出'],
  'proposals.proposer.collective': ['集体提案', '党派团体提案', '界别集体提案', '集体名义提出'],
  'proposals.rejectedAs.publicOpinion': ['作为社情民意信息处理', '转社情民意信息', '转为社情民意', '转为社情民意信息'],
  'proposals.rejectedAs.letter': ['作为委员来信处理', '转委员来信', '委员来信'],
  'proposals.rejectedAs.suggestion': ['作为意见建议处理', '转意见建议', '意见建议函'],
  'proposals.category.economy': ['经济建设', '经济建设方面', '经济建设类', '经济方面', '经济发展', '县域经济'],
  'proposals.category.politics': ['政治建设', '政治建设方面', '政治建设类', '政治方面', '民主法治'],
  'proposals.category.culture': ['文化建设', '文化建设方面', '文化建设类', '文化方面', '科教文卫', '教育、文化、卫生'],
  'proposals.category.society': ['社会建设', '社会建设方面', '社会建设类', '社会方面', '社会民生', '民生保障'],
  'proposals.category.ecology': ['生态文明建设', '生态文明建设方面', '生态文明建设类', '生态文明方面', '生态环境', '生态修复'],
  'proposals.category.other': ['其他方面', '其他类'],
  'proposals.class.A': ['A类'],
  'proposals.class.B': ['B类'],
  'proposals.class.C': ['C类'],
  'proposals.class.D': ['D类'],
  'proposals.result.solved': ['已经解决或基本解决', '已解决或基本解决', '解决或基本解决'],
  'proposals.result.planned': ['正在解决或列入计划逐步解决', '列入计划逐步解决', '正在解决'],
  'proposals.result.reference': ['因条件限制留作参考', '留作参考', '作为工作参考', '作为参考'],
  'proposals.keyLeaders': ['县领导领衔督办', '领导领衔督办', '名县领导', '领衔督办'],
});
