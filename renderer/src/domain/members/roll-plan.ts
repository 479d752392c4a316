// What a confirmed roll import writes, given the user's choices: which unknown dictionary values
// to add and which rows to leave out. A row whose 界别 (党派, 乡镇, 专委会) is unknown and not
// accepted becomes an error, so the database never holds a value its dictionary lacks.
import type { MemberFields } from './member';
import { DICTIONARY_LABELS } from '../dictionaries/dictionary-kinds';
import { dictionaryValueKey, type DictionaryValue } from './roll-dictionary';
import { severityOf, type RollPreviewRow, type RollProblem } from './roll-row';
import type { RollField } from './roll-header';

export interface RollImportChoices {
  /** Unknown dictionary values the user ticked for adding. */
  accepted: readonly DictionaryValue[];
  /** Excel row numbers the user unticked. */
  excludedRows?: ReadonlySet<number>;
  /** The party the user picked for a row whose roll says only 民主党派 (row number → 党派). */
  partyChoices?: ReadonlyMap<number, string>;
}

export interface RollImportPlan {
  /** The preview rows with the errors the choices add. */
  rows: RollPreviewRow[];
  members: MemberFields[];
  addToDictionary: DictionaryValue[];
  importedRowNumbers: number[];
  /** Rows kept out because of an error. */
  errorRowCount: number;
  /** Rows without an error that the user unticked. */
  excludedRowCount: number;
}

const FIELD_OF_KIND: Record<DictionaryValue['kind'], RollField | null> = {
  sector: 'sector', party: 'party', township: 'township', committee: 'committees', unit: null, activityType: null, proposalCategory: null,
};

/** A row that asked which party, answered: the party set and the question's problem gone. */
function withPartyChoice(row: RollPreviewRow, party: string | undefined): RollPreviewRow {
  if (row.partyQuestion === null || !party) return row;
  const problems = row.problems.filter((p) => p.field !== 'party');
  return { ...row, fields: { ...row.fields, party }, problems, severity: severityOf(problems) };
}

export function planRollImport(rows: readonly RollPreviewRow[], choices: RollImportChoices): RollImportPlan {
  const accepted = new Set(choices.accepted.map(dictionaryValueKey));
  const excluded = choices.excludedRows ?? new Set<number>();
  const plan: RollImportPlan = { rows: [], members: [], addToDictionary: [], importedRowNumbers: [], errorRowCount: 0, excludedRowCount: 0 };
  const added = new Set<string>();
  for (const given of rows) {
    const row = withPartyChoice(given, choices.partyChoices?.get(given.rowNumber));
    const refused: RollProblem[] = row.unknownDictionaryValues
      .filter((v) => !accepted.has(dictionaryValueKey(v)))
      .map((v) => ({
        field: FIELD_OF_KIND[v.kind],
        severity: 'error',
        message: `第${row.rowNumber}行 ${DICTIONARY_LABELS[v.kind]}“${v.name}”不在字典中，且未勾选加入字典`,
      }));
    const problems = [...row.problems, ...refused];
    const final: RollPreviewRow = refused.length ? { ...row, problems, severity: severityOf(problems) } : row;
    plan.rows.push(final);
    if (final.severity === 'error') {
      plan.errorRowCount++;
      continue;
    }
    if (excluded.has(row.rowNumber)) {
      plan.excludedRowCount++;
      continue;
    }
    plan.members.push(row.fields);
    plan.importedRowNumbers.push(row.rowNumber);
    // Only values an imported row uses are added: ticking a value seen only on a bad row adds nothing.
    for (const v of row.unknownDictionaryValues) {
      const key = dictionaryValueKey(v);
      if (!added.has(key)) {
        added.add(key);
        plan.addToDictionary.push(v);
      }
    }
  }
  return plan;
}
