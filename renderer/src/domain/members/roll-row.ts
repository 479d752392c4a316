// The shape of one previewed roll row and its problems, shared by the parser, the duplicate
// check and the import plan.
import type { MemberFields } from './member';
import type { RollField } from './roll-header';
import type { DictionaryValue } from './roll-dictionary';

export type ProblemSeverity = 'error' | 'warning';
export type RowSeverity = 'ok' | ProblemSeverity;

export interface RollProblem {
  /** The column the problem is in; null when it concerns the whole row. */
  field: RollField | null;
  severity: ProblemSeverity;
  /** Chinese, naming the row and the column: 第12行 出生年月“1975-13”不是有效的年月… */
  message: string;
}

export interface RollPreviewRow {
  /** The row number Excel shows (1-based). */
  rowNumber: number;
  fields: MemberFields;
  problems: RollProblem[];
  severity: RowSeverity;
  /** 界别, 党派, 乡镇 or 专委会 values the office's dictionaries do not hold yet. */
  unknownDictionaryValues: DictionaryValue[];
  /** Same person as an existing member or an earlier row: the UI leaves it unticked. */
  likelyDuplicate: boolean;
  /** The roll's 党派 text when it names no party (民主党派): the clerk picks the party for the row. */
  partyQuestion: string | null;
}

/** Shared by every sheet import (the proposal table too): any error makes the row an error. */
export function severityOf(problems: readonly { severity: ProblemSeverity }[]): RowSeverity {
  if (problems.some((p) => p.severity === 'error')) return 'error';
  return problems.length ? 'warning' : 'ok';
}

