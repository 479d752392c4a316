// Proposals: the lists a screen filters, entering one (its 案号 assigned in the same transaction
// that writes it), every review and handling step (checked by the domain, written in one
// transaction), soft delete, the figures of a session or year, and the office's handling settings.
import { Dexie } from 'dexie';
import type { LedgerDatabase } from './database';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { formatChineseDate, isIsoDate, toIsoDate } from '../domain/common/dates';
import type { Validated } from '../domain/common/validation';
import { validateWith } from '../domain/common/validation';
import { nextProposalNumber, sessionLabelOf, type Proposal, type ProposalStage, type ReplyClass } from '../domain/proposals/proposal';
import { validateProposalFields } from '../domain/proposals/proposal-inputs';
import { editProposal as editFields } from '../domain/proposals/proposal-edit';
import { computeUnitTable, type UnitHandlingRow } from '../domain/proposals/proposal-units';
import { createProposal as newProposal } from '../domain/proposals/proposal-review';
import { applyProposalTransition as applyStep, type ProposalTransition } from '../domain/proposals/proposal-transitions';
import type { ProposalRules, TransitionResult } from '../domain/proposals/proposal-step';
import { computeProposalFigures, finalMainReply, type ProposalFigures, type ProposalScope } from '../domain/proposals/proposal-figures';
import { DEFAULT_PROPOSAL_SETTINGS, isOverdue, proposalSettingsSchema, replyClassesOf, withAdvancedUnit, type ProposalSettings } from '../domain/proposals/proposal-settings';
import { loadDictionaries } from './dictionary-repo';
import { opinionFromProposal, wasConvertedToOpinion } from '../domain/opinions/opinion-from-proposal';
import { getSettings, putSettings } from './settings-repo';
import { liveRows } from '../domain/common/row-stamps';

export interface ProposalFilter {
  stage?: ProposalStage | undefined;
  /** A unit among the 主办 and 协办 units. */
  unit?: string | undefined;
  /** The class of the 主办 unit's latest reply. */
  replyClass?: ReplyClass | undefined;
  key?: boolean | undefined;
  overdue?: boolean | undefined;
  /** For `overdue`; today when left out. */
  today?: string | undefined;
  query?: string | undefined;
}

async function proposalsIn(db: LedgerDatabase, scope: ProposalScope): Promise<Proposal[]> {
  return scope.kind === 'session'
    ? db.proposals.where('[sessionKey+number]').between([scope.sessionKey, Dexie.minKey], [scope.sessionKey, Dexie.maxKey]).toArray()
    : db.proposals.where('year').equals(scope.year).toArray();
}

/** The live proposals of a session or year that pass the filter, by session and 案号. */
export async function listProposals(db: LedgerDatabase, scope: ProposalScope, filter: ProposalFilter = {}): Promise<Proposal[]> {
  const today = filter.today ?? toIsoDate(new Date());
  const q = filter.query?.trim() ?? '';
  return (await proposalsIn(db, scope))
    .filter((p) =>
      p.deletedAt === null &&
      (!filter.stage || p.stage === filter.stage) &&
      (!filter.unit || (p.assignment?.units.some((u) => u.unit === filter.unit) ?? false)) &&
      (!filter.replyClass || finalMainReply(p)?.replyClass === filter.replyClass) &&
      (filter.key === undefined || (p.keyProposal !== null) === filter.key) &&
      (filter.overdue === undefined || isOverdue(p, today) === filter.overdue) &&
      (!q || p.title.includes(q) || p.collectiveName.includes(q)))
    .sort((a, b) => a.sessionKey.localeCompare(b.sessionKey) || a.number - b.number);
}

export async function getProposal(db: LedgerDatabase, id: string): Promise<Proposal | undefined> {
  const p = await db.proposals.get(id);
  return p && p.deletedAt === null ? p : undefined;
}

/** The sessions that hold proposals, newest first, with their labels (九届二次会议, 2025年平时提案). */
export async function listProposalSessions(db: LedgerDatabase): Promise<{ sessionKey: string; label: string; year: number }[]> {
  const seen = new Map<string, { sessionKey: string; label: string; year: number }>();
  await db.proposals.each((p) => {
    if (p.deletedAt === null && !seen.has(p.sessionKey)) seen.set(p.sessionKey, { sessionKey: p.sessionKey, label: sessionLabelOf(p), year: p.year });
  });
  return [...seen.values()].sort((a, b) => b.year - a.year || b.sessionKey.localeCompare(a.sessionKey));
}

async function operatorOf(db: LedgerDatabase): Promise<string> {
  return (await getSettings(db))?.committee.operator ?? '';
}

async function liveIds(table: LedgerDatabase['members'] | LedgerDatabase['activities']): Promise<Set<string>> {
  return new Set(await table.filter((r) => r.deletedAt === null).primaryKeys());
}

/** Enters a proposal (待审查) with the next 案号 of its session. */
export async function createProposal(db: LedgerDatabase, input: unknown): Promise<Validated<Proposal>> {
  const checked = validateProposalFields(input, await loadDictionaries(db), await liveIds(db.members));
  if (!checked.ok) return checked;
  const operator = await operatorOf(db);
  return db.transaction('rw', db.proposals, async (): Promise<Validated<Proposal>> => {
    const draft = newProposal(checked.value, 1, operator, freshStamp(nowIso()));
    // The index is ordered by 案号 within a session, so its last entry holds the highest.
    const last = await db.proposals.where('[sessionKey+number]').between([draft.sessionKey, Dexie.minKey], [draft.sessionKey, Dexie.maxKey]).last();
    const proposal = { ...draft, number: nextProposalNumber(last ? [last.number] : []) };
    await db.proposals.add(proposal);
    return { ok: true, value: proposal };
  });
}

export async function loadProposalSettings(db: LedgerDatabase): Promise<ProposalSettings> {
  return (await getSettings(db))?.proposals ?? DEFAULT_PROPOSAL_SETTINGS;
}

export async function saveProposalSettings(db: LedgerDatabase, input: unknown): Promise<Validated<ProposalSettings>> {
  const checked = validateWith(proposalSettingsSchema, input);
  if (!checked.ok) return checked;
  // Replies already classed D stay valid only under A/B/C/D: going back to three classes is
  // refused while any live reply would fall outside it.
  const allowed = new Set<string>(replyClassesOf(checked.value.replyScheme));
  let outside = 0;
  await db.proposals.each((p) => {
    if (p.deletedAt === null) outside += liveRows(p.replies).filter((r) => !allowed.has(r.replyClass)).length;
  });
  if (outside > 0) return { ok: false, errors: { replyScheme: `已有${outside}条答复为D类，不能改为A/B/C三类（已登记的答复类别不会被改动）` } };
  return db.transaction('rw', db.settings, async (): Promise<Validated<ProposalSettings>> => {
    const existing = await getSettings(db);
    if (!existing) return { ok: false, errors: { _: '请先完成政协基本信息设置' } };
    // A settings form that does not show the 先进承办单位 leaves them as they were.
    const advanced = checked.value.advancedUnits ?? existing.proposals?.advancedUnits;
    const proposals = advanced ? { ...checked.value, advancedUnits: advanced } : checked.value;
    await putSettings(db, { ...existing, proposals, updatedAt: nowIso() });
    return { ok: true, value: proposals };
  });
}

/** Names (or un-names) a unit of the units dictionary 先进承办单位 of a year. */
export async function setAdvancedUnit(db: LedgerDatabase, year: number, unit: string, advanced: boolean): Promise<Validated<ProposalSettings>> {
  const dicts = await loadDictionaries(db);
  if (!dicts.unit.includes(unit)) return { ok: false, errors: { unit: `“${unit}”不在单位字典中` } };
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return { ok: false, errors: { year: '年度不正确' } };
  return db.transaction('rw', db.settings, async (): Promise<Validated<ProposalSettings>> => {
    const existing = await getSettings(db);
    if (!existing) return { ok: false, errors: { _: '请先完成政协基本信息设置' } };
    const proposals = withAdvancedUnit(existing.proposals ?? DEFAULT_PROPOSAL_SETTINGS, year, unit, advanced);
    await putSettings(db, { ...existing, proposals, updatedAt: nowIso() });
    return { ok: true, value: proposals };
  });
}

/**
 * One review or handling step, dated `date` (today when left out) and signed by the operator in
 * the settings. The proposal (and a 并案's target) is read and written in one transaction.
 */
export async function applyProposalTransition(db: LedgerDatabase, id: string, transition: ProposalTransition, date?: string): Promise<TransitionResult> {
  const [settings, dicts, activityIds, operator] = await Promise.all([
    loadProposalSettings(db), loadDictionaries(db), transition.kind === 'key' ? liveIds(db.activities) : Promise.resolve(undefined), operatorOf(db),
  ]);
  const rules: ProposalRules = activityIds ? { settings, units: dicts.unit, activityIds } : { settings, units: dicts.unit };
  const on = date ?? toIsoDate(new Date());
  // 社情民意 in the same transaction: a 不予立案 handled as 社情民意信息 creates its item with it.
  return db.transaction('rw', db.proposals, db.opinions, async (): Promise<TransitionResult> => {
    const current = await db.proposals.get(id);
    if (!current || current.deletedAt !== null) return { ok: false, errors: { _: '该提案不存在或已被删除' } };
    // The day the step was taken, which the report's 截至 date reads: not after today, nor before
    // the proposal came in.
    if (date !== undefined) {
      if (!isIsoDate(date)) return { ok: false, errors: { stepDate: '请填写正确的办理日期' } };
      if (date > toIsoDate(new Date())) return { ok: false, errors: { stepDate: '办理日期不能晚于今天' } };
      if (date < current.receivedDate) return { ok: false, errors: { stepDate: `办理日期不能早于收到日期${formatChineseDate(current.receivedDate)}` } };
    }
    const targetId = transition.kind === 'merge' ? targetIdOf(transition.input) : undefined;
    const target = targetId ? await db.proposals.get(targetId) : undefined;
    const at = nowIso();
    const result = applyStep(current, transition, { operator, date: on, at }, rules, target);
    if (!result.ok) return result;
    const proposal = { ...result.proposal, updatedAt: at };
    await db.proposals.put(proposal);
    if (transition.kind === 'reject' && wasConvertedToOpinion(proposal)) await db.opinions.add(opinionFromProposal(proposal, freshStamp(proposal.updatedAt)));
    return { ok: true, proposal };
  });
}

/**
 * Corrects a proposal's own fields (checked as on entry). The 案号 stays unless the session
 * changed — allowed only under review — when it takes the next 案号 of its new session, in the
 * same transaction that writes it.
 */
export async function editProposal(db: LedgerDatabase, id: string, input: unknown, date?: string): Promise<TransitionResult> {
  const checked = validateProposalFields(input, await loadDictionaries(db), await liveIds(db.members));
  if (!checked.ok) return checked;
  const operator = await operatorOf(db);
  const on = date ?? toIsoDate(new Date());
  return db.transaction('rw', db.proposals, async (): Promise<TransitionResult> => {
    const current = await db.proposals.get(id);
    if (!current || current.deletedAt !== null) return { ok: false, errors: { _: '该提案不存在或已被删除' } };
    const mergedIn = await db.proposals.where('[sessionKey+number]').between([current.sessionKey, Dexie.minKey], [current.sessionKey, Dexie.maxKey])
      .filter((o) => o.mergedIntoId === id && o.deletedAt === null).count();
    const at = nowIso();
    const result = editFields(current, checked.value, { operator, date: on, at }, mergedIn);
    if (!result.ok) return result;
    let proposal = { ...result.proposal, updatedAt: at };
    if (proposal.sessionKey !== current.sessionKey) {
      const last = await db.proposals.where('[sessionKey+number]').between([proposal.sessionKey, Dexie.minKey], [proposal.sessionKey, Dexie.maxKey]).last();
      const number = nextProposalNumber(last ? [last.number] : []);
      const history = proposal.history.map((h, i) => (i === proposal.history.length - 1 ? { ...h, note: `${h.note}；案号由第${current.number}号改为第${number}号` } : h));
      proposal = { ...proposal, number, history };
    }
    await db.proposals.put(proposal);
    return { ok: true, proposal };
  });
}

/** The live proposals an activity 督办s (a 重点提案 naming it), by session and 案号. */
export async function listProposalsSupervisedBy(db: LedgerDatabase, activityId: string): Promise<Proposal[]> {
  return (await db.proposals.filter((p) => p.deletedAt === null && (p.keyProposal?.activityIds.includes(activityId) ?? false)).toArray())
    .sort((a, b) => a.sessionKey.localeCompare(b.sessionKey) || a.number - b.number);
}

/** The per-unit table (承办单位办理情况) of a session or year. */
export async function loadUnitTable(db: LedgerDatabase, scope: ProposalScope): Promise<UnitHandlingRow[]> {
  return computeUnitTable(await proposalsIn(db, scope), scope);
}

function targetIdOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !('targetId' in input)) return undefined;
  return typeof input.targetId === 'string' ? input.targetId : undefined;
}

/** Soft delete; the 案号 stays used so that printed numbers never change meaning. */
export async function deleteProposal(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.proposals.update(id, { deletedAt: at, updatedAt: at });
}

/** The figures of one session or year, 类别 in the dictionary's order, classes per the settings. */
export async function loadProposalFigures(db: LedgerDatabase, scope: ProposalScope): Promise<ProposalFigures> {
  const [proposals, dicts, settings] = await Promise.all([proposalsIn(db, scope), loadDictionaries(db), loadProposalSettings(db)]);
  return computeProposalFigures(proposals, scope, { categories: dicts.proposalCategory, scheme: settings.replyScheme });
}
