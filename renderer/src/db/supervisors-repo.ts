// 民主监督员 / 特约监督员 and their groups' 民主监督建议书: lists (appointments in surname stroke
// order), entering and correcting, soft delete, and the figures of a year with the 阳光执法,
// 现场办公 and 满意度测评 activities read through the activities' year index.
import type { LedgerDatabase } from './database';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import type { Validated } from '../domain/common/validation';
import { sortByStroke } from '../domain/common/stroke-order';
import { servesIn, withDerivedLetterFields, type SupervisionLetter, type SupervisorAppointment } from '../domain/supervisors/supervisor';
import { validateLetter, validateSupervisor } from '../domain/supervisors/supervisor-inputs';
import { computeSupervisionFigures, type SupervisionFigures } from '../domain/figures/supervision-screen-figures';
import { ledgerOfTables } from '../domain/ledger/ledger-arrays';
import { loadDictionaries } from './dictionary-repo';
import { compareChinese } from '../domain/common/chinese-order';

export interface AppointmentRow extends SupervisorAppointment {
  memberName: string;
}

/** The appointments running at some time in `year`, by the members' surname strokes. */
export async function listAppointments(db: LedgerDatabase, year: number): Promise<AppointmentRow[]> {
  const rows = (await db.supervisors.filter((a) => a.deletedAt === null && servesIn(a, year, `${year}-12-31`)).toArray());
  const members = await db.members.bulkGet(rows.map((r) => r.memberId));
  const named = rows.map((r, i) => ({ ...r, memberName: members[i] ? (members[i].deletedAt === null ? members[i].name : `${members[i].name}（已删除）`) : '（已清除的委员）' }));
  return sortByStroke(named, (r) => r.memberName);
}

export async function saveAppointment(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<SupervisorAppointment>> {
  const before = id ? await db.supervisors.get(id) : undefined;
  const known = new Set(await db.members.filter((m) => m.deletedAt === null).primaryKeys());
  if (before) known.add(before.memberId);
  const units = (await loadDictionaries(db)).unit;
  const checked = validateSupervisor(input, before ? [...units, before.unit] : units, known);
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.supervisors, async (): Promise<Validated<SupervisorAppointment>> => {
    const existing = id ? await db.supervisors.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该聘任记录不存在或已被删除' } };
    const row: SupervisorAppointment = existing ? { ...existing, ...checked.value, updatedAt: at } : { ...freshStamp(at), ...checked.value, isSample: false };
    await db.supervisors.put(row);
    return { ok: true, value: row };
  });
}

export async function deleteAppointment(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.supervisors.update(id, { deletedAt: at, updatedAt: at });
}

export async function listLetters(db: LedgerDatabase, year: number): Promise<SupervisionLetter[]> {
  return (await db.supervisionLetters.where('year').equals(year).toArray())
    .filter((l) => l.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date) || compareChinese(a.group, b.group));
}

export async function saveLetter(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<SupervisionLetter>> {
  const before = id ? await db.supervisionLetters.get(id) : undefined;
  const units = (await loadDictionaries(db)).unit;
  const checked = validateLetter(input, [...units, ...(before?.units ?? [])]);
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.supervisionLetters, async (): Promise<Validated<SupervisionLetter>> => {
    const existing = id ? await db.supervisionLetters.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该建议书不存在或已被删除' } };
    const row: SupervisionLetter = existing
      ? { ...existing, ...withDerivedLetterFields(checked.value), updatedAt: at }
      : { ...freshStamp(at), ...withDerivedLetterFields(checked.value), isSample: false };
    await db.supervisionLetters.put(row);
    return { ok: true, value: row };
  });
}

export async function deleteLetter(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.supervisionLetters.update(id, { deletedAt: at, updatedAt: at });
}

export async function loadSupervisionFigures(db: LedgerDatabase, year: number, until?: string): Promise<SupervisionFigures> {
  const [supervisors, supervisionLetters, activities, dictionary] = await Promise.all([
    db.supervisors.toArray(),
    db.supervisionLetters.where('year').equals(year).toArray(),
    db.activities.where('year').equals(year).toArray(),
    db.dictionary.toArray(),
  ]);
  return computeSupervisionFigures(ledgerOfTables({ supervisors, supervisionLetters, activities, dictionary }), year, until);
}
