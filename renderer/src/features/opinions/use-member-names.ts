// Members' names by id for showing submitters, deleted members included (an item keeps its submitter).
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';

const NONE: ReadonlyMap<string, string> = new Map();

export function useMemberNames(): ReadonlyMap<string, string> {
  return useLiveQuery(() => appLedger.opinions.loadMemberNames(), []) ?? NONE;
}
