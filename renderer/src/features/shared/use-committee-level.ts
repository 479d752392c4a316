// The committee's level (县, 区 or 市) from its settings, for screens that name its 县委/县政府.
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { CommitteeSettings } from '../../domain/settings/committee-settings';

export function useCommitteeLevel(): CommitteeSettings['level'] {
  const settings = useLiveQuery(() => appLedger.settings.getSettings(), []);
  return settings?.committee.level ?? '县';
}
