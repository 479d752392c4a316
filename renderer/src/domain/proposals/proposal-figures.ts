// The proposal figures a report quotes (docs/domain.md), for one session or one year,
// each with its Chinese label. Counts are of proposals (件): a proposal's class, 面商 and
// satisfaction are those of its latest round — the 主办 unit's reply and the proposer's last
// 征询意见表 — so that a proposal handled twice is counted once, with its final outcome.
import { PENDING_STAGES, PROPOSER_KINDS, REJECTED_AS, isRegistered, type Proposal, type ProposerKind, type RejectedAs, type ReplyClass, type ReplyRow } from './proposal';
import { replyClassesOf, type ReplyScheme } from './proposal-settings';
import { lastLiveRow } from '../common/row-stamps';
import { percentText, type Ratio } from '../common/percent';

export type ProposalScope = { kind: 'session'; sessionKey: string } | { kind: 'year'; year: number };

export interface CountShare<N extends string = string> {
  name: N;
  count: number;
  /** What the share is of (立案 for 类别, 办复 for 答复类别). */
  base: number;
  /** Percent of the figure's base, unrounded; 0 when the base is 0. Printed from count and base (formatRate). */
  share: number;
}

export interface KeyProposalLine {
  number: number;
  title: string;
  leaders: string[];
}

export interface ProposalFigures {
  received: number;
  byProposerKind: Record<ProposerKind, number>;
  registered: number;
  registrationRate: number;
  merged: number;
  rejected: number;
  rejectedAs: Record<RejectedAs, number>;
  withdrawn: number;
  pending: number;
  /** Among registered proposals, as reports put it (在立案的提案中，经济方面×件，占×%). */
  byCategory: CountShare[];
  assigned: number;
  unitsAssigned: number;
  replied: number;
  replyRate: number;
  /** Among replied proposals. */
  byClass: CountShare<ReplyClass>[];
  feedbackReturned: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  satisfactionRate: number;
  satisfiedOrBasicRate: number;
  faceToFace: number;
  faceToFaceRate: number;
  keyCount: number;
  keyProposals: KeyProposalLine[];
  keyLeaders: string[];
  excellent: number;
}

export type ScalarFigure = { [K in keyof ProposalFigures]: ProposalFigures[K] extends number ? K : never }[keyof ProposalFigures];

export const PROPOSAL_FIGURE_LABELS: Record<ScalarFigure, string> = {
  received: '收到提案', registered: '立案', registrationRate: '立案率', merged: '并案', rejected: '不予立案', withdrawn: '撤案',
  pending: '待审查', assigned: '交办提案', unitsAssigned: '承办单位', replied: '办复', replyRate: '办复率', feedbackReturned: '收到征询意见表',
  satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意', satisfactionRate: '满意率',
  satisfiedOrBasicRate: '满意和基本满意率', faceToFace: '面商办理', faceToFaceRate: '面商率', keyCount: '重点提案', excellent: '优秀提案',
};

export const PROPOSAL_FIGURE_UNITS: Record<ScalarFigure, '件' | '个' | '份' | '%'> = {
  received: '件', registered: '件', registrationRate: '%', merged: '件', rejected: '件', withdrawn: '件', pending: '件',
  assigned: '件', unitsAssigned: '个', replied: '件', replyRate: '%', feedbackReturned: '份', satisfied: '份',
  basicallySatisfied: '份', dissatisfied: '份', satisfactionRate: '%', satisfiedOrBasicRate: '%', faceToFace: '件', faceToFaceRate: '%',
  keyCount: '件', excellent: '件',
};

/** The figures that are rates, each with what it divides: 立案率 is 立案 of 收到, 办复率 办复 of 立案 … */
export const PROPOSAL_RATES = {
  registrationRate: (f) => ({ part: f.registered, whole: f.received }),
  replyRate: (f) => ({ part: f.replied, whole: f.registered }),
  satisfactionRate: (f) => ({ part: f.satisfied, whole: f.feedbackReturned }),
  satisfiedOrBasicRate: (f) => ({ part: f.satisfied + f.basicallySatisfied, whole: f.feedbackReturned }),
  faceToFaceRate: (f) => ({ part: f.faceToFace, whole: f.replied }),
} as const satisfies Partial<Record<ScalarFigure, (f: ProposalFigures) => Ratio>>;

export type ProposalRate = keyof typeof PROPOSAL_RATES;

export const isProposalRate = (key: string): key is ProposalRate => Object.hasOwn(PROPOSAL_RATES, key);

/** Percent, unrounded (the figures' own numbers); printing goes through formatRate. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (part / whole) * 100;
}

/** 98.8%, 100%: one decimal, as reports write rates, rounded once from what it divides; — when it divides nothing. */
export function formatRate(ratio: Ratio): string {
  return percentText(ratio, 1);
}

export function inScope(p: Proposal, scope: ProposalScope): boolean {
  if (p.deletedAt !== null) return false;
  return scope.kind === 'session' ? p.sessionKey === scope.sessionKey : p.year === scope.year;
}

/** The 主办 unit's reply of the latest round that has one. */
export function finalMainReply(p: Pick<Proposal, 'replies'>): ReplyRow | undefined {
  // The first of the latest round's, in the list's order (what a stable sort by round, latest first, puts first), in one pass.
  let found: ReplyRow | undefined;
  for (const r of p.replies) if (r.deletedAt === null && r.role === '主办' && (found === undefined || r.round > found.round)) found = r;
  return found;
}

/** The units the proposals were assigned to, each once (a loop: flatMap over a year's proposals was slow). */
function unitsOf(assigned: readonly Proposal[]): Set<string> {
  const units = new Set<string>();
  for (const p of assigned) for (const u of p.assignment?.units ?? []) units.add(u.unit);
  return units;
}

function counts<N extends string>(names: readonly N[], values: readonly N[], base: number): CountShare<N>[] {
  const tally = new Map<N, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return names.map((name) => {
    const count = tally.get(name) ?? 0;
    return { name, count, base, share: percent(count, base) };
  });
}

/**
 * `categories` orders 类别 as the dictionary does (a 类别 no longer in it still counts, after
 * them); `scheme` gives the reply classes to list.
 */
export function computeProposalFigures(
  all: readonly Proposal[],
  scope: ProposalScope,
  options: { categories?: readonly string[]; scheme?: ReplyScheme } = {},
): ProposalFigures {
  // One pass over the scope's proposals and one over the registered, each list in their order: a
  // filter per figure went over a year's hundreds of proposals some twenty times.
  const ps: Proposal[] = [];
  for (const p of all) if (inScope(p, scope)) ps.push(p);
  const byProposerKind = Object.fromEntries(PROPOSER_KINDS.map((k) => [k, 0])) as Record<ProposerKind, number>;
  const registered: Proposal[] = [];
  const rejected: Proposal[] = [];
  const ratings: string[] = [];
  let merged = 0;
  let withdrawn = 0;
  let pending = 0;
  for (const p of ps) {
    if (Object.hasOwn(byProposerKind, p.proposerKind)) byProposerKind[p.proposerKind]++;
    if (isRegistered(p)) registered.push(p);
    if (p.stage === '不予立案') rejected.push(p);
    if (p.stage === '已并案') merged++;
    if (p.stage === '已撤案') withdrawn++;
    if (PENDING_STAGES.includes(p.stage)) pending++;
    const rating = lastLiveRow(p.feedback)?.rating;
    if (rating !== undefined) ratings.push(rating);
  }
  const assigned: Proposal[] = [];
  const replies: ReplyRow[] = [];
  const keys: Proposal[] = [];
  let excellent = 0;
  for (const p of registered) {
    if (p.assignment !== null) assigned.push(p);
    const reply = finalMainReply(p);
    if (reply !== undefined) replies.push(reply);
    if (p.keyProposal !== null) keys.push(p);
    if (p.excellent) excellent++;
  }
  keys.sort((a, b) => a.number - b.number);
  const count = (rating: string) => ratings.filter((r) => r === rating).length;
  const categoryNames = [...new Set([...(options.categories ?? []), ...registered.map((p) => p.category)])];
  const classNames = [...new Set([...replyClassesOf(options.scheme ?? 'ABC'), ...replies.map((r) => r.replyClass)])].sort();
  const faceToFace = replies.filter((r) => r.faceToFace).length;
  const [satisfied, basicallySatisfied, dissatisfied] = [count('满意'), count('基本满意'), count('不满意')];
  return {
    received: ps.length,
    byProposerKind,
    registered: registered.length,
    registrationRate: percent(registered.length, ps.length),
    merged,
    rejected: rejected.length,
    rejectedAs: Object.fromEntries(REJECTED_AS.map((k) => [k, rejected.filter((p) => p.rejection?.rejectedAs === k).length])) as Record<RejectedAs, number>,
    withdrawn,
    pending,
    byCategory: counts(categoryNames, registered.map((p) => p.category), registered.length),
    assigned: assigned.length,
    unitsAssigned: unitsOf(assigned).size,
    replied: replies.length,
    replyRate: percent(replies.length, registered.length),
    byClass: counts(classNames, replies.map((r) => r.replyClass), replies.length),
    feedbackReturned: ratings.length,
    satisfied, basicallySatisfied, dissatisfied,
    satisfactionRate: percent(satisfied, ratings.length),
    satisfiedOrBasicRate: percent(satisfied + basicallySatisfied, ratings.length),
    faceToFace,
    faceToFaceRate: percent(faceToFace, replies.length),
    keyCount: keys.length,
    keyProposals: keys.map((p) => ({ number: p.number, title: p.title, leaders: p.keyProposal?.leaders ?? [] })),
    keyLeaders: [...new Set(keys.flatMap((p) => p.keyProposal?.leaders ?? []))],
    excellent,
  };
}

/** The scalar figures as a dashboard lists them: 立案 86件, 办复率 100%. */
export function proposalFigureLines(f: ProposalFigures): { key: ScalarFigure; label: string; text: string }[] {
  return (Object.keys(PROPOSAL_FIGURE_LABELS) as ScalarFigure[]).map((key) => {
    const unit = PROPOSAL_FIGURE_UNITS[key];
    return { key, label: PROPOSAL_FIGURE_LABELS[key], text: isProposalRate(key) ? formatRate(PROPOSAL_RATES[key](f)) : `${f[key]}${unit}` };
  });
}
