// The committee's settings and first-run setup. Setup writes the settings and, on an empty
// ledger, the default dictionaries, in one transaction.
import type { LedgerDatabase } from './database';
import { committeeSettingsSchema, type CommitteeSettings, type SettingsRecord } from '../domain/settings/committee-settings';
import { defaultDictionaryEntries } from '../domain/dictionaries/default-dictionaries';
import { validateWith, type Validated } from '../domain/common/validation';
import { nowIso } from './clock';
import { isCommitteeRow } from '../domain/settings/settings-row';

/** The committee's row of the settings table (the other row, 'score-rules', is score-rules-repo's). */
export async function getSettings(db: LedgerDatabase): Promise<SettingsRecord | undefined> {
  const row = await db.settings.get('committee');
  return isCommitteeRow(row) ? row : undefined;
}

/** Writes the committee's row (typed as that row, so the score rules' row cannot be written by mistake). */
export async function putSettings(db: LedgerDatabase, row: SettingsRecord): Promise<void> {
  await db.settings.put(row);
}

/** Saves the committee; a new ledger also gets the default dictionaries and the 乡镇 given at setup. */
export async function saveCommitteeSettings(db: LedgerDatabase, input: unknown, townships: readonly string[] = []): Promise<Validated<CommitteeSettings>> {
  const checked = validateWith(committeeSettingsSchema, input);
  if (!checked.ok) return checked;
  const at = nowIso();
  await db.transaction('rw', db.settings, db.dictionary, async () => {
    const existing = await getSettings(db);
    // Spread first so that settings kept beside the committee (proposal handling) survive.
    await putSettings(db, { ...existing, id: 'committee', committee: checked.value, sampleLoaded: existing?.sampleLoaded ?? false, updatedAt: at });
    if ((await db.dictionary.count()) === 0) await db.dictionary.bulkAdd(defaultDictionaryEntries(at, townships));
  });
  return checked;
}
