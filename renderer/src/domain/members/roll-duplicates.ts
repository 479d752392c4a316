// Spotting a roll row that is probably someone already in the ledger, or a row repeated within the
// file. Re-importing last year's roll must not double everyone, yet two members may share a name,
// so these are warnings: the same name with the same birth month or workplace is "likely the same
// person" (left unticked), the same name alone only asks the user to look.
import type { MemberFields } from './member';
import { formatChineseMonth } from '../common/dates';
import { severityOf, type RollPreviewRow, type RollProblem } from './roll-row';
import { namesakeWarning } from './namesakes';

export type ExistingMember = Pick<MemberFields, 'name' | 'birthMonth' | 'workplace' | 'term' | 'sector'> & { deletedAt?: string | null };

type Someone = Pick<MemberFields, 'birthMonth' | 'workplace'>;

/** Why two same-named people look like one: '' when nothing but the name agrees. */
function sameness(a: Someone, b: Someone): string {
  if (a.birthMonth && a.birthMonth === b.birthMonth) return `出生年月同为${formatChineseMonth(a.birthMonth)}`;
  if (a.workplace && a.workplace === b.workplace) return '工作单位相同';
  return '';
}

function warn(row: RollPreviewRow, message: string, likely: boolean): RollPreviewRow {
  const problem: RollProblem = { field: 'name', severity: 'warning', message: `第${row.rowNumber}行 ${message}` };
  const problems = [...row.problems, problem];
  return { ...row, problems, severity: severityOf(problems), likelyDuplicate: row.likelyDuplicate || likely };
}

export function markDuplicates(rows: readonly RollPreviewRow[], existing: readonly ExistingMember[]): RollPreviewRow[] {
  const existingByName = new Map<string, ExistingMember[]>();
  for (const m of existing) {
    if (m.deletedAt) continue;
    existingByName.set(m.name, [...(existingByName.get(m.name) ?? []), m]);
  }
  const out = [...rows];
  const seen = new Map<string, number[]>(); // name → indexes into out
  out.forEach((row, i) => {
    const name = row.fields.name;
    if (!name) return;
    const olds = existingByName.get(name) ?? [];
    const strong = olds.map((m) => ({ m, why: sameness(row.fields, m) })).find((x) => x.why);
    if (strong) {
      out[i] = warn(out[i]!, `可能与已有委员重复：${name}（${strong.why}，第${strong.m.term}届），默认不导入`, true);
    } else if (olds.length) {
      out[i] = warn(out[i]!, namesakeWarning(name, olds), false);
    }
    const earlier = seen.get(name) ?? [];
    for (const j of earlier) {
      const why = sameness(out[i]!.fields, out[j]!.fields);
      const first = out[j]!.rowNumber;
      out[i] = why
        ? warn(out[i]!, `与第${first}行重复（姓名相同，${why}），默认不导入`, true)
        : warn(out[i]!, `与第${first}行姓名相同，请确认不是同一人`, false);
      out[j] = warn(out[j]!, `与第${row.rowNumber}行姓名相同`, false);
    }
    seen.set(name, [...earlier, i]);
  });
  return out;
}
