// The settings table holds two kinds of row under fixed ids: the committee's settings
// ('committee') and, once the office edits them, its 履职积分 rules ('score-rules'). The id tells
// them apart, so the table's row type is a union discriminated by it.
import type { SettingsRecord } from './committee-settings';
import type { ScoreRulesRecord } from '../scores/score-rules';

export type SettingsRow = SettingsRecord | ScoreRulesRecord;

export function isCommitteeRow(row: SettingsRow | undefined): row is SettingsRecord {
  return row?.id === 'committee';
}
