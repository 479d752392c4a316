// The 履职积分 rules in the settings table: saved only when valid, read back validated, reset
// to the defaults, and carried by a backup into another database (and refused there when bad).
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { LATEST_SCHEMA_VERSION } from './schema-versions';
import { DEFAULT_SCORE_RULES, SCORE_RULES_ID } from '../domain/scores/score-rules';
import { serializeBackup } from '../domain/backup/backup-format';
import { parseBackup } from '../domain/backup/backup-parse';
import { TEST_BACKUP_META } from '../domain/backup/backup-fixtures';

const meta = { ...TEST_BACKUP_META, schemaVersion: LATEST_SCHEMA_VERSION };
const edited = () => {
  const rules = structuredClone(DEFAULT_SCORE_RULES);
  rules.rules[0]!.points = 8;
  rules.grades[0]!.min = 95;
  return rules;
};

describe('score rules store', () => {
  it('uses the defaults until the office saves its own, and again after a reset', async () => {
    const repos = await openTestLedger();
    expect(await repos.scoreRules.loadScoreRules()).toEqual({ rules: DEFAULT_SCORE_RULES, custom: false, problem: null });
    expect((await repos.scoreRules.saveScoreRules(edited())).ok).toBe(true);
    expect(await repos.scoreRules.loadScoreRules()).toEqual({ rules: edited(), custom: true, problem: null });
    // The committee row is untouched beside it.
    expect((await repos.settings.getSettings())?.committee.name).toBe('罗城仫佬族自治县政协');
    await repos.scoreRules.resetScoreRules();
    expect((await repos.scoreRules.loadScoreRules()).custom).toBe(false);
  });

  it('refuses invalid rules with the field’s message and keeps what was stored', async () => {
    const repos = await openTestLedger();
    await repos.scoreRules.saveScoreRules(edited());
    const bad = edited();
    bad.rules[2]!.cap = 0;
    const result = await repos.scoreRules.saveScoreRules(bad);
    expect(result).toEqual({ ok: false, errors: { 'rules.2.cap': '上限应大于0（不设上限请留空）' } });
    expect((await repos.scoreRules.loadScoreRules()).rules).toEqual(edited());
  });

  it('sets aside a stored row that no longer validates', async () => {
    const repos = await openTestLedger();
    await repos.db.table('settings').put({ id: SCORE_RULES_ID, rules: { rules: [] }, updatedAt: '2025-01-01T00:00:00.000Z' });
    const loaded = await repos.scoreRules.loadScoreRules();
    expect(loaded.rules).toEqual(DEFAULT_SCORE_RULES);
    expect(loaded.problem).toMatch(/^已保存的履职积分规则有误/);
  });

  it('goes into a backup and comes back in a restore', async () => {
    const source = await openTestLedger();
    await source.scoreRules.saveScoreRules(edited());
    const text = await serializeBackup(await source.backup.readWholeLedger(), meta);
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const target = await openTestLedger();
    await target.backup.replaceWholeLedger(parsed.ledger);
    expect((await target.scoreRules.loadScoreRules()).rules).toEqual(edited());
    expect((await target.settings.getSettings())?.committee.name).toBe('罗城仫佬族自治县政协');
  });

  it('refuses a backup whose rules are invalid, naming the settings table', async () => {
    const source = await openTestLedger();
    const ledger = await source.backup.readWholeLedger();
    const bad = edited();
    bad.fullMarks = 0;
    const text = await serializeBackup({ ...ledger, scoreRules: { id: SCORE_RULES_ID, rules: bad, updatedAt: '2025-01-01T00:00:00.000Z' } }, meta);
    const parsed = await parseBackup(text);
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining('满分至少为1') as string });
    expect(parsed.ok ? '' : parsed.message).toContain('设置');
  });

  it('writes the rules as a second settings row, and refuses a row it does not know', async () => {
    const source = await openTestLedger();
    await source.scoreRules.saveScoreRules(edited());
    const ledger = await source.backup.readWholeLedger();
    const unknown = await parseBackup(await serializeBackup({ ...ledger, scoreRules: { ...ledger.scoreRules!, id: 'other' as typeof SCORE_RULES_ID } }, meta));
    expect(unknown.ok ? '' : unknown.message).toMatch(/^备份文件内容有误：第2条设置记录/);
    const text = await serializeBackup(ledger, meta);
    const doc = JSON.parse(text) as { tables: { settings: unknown[] } };
    expect(doc.tables.settings).toHaveLength(2);
  });
});
