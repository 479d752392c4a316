// 民主评议: a year's rounds, a round's fields, the units it evaluates (from the units dictionary),
// their results, the problems found in each unit and their 整改, soft delete, and the figures of
// a year. Every change checks its input in the domain first, then reads and writes the round in
// one transaction; a refused change leaves the round exactly as it was.
import type { LedgerDatabase } from './database';
import { freshStamp, newId } from '../domain/common/record';
import { nowIso } from './clock';
import type { Validated } from '../domain/common/validation';
import { withDerivedEvaluationFields, type EvaluatedUnit, type EvaluationRound } from '../domain/evaluations/evaluation';
import { checkProblem, checkResults, checkUnitNames, validateRoundFields } from '../domain/evaluations/evaluation-inputs';
import { computeEvaluationFigures, type EvaluationFigures } from '../domain/evaluations/evaluation-figures';
import { loadDictionaries } from './dictionary-repo';
import { compareChinese } from '../domain/common/chinese-order';

const GONE = { _: '该评议不存在或已被删除' };

/** The live rounds of a year, by date. */
export async function listEvaluationRounds(db: LedgerDatabase, year: number): Promise<EvaluationRound[]> {
  return (await db.evaluations.where('year').equals(year).toArray())
    .filter((r) => r.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date) || compareChinese(a.title, b.title));
}

export async function getEvaluationRound(db: LedgerDatabase, id: string): Promise<EvaluationRound | undefined> {
  const r = await db.evaluations.get(id);
  return r && r.deletedAt === null ? r : undefined;
}

/** Creates a round (id undefined) or changes its fields; the units and results stay. */
export async function saveEvaluationRound(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<EvaluationRound>> {
  const checked = validateRoundFields(input);
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.evaluations, async (): Promise<Validated<EvaluationRound>> => {
    const existing = id ? await db.evaluations.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: GONE };
    if (existing && checked.value.resultKind !== existing.resultKind && existing.units.some((u) => u.satisfied !== null || u.score !== null)) {
      return { ok: false, errors: { resultKind: '已录入测评结果，不能再改变结果的记法；请先清空各单位的结果' } };
    }
    const firstProblem = existing?.units.flatMap((u) => u.problems.map((p) => p.foundDate)).sort()[0];
    if (firstProblem && checked.value.date > firstProblem) return { ok: false, errors: { date: '测评日期不能晚于已登记问题的发现日期' } };
    const round: EvaluationRound = existing
      ? { ...existing, ...withDerivedEvaluationFields(checked.value), updatedAt: at }
      : { ...freshStamp(at), ...withDerivedEvaluationFields(checked.value), units: [], isSample: false };
    await db.evaluations.put(round);
    return { ok: true, value: round };
  });
}

async function changeRound(db: LedgerDatabase, id: string, change: (r: EvaluationRound) => Validated<EvaluationRound>): Promise<Validated<EvaluationRound>> {
  return db.transaction('rw', db.evaluations, async (): Promise<Validated<EvaluationRound>> => {
    const current = await db.evaluations.get(id);
    if (!current || current.deletedAt !== null) return { ok: false, errors: GONE };
    const result = change(current);
    if (!result.ok) return result;
    const round = { ...result.value, updatedAt: nowIso() };
    await db.evaluations.put(round);
    return { ok: true, value: round };
  });
}

/**
 * Sets the units a round evaluates, in the order given. A unit already in the round keeps its
 * results and problems; one taken off must have no problems recorded (they would be lost).
 */
export async function setEvaluatedUnits(db: LedgerDatabase, id: string, names: unknown): Promise<Validated<EvaluationRound>> {
  const current = await db.evaluations.get(id);
  const dicts = await loadDictionaries(db);
  const checked = checkUnitNames(names, [...dicts.unit, ...(current?.units.map((u) => u.unit) ?? [])]);
  if (!checked.ok) return checked;
  return changeRound(db, id, (r) => {
    const dropped = r.units.filter((u) => !checked.value.includes(u.unit) && u.problems.length > 0);
    if (dropped.length) return { ok: false, errors: { units: `${dropped.map((u) => u.unit).join('、')}已登记存在问题，不能移出本次评议` } };
    const units: EvaluatedUnit[] = checked.value.map((name) => r.units.find((u) => u.unit === name) ?? { id: newId(), unit: name, satisfied: null, basic: null, unsatisfied: null, score: null, problems: [] });
    return { ok: true, value: { ...r, units } };
  });
}

/** The results of some or all units ({ unitId, satisfied, basic, unsatisfied, score }[]), all or none. */
export async function saveEvaluationResults(db: LedgerDatabase, id: string, rows: unknown): Promise<Validated<EvaluationRound>> {
  return changeRound(db, id, (r) => {
    const checked = checkResults(r, rows);
    if (!checked.ok) return checked;
    const byId = new Map(checked.value.map((x) => [x.unitId, x]));
    const units = r.units.map((u) => {
      const x = byId.get(u.id);
      if (!x) return u;
      return r.resultKind === 'score'
        ? { ...u, satisfied: null, basic: null, unsatisfied: null, score: x.score }
        : { ...u, satisfied: x.satisfied, basic: x.basic, unsatisfied: x.unsatisfied, score: null };
    });
    return { ok: true, value: { ...r, units } };
  });
}

/** Adds a problem to a unit (problemId undefined) or changes one, with its 整改 and 回头看. */
export async function saveEvaluationProblem(db: LedgerDatabase, id: string, unitId: string, problemId: string | undefined, input: unknown): Promise<Validated<EvaluationRound>> {
  return changeRound(db, id, (r) => {
    const unit = r.units.find((u) => u.id === unitId);
    if (!unit) return { ok: false, errors: { _: '该单位不在本次评议中' } };
    if (problemId && !unit.problems.some((p) => p.id === problemId)) return { ok: false, errors: { _: '该问题不存在或已被删除' } };
    const checked = checkProblem(problemId ?? newId(), input);
    if (!checked.ok) return checked;
    if (checked.value.foundDate < r.date) return { ok: false, errors: { foundDate: '发现日期不能早于测评日期' } };
    const problems = problemId ? unit.problems.map((p) => (p.id === problemId ? checked.value : p)) : [...unit.problems, checked.value];
    return { ok: true, value: { ...r, units: r.units.map((u) => (u.id === unitId ? { ...u, problems } : u)) } };
  });
}

export async function deleteEvaluationProblem(db: LedgerDatabase, id: string, unitId: string, problemId: string): Promise<Validated<EvaluationRound>> {
  return changeRound(db, id, (r) => ({
    ok: true,
    value: { ...r, units: r.units.map((u) => (u.id === unitId ? { ...u, problems: u.problems.filter((p) => p.id !== problemId) } : u)) },
  }));
}

/** Soft delete: the round goes to the recycle bin with its units and problems. */
export async function deleteEvaluationRound(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.evaluations.update(id, { deletedAt: at, updatedAt: at });
}

/** A year's figures up to a date; earlier years are read for the year evaluations began. */
export async function loadEvaluationFigures(db: LedgerDatabase, year: number, until?: string): Promise<EvaluationFigures> {
  return computeEvaluationFigures(await db.evaluations.where('year').belowOrEqual(year).toArray(), year, until);
}
