// Reads one year's records through the year indexes, with the office's 履职积分 rules, and
// hands them to the domain (domain/scores/) for the 履职档案 and the 履职情况统计表.
import type { LedgerDatabase } from './database';
import { loadActivityCategories, loadActivityTypeCodes, loadDictionaries } from './dictionary-repo';
import { loadScoreRules, type LoadedScoreRules } from './score-rules-repo';
import { computeMemberDuties, recordedAreas, type DutyInput, type MemberDuty } from '../domain/scores/member-duty';
import { buildDutyTable, type DutyTableRow } from '../domain/scores/duty-table';

async function dutyInput(db: LedgerDatabase, year: number): Promise<DutyInput> {
  const [activities, proposals, opinions, categoryOf, codeOf] = await Promise.all([
    db.activities.where('year').equals(year).toArray(),
    db.proposals.where('year').equals(year).toArray(),
    db.opinions.where('year').equals(year).toArray(),
    loadActivityCategories(db),
    loadActivityTypeCodes(db),
  ]);
  return { activities, proposals, categoryOf, codeOf, opinions, recorded: recordedAreas(year, `${year}-12-31`, { activities, proposals, opinions }) };
}

export interface DutyTable {
  year: number;
  rows: DutyTableRow[];
  rules: LoadedScoreRules;
}

export async function loadDutyTable(db: LedgerDatabase, year: number): Promise<DutyTable> {
  const [members, input, rules, dicts] = await Promise.all([db.members.toArray(), dutyInput(db, year), loadScoreRules(db), loadDictionaries(db)]);
  return { year, rows: buildDutyTable(members, input, rules.rules, year, dicts.sector), rules };
}

export interface MemberDutyResult {
  duty: MemberDuty;
  rules: LoadedScoreRules;
}

export async function loadMemberDuty(db: LedgerDatabase, memberId: string, year: number): Promise<MemberDutyResult> {
  const [input, rules] = await Promise.all([dutyInput(db, year), loadScoreRules(db)]);
  return { duty: computeMemberDuties([memberId], input, rules.rules, year)[0]!, rules };
}
