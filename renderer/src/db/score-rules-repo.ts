// The office's 履职积分 rules: one row of the settings table under its own id ('score-rules'),
// beside the committee row, so no schema version is needed and backups carry it. Validated with
// zod on the way in and again on the way out (restore on read): a stored row that no longer
// passes is set aside with a message and the defaults are used, never handed on as it is.
import type { LedgerDatabase } from './database';
import { DEFAULT_SCORE_RULES, SCORE_RULES_ID, scoreRulesRecordSchema, scoreRulesSchema, type ScoreRules, type ScoreRulesRecord } from '../domain/scores/score-rules';
import { validateWith, type Validated } from '../domain/common/validation';
import { nowIso } from './clock';


export interface LoadedScoreRules {
  rules: ScoreRules;
  /** True when the office's own rules are in force, false for the defaults. */
  custom: boolean;
  /** Why stored rules were set aside, in Chinese; null when none were. */
  problem: string | null;
}

/** The stored row if it is valid (for the backup); undefined when there is none or it is broken. */
export async function readScoreRulesRecord(db: LedgerDatabase): Promise<ScoreRulesRecord | undefined> {
  const parsed = scoreRulesRecordSchema.safeParse(await db.settings.get(SCORE_RULES_ID));
  return parsed.success ? parsed.data : undefined;
}

export async function loadScoreRules(db: LedgerDatabase): Promise<LoadedScoreRules> {
  const raw = await db.settings.get(SCORE_RULES_ID);
  if (raw === undefined) return { rules: DEFAULT_SCORE_RULES, custom: false, problem: null };
  const parsed = scoreRulesRecordSchema.safeParse(raw);
  if (parsed.success) return { rules: parsed.data.rules, custom: true, problem: null };
  return { rules: DEFAULT_SCORE_RULES, custom: false, problem: `已保存的履职积分规则有误（${parsed.error.issues[0]?.message ?? '格式不正确'}），暂用默认规则` };
}

export async function saveScoreRules(db: LedgerDatabase, input: unknown): Promise<Validated<ScoreRules>> {
  const checked = validateWith(scoreRulesSchema, input);
  if (!checked.ok) return checked;
  const record: ScoreRulesRecord = { id: SCORE_RULES_ID, rules: checked.value, updatedAt: nowIso() };
  await db.settings.put(record);
  return checked;
}

/** Back to the defaults (docs/domain.md's example) by forgetting the office's rules. */
export async function resetScoreRules(db: LedgerDatabase): Promise<void> {
  await db.settings.delete(SCORE_RULES_ID);
}

/** Used by a restore, inside its transaction: the backup's rules replace the stored ones. */
export async function putScoreRulesRecord(db: LedgerDatabase, record: ScoreRulesRecord): Promise<void> {
  await db.settings.put(record);
}
