// At start, with an empty ledger and automatic backups on disk, the program offers the newest
// backup that is whole: each is read (its checksum checked) and parsed, newest first, and the
// damaged ones skipped are named so the user knows why an older one is offered.
import type { AutoBackupEntry } from '../../platform';
import type { ChosenBackup } from './use-restore-flow';

export interface NewestGood {
  chosen: ChosenBackup | null;
  skipped: { name: string; message: string }[];
}

export async function findNewestGoodBackup(entries: readonly AutoBackupEntry[], check: (entry: AutoBackupEntry) => Promise<ChosenBackup>): Promise<NewestGood> {
  const skipped: NewestGood['skipped'] = [];
  for (const entry of entries) {
    const chosen = await check(entry);
    if (chosen.kind === 'ready') return { chosen, skipped };
    skipped.push({ name: entry.name, message: chosen.kind === 'refused' ? chosen.message : '无法读取' });
  }
  return { chosen: null, skipped };
}
