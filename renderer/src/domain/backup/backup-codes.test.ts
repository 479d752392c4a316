// Formats written before activity types had codes: a backup of format 1 or 2 and an exchange package
// of format 1 (a schema-2 PC) are read with their entries given codes and their 积分 rules naming
// types by code; a package of a newer format than this version reads is refused in Chinese.
import { describe, expect, it } from 'vitest';
import { parseBackup } from './backup-parse';
import { serializeBackup, BACKUP_FORMAT_VERSION } from './backup-format';
import { editBackup, smallLedgerWithAttachment, TEST_BACKUP_META } from './backup-fixtures';
import { editPackage, smallPackageText } from '../exchange/exchange-fixtures';
import { parseExchangePackage } from '../exchange/exchange-parse';
import { EXCHANGE_FORMAT_VERSION } from '../exchange/exchange-format';
import { DEFAULT_SCORE_RULES, SCORE_RULES_ID } from '../scores/score-rules';
import type { Ledger } from '../ledger/ledger';

type Row = Record<string, unknown>;

const codeOf = (e: Ledger['dictionary'][number]) => [e.kind, e.name, e.code];

function ledgerWithRules(): Ledger {
  const ledger = smallLedgerWithAttachment();
  return { ...ledger, scoreRules: { id: SCORE_RULES_ID, updatedAt: '2025-01-02T00:00:00.000Z', rules: DEFAULT_SCORE_RULES } };
}

/** As format `version` wrote it: no codes on entries, rules naming 全体会议 by name. */
async function oldBackup(version: 1 | 2): Promise<string> {
  return editBackup(await serializeBackup(ledgerWithRules(), TEST_BACKUP_META), (d) => {
    d.formatVersion = version;
    for (const e of d.tables.dictionary!) delete e.code;
    const rules = d.tables.settings!.find((r) => r.id === SCORE_RULES_ID) as { rules: { rules: { source: Row }[] } };
    for (const r of rules.rules.rules) {
      const s = r.source as { activityTypes?: string[]; excludeTypes?: string[] };
      if (s.activityTypes) s.activityTypes = s.activityTypes.map((t) => (t === 'plenary' ? '全体会议' : t));
      if (s.excludeTypes) s.excludeTypes = s.excludeTypes.map((t) => (t === 'plenary' ? '全体会议' : t));
    }
  });
}

describe('reading what was written before codes', () => {
  it('writes backup format 3 and exchange format 2', () => {
    expect(BACKUP_FORMAT_VERSION).toBe(3);
    expect(EXCHANGE_FORMAT_VERSION).toBe(2);
  });

  for (const version of [1, 2] as const) {
    it(`reads a format-${version} backup with codes on its entries and in its rules`, async () => {
      const text = await oldBackup(version);
      expect(text).toContain('全体会议');
      expect((JSON.parse(text) as { tables: { dictionary: Row[] } }).tables.dictionary.some((e) => 'code' in e)).toBe(false);
      const parsed = await parseBackup(text);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.ledger.dictionary.map(codeOf)).toEqual(ledgerWithRules().dictionary.map(codeOf));
      expect(parsed.ledger.scoreRules?.rules).toEqual(DEFAULT_SCORE_RULES);
    });
  }

  it('upgrades a package from a schema-2 PC (format 1, no codes) as it is read', async () => {
    const text = await editPackage(await smallPackageText(), (d) => {
      d.formatVersion = 1;
      for (const e of d.tables.dictionary!) delete e.code;
    });
    const read = await parseExchangePackage(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.pkg.records.dictionary.map(codeOf)).toEqual(smallLedgerWithAttachment().dictionary.map(codeOf));
  });

  it('refuses a package of a newer format than it reads, saying to upgrade, as a schema-2 PC refuses this version’s', async () => {
    const text = await editPackage(await smallPackageText(), (d) => { d.formatVersion = EXCHANGE_FORMAT_VERSION + 1; });
    const read = await parseExchangePackage(text);
    expect(read).toEqual({ ok: false, message: `交换包格式版本为 ${EXCHANGE_FORMAT_VERSION + 1}，本程序只能读取 ${EXCHANGE_FORMAT_VERSION} 及以前的版本，请升级程序后再导入` });
  });
});
