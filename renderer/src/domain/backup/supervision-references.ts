// What zod cannot see row by row in the 民主监督 tables of a backup (evaluations,
// supervisors, supervisionLetters): unique ids of the units and problems inside a round
// (the rounds' own ids: unique-keys.ts), and every member an appointment names present in the file. Kept apart from
// backup-parse.ts so that file only calls it.
import { TABLE_LABELS } from './field-labels';

type Row = { id: string };

export interface SupervisionTables {
  evaluations: readonly (Row & { units: readonly (Row & { problems: readonly Row[] })[] })[];
  supervisors: readonly (Row & { memberId: string })[];
  supervisionLetters: readonly Row[];
}

export function checkSupervisionReferences(t: SupervisionTables, memberIds: ReadonlySet<string>): string | null {
  for (const [i, r] of t.evaluations.entries()) {
    const units = new Set<string>();
    const problems = new Set<string>();
    for (const [k, u] of r.units.entries()) {
      if (units.has(u.id)) return `备份文件中第${i + 1}条${TABLE_LABELS.evaluations}记录的第${k + 1}个被评议单位的编号与前面的重复`;
      units.add(u.id);
      for (const p of u.problems) {
        if (problems.has(p.id)) return `备份文件中第${i + 1}条${TABLE_LABELS.evaluations}记录的第${k + 1}个被评议单位有重复编号的存在问题`;
        problems.add(p.id);
      }
    }
  }
  for (const [i, s] of t.supervisors.entries()) {
    if (!memberIds.has(s.memberId)) return `备份文件中第${i + 1}条${TABLE_LABELS.supervisors}记录的委员（${s.memberId}）不在委员记录中`;
  }
  return null;
}
