// This PC's installation id: a random id made the first time it is asked for and kept in
// localStorage, beside the ledger in the same browser profile (so two browser profiles, or two
// PCs, have two ids). It is not kept in the database on purpose: restoring a backup made on
// another PC replaces the whole database, and this PC must not take that PC's identity with it.
import { newId } from '../../domain/common/record';
import { browserStorage, type SmallStorage } from '../backup/backup-reminder';

const KEY = 'cppcc-ledger:installation-id';
/** Used for this session only when localStorage cannot be written (a locked-down profile). */
let fallback: string | null = null;

export function installationId(storage: SmallStorage | null = browserStorage()): string {
  const held = storage?.getItem(KEY) ?? null;
  if (held && /^[\w-]{8,64}$/u.test(held)) return held;
  const made = newId();
  try {
    storage?.setItem(KEY, made);
    if (storage?.getItem(KEY) === made) return made;
  } catch {
    // Falls through to a session id: exchanges still work, only conflicts may be asked again.
  }
  fallback ??= made;
  return fallback;
}
