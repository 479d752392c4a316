// The bytes of a backup file of the whole ledger, as the 备份 button and the automatic backups
// write it: one function, so a file from either restores the same way.
import { LATEST_SCHEMA_VERSION } from '../../db/schema-versions';
import { serializeBackup } from '../../domain/backup/backup-format';
import type { Ledger } from '../../domain/ledger/ledger';
import { APP_VERSION } from './backup-view';

export async function makeBackupBytes(ledger: Ledger, createdAt: Date): Promise<Uint8Array> {
  const text = await serializeBackup(ledger, { createdAt: createdAt.toISOString(), appVersion: APP_VERSION, schemaVersion: LATEST_SCHEMA_VERSION });
  return new TextEncoder().encode(text);
}
