// The 民主监督 records in the recycle bin (民主评议, 监督员聘任, 民主监督建议书): what the
// bin lists for them, their tables for restore and purge, and the appointments that keep a member
// in the bin. recycle-bin.ts calls these.
import type { LedgerDatabase } from './database';
import { formatChineseDate } from '../domain/common/dates';

export const SUPERVISION_BIN_KINDS = ['evaluation', 'supervisor', 'supervisionLetter'] as const;
export type SupervisionBinKind = (typeof SUPERVISION_BIN_KINDS)[number];
export const SUPERVISION_BIN_LABELS: Record<SupervisionBinKind, string> = { evaluation: '民主评议', supervisor: '监督员聘任', supervisionLetter: '民主监督建议书' };

export function supervisionTables(db: LedgerDatabase) {
  return [db.evaluations, db.supervisors, db.supervisionLetters];
}

export function supervisionTable(db: LedgerDatabase, kind: SupervisionBinKind) {
  return { evaluation: db.evaluations, supervisor: db.supervisors, supervisionLetter: db.supervisionLetters }[kind];
}

export function isSupervisionBinKind(kind: string): kind is SupervisionBinKind {
  return (SUPERVISION_BIN_KINDS as readonly string[]).includes(kind);
}

export async function listSupervisionBin(db: LedgerDatabase) {
  // The deletedAt index leaves out live rows (null), so these reads are of the bin alone.
  const [evaluations, supervisors, letters] = await Promise.all([
    db.evaluations.where('deletedAt').above('').toArray(),
    db.supervisors.where('deletedAt').above('').toArray(),
    db.supervisionLetters.where('deletedAt').above('').toArray(),
  ]);
  const names = new Map((await db.members.bulkGet(supervisors.map((s) => s.memberId))).filter((m) => m !== undefined).map((m) => [m.id, m.name]));
  return [
    ...evaluations.map((r) => ({ kind: 'evaluation' as const, id: r.id, title: r.title, detail: `民主评议 · ${formatChineseDate(r.date)} · ${r.units.length}个单位`, deletedAt: r.deletedAt! })),
    ...supervisors.map((s) => ({ kind: 'supervisor' as const, id: s.id, title: `${names.get(s.memberId) ?? '（已清除的委员）'}：${s.unit}`, detail: `${s.kind} · ${s.group || '未分组'}`, deletedAt: s.deletedAt! })),
    ...letters.map((l) => ({ kind: 'supervisionLetter' as const, id: l.id, title: l.title, detail: `民主监督建议书 · ${l.group} · ${formatChineseDate(l.date)}`, deletedAt: l.deletedAt! })),
  ];
}

/** Appointments (live or in the bin) naming the member, as a phrase for the bin's message; '' when none. */
export async function memberUseInSupervision(db: LedgerDatabase, memberId: string): Promise<string> {
  const n = await db.supervisors.where('memberId').equals(memberId).count();
  return n ? `${n}条监督员聘任记录` : '';
}
