// 社情民意信息: a year's list with its filters, entering and correcting an item, compiling items
// into a year's issues (期, the next number read from the `issue.year` index), recording
// adoptions and 批示, soft delete, and the figures of a year. Each change reads and writes the
// item in one transaction, after the domain checked the input.
import { formatChineseDate } from '../domain/common/dates';
import type { LedgerDatabase } from './database';
import { freshStamp } from '../domain/common/record';
import { liveRows, newRow, takeOffRow } from '../domain/common/row-stamps';
import { nowIso } from './clock';
import type { Validated } from '../domain/common/validation';
import { allowingValues } from '../domain/dictionaries/dictionary-kinds';
import { nextIssueNumber, withDerivedOpinionFields, type AdoptionLevel, type Opinion } from '../domain/opinions/opinion';
import { checkAdoption, checkIssue, checkOpinionInstruction, validateOpinionFields } from '../domain/opinions/opinion-inputs';
import { computeOpinionFigures, type OpinionFigures } from '../domain/opinions/opinion-figures';
import { loadDictionaries } from './dictionary-repo';
import { compareChinese } from '../domain/common/chinese-order';

export interface OpinionFilter {
  /** An issue number of the year; 0 for items not yet in an issue. */
  issueNumber?: number | undefined;
  /** Adopted at this level. */
  adoptedAt?: AdoptionLevel | undefined;
  query?: string | undefined;
}

/** The live items received in `year` that pass the filter, newest first. */
export async function listOpinions(db: LedgerDatabase, year: number, filter: OpinionFilter = {}): Promise<Opinion[]> {
  const q = filter.query?.trim() ?? '';
  return (await db.opinions.where('year').equals(year).toArray())
    .filter((o) =>
      o.deletedAt === null &&
      (filter.issueNumber === undefined || (filter.issueNumber === 0 ? o.issue === null : o.issue?.year === year && o.issue.number === filter.issueNumber)) &&
      (!filter.adoptedAt || o.adoptions.some((a) => a.level === filter.adoptedAt)) &&
      (!q || o.title.includes(q) || o.text.includes(q)))
    .sort((a, b) => b.receivedDate.localeCompare(a.receivedDate) || compareChinese(a.title, b.title));
}

export async function getOpinion(db: LedgerDatabase, id: string): Promise<Opinion | undefined> {
  const o = await db.opinions.get(id);
  return o && o.deletedAt === null ? o : undefined;
}

export interface IssueSummary {
  year: number;
  number: number;
  date: string;
  items: number;
}

/** The issues of a year (by number) with how many live items each holds. */
export async function listIssues(db: LedgerDatabase, year: number): Promise<IssueSummary[]> {
  const byNumber = new Map<number, IssueSummary>();
  for (const o of await db.opinions.where('issue.year').equals(year).toArray()) {
    if (!o.issue || o.deletedAt !== null) continue;
    const s = byNumber.get(o.issue.number) ?? { year, number: o.issue.number, date: o.issue.date, items: 0 };
    s.items++;
    if (o.issue.date < s.date) s.date = o.issue.date;
    byNumber.set(o.issue.number, s);
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** The next 期 of a year: one more than the highest used, deleted items included (a number is never reused). */
export async function nextIssueNumberOf(db: LedgerDatabase, year: number): Promise<number> {
  return nextIssueNumber((await db.opinions.where('issue.year').equals(year).toArray()).map((o) => o.issue!.number));
}

async function liveMemberIds(db: LedgerDatabase): Promise<Set<string>> {
  return new Set(await db.members.filter((m) => m.deletedAt === null).primaryKeys());
}

/** Enters an item (id undefined) or corrects one; an edit keeps members and group names it already named. */
export async function saveOpinion(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<Opinion>> {
  const before = id ? await db.opinions.get(id) : undefined;
  const known = await liveMemberIds(db);
  for (const m of before?.memberIds ?? []) known.add(m);
  const kept = before
    ? {
        party: before.groups.filter((g) => g.kind === '党派').map((g) => g.name),
        sector: before.groups.filter((g) => g.kind === '界别').map((g) => g.name),
        committee: before.groups.filter((g) => g.kind === '专委会').map((g) => g.name),
        township: before.groups.filter((g) => g.kind === '乡镇').map((g) => g.name),
      }
    : {};
  const checked = validateOpinionFields(input, allowingValues(await loadDictionaries(db), kept), known);
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.opinions, async (): Promise<Validated<Opinion>> => {
    const existing = id ? await db.opinions.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该社情民意信息不存在或已被删除' } };
    if (existing) {
      const events = [existing.issue?.date, ...existing.adoptions.map((a) => a.date), ...liveRows(existing.instructions).map((i) => i.date)].filter((d): d is string => !!d);
      const earliest = events.sort()[0];
      if (earliest && checked.value.receivedDate > earliest) return { ok: false, errors: { receivedDate: '收到日期不能晚于编发、采用或批示的日期' } };
    }
    const opinion: Opinion = existing
      ? { ...existing, ...withDerivedOpinionFields(checked.value), updatedAt: at }
      : { ...freshStamp(at), ...withDerivedOpinionFields(checked.value), sourceProposalId: null, issue: null, adoptions: [], instructions: [], isSample: false };
    await db.opinions.put(opinion);
    return { ok: true, value: opinion };
  });
}

/** Applies `change` to a live item in one transaction; the change checks its input against the item. */
/** One change to a live item, stamped `at` (rows it adds or takes off carry the same stamp). */
async function changeOpinion(db: LedgerDatabase, id: string, change: (o: Opinion, at: string) => Validated<Opinion>): Promise<Validated<Opinion>> {
  return db.transaction('rw', db.opinions, async (): Promise<Validated<Opinion>> => {
    const current = await db.opinions.get(id);
    if (!current || current.deletedAt !== null) return { ok: false, errors: { _: '该社情民意信息不存在或已被删除' } };
    const at = nowIso();
    const result = change(current, at);
    if (!result.ok) return result;
    const opinion = { ...result.value, updatedAt: at };
    await db.opinions.put(opinion);
    return { ok: true, value: opinion };
  });
}

/**
 * Compiles items into an issue ({ year, number, date }): every item or none. An issue already
 * used keeps its date, so all its items carry the same one.
 */
export async function compileIntoIssue(db: LedgerDatabase, ids: readonly string[], input: unknown): Promise<Validated<Opinion[]>> {
  if (ids.length === 0) return { ok: false, errors: { _: '请先选择要编入期刊的信息' } };
  return db.transaction('rw', db.opinions, async (): Promise<Validated<Opinion[]>> => {
    const items = await db.opinions.bulkGet([...ids]);
    const at = nowIso();
    const out: Opinion[] = [];
    for (const o of items) {
      if (!o || o.deletedAt !== null) return { ok: false, errors: { _: '所选信息中有的已被删除，请刷新后重试' } };
      const issue = checkIssue(o, input);
      if (!issue.ok) return { ok: false, errors: Object.fromEntries(Object.entries(issue.errors).map(([k, m]) => [k, ids.length > 1 ? `《${o.title}》：${m}` : m])) };
      const sameIssue = await db.opinions.where('issue.year').equals(issue.value.year).filter((x) => x.issue?.number === issue.value.number && x.deletedAt === null && x.id !== o.id).first();
      if (sameIssue?.issue && sameIssue.issue.date !== issue.value.date) {
        return { ok: false, errors: { date: `第${issue.value.number}期已于${formatChineseDate(sameIssue.issue.date)}编发，编发日期应与之相同` } };
      }
      out.push({ ...o, issue: issue.value, updatedAt: at });
    }
    await db.opinions.bulkPut(out);
    return { ok: true, value: out };
  });
}

export async function removeFromIssue(db: LedgerDatabase, id: string): Promise<Validated<Opinion>> {
  return changeOpinion(db, id, (o) => (o.issue ? { ok: true, value: { ...o, issue: null } } : { ok: false, errors: { _: '该信息尚未编入期刊' } }));
}

export async function recordAdoption(db: LedgerDatabase, id: string, input: unknown): Promise<Validated<Opinion>> {
  return changeOpinion(db, id, (o) => {
    const a = checkAdoption(o, input);
    return a.ok ? { ok: true, value: { ...o, adoptions: [...o.adoptions, a.value] } } : a;
  });
}

export async function removeAdoption(db: LedgerDatabase, id: string, level: AdoptionLevel): Promise<Validated<Opinion>> {
  return changeOpinion(db, id, (o) => ({ ok: true, value: { ...o, adoptions: o.adoptions.filter((a) => a.level !== level) } }));
}

export async function addOpinionInstruction(db: LedgerDatabase, id: string, input: unknown): Promise<Validated<Opinion>> {
  return changeOpinion(db, id, (o, at) => {
    const v = checkOpinionInstruction(o, input);
    return v.ok ? { ok: true, value: { ...o, instructions: [...o.instructions, newRow(v.value, at)] } } : v;
  });
}

/** Takes one 批示 (by its row id) off: it stays in the list as a tombstone, so the removal travels to other PCs. */
export async function removeOpinionInstruction(db: LedgerDatabase, id: string, instructionId: string): Promise<Validated<Opinion>> {
  return changeOpinion(db, id, (o, at) =>
    liveRows(o.instructions).some((i) => i.id === instructionId)
      ? { ok: true, value: { ...o, instructions: takeOffRow(o.instructions, instructionId, at) } }
      : { ok: false, errors: { _: '该批示不存在' } });
}

/** Soft delete: the item goes to the recycle bin, its issue number stays used. */
export async function deleteOpinion(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.opinions.update(id, { deletedAt: at, updatedAt: at });
}

/**
 * The figures of a year up to a date. Items received after the year cannot have been compiled,
 * adopted or given a 批示 in it (those dates never precede receipt), so earlier years suffice.
 */
export async function loadOpinionFigures(db: LedgerDatabase, year: number, until?: string): Promise<OpinionFigures> {
  return computeOpinionFigures(await db.opinions.where('year').belowOrEqual(year).toArray(), year, until);
}

/** The years that hold items, newest first. */
export async function listOpinionYears(db: LedgerDatabase): Promise<number[]> {
  return ((await db.opinions.orderBy('year').uniqueKeys()) as number[]).slice().reverse();
}

/** Every member's name by id, deleted members included: an item keeps naming its submitters. */
export async function loadMemberNames(db: LedgerDatabase): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await db.members.each((m) => names.set(m.id, m.deletedAt === null ? m.name : `${m.name}（已删除）`));
  return names;
}

/** The live items a proposal became (不予立案 → 社情民意信息); they share its received date, hence its year. */
export async function listOpinionsFromProposal(db: LedgerDatabase, proposalId: string, year: number): Promise<Opinion[]> {
  return db.opinions.where('year').equals(year).filter((o) => o.sourceProposalId === proposalId && o.deletedAt === null).toArray();
}
