// Where the lock lives and whether the screens are locked now. The lock record is kept in this
// PC's localStorage, not in the ledger: it belongs to the PC (a shared office PC), so a backup
// restored elsewhere does not carry a password the people there never chose.
import { create } from 'zustand';
import { lockRecordSchema, type LockRecord } from '../../domain/lock/lock-key';

const KEY = 'cppcc-ledger:lock';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadLockRecord(): LockRecord | null {
  const text = storage()?.getItem(KEY);
  if (!text) return null;
  try {
    const parsed = lockRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

interface LockState {
  record: LockRecord | null;
  locked: boolean;
  saveRecord: (record: LockRecord) => void;
  removeRecord: () => void;
  lock: () => void;
  unlock: () => void;
}

export const useLockStore = create<LockState>((set) => {
  const record = loadLockRecord();
  return {
    record,
    // With a password set, the program opens locked.
    locked: record !== null,
    // Throws when the PC cannot keep it (storage full or unavailable): the panel says so rather
    // than report a password that would be gone at the next start.
    saveRecord: (next) => {
      const kept = storage();
      if (!kept) throw new Error('这台电脑不能保存密码（程序的本地存储不可用）');
      kept.setItem(KEY, JSON.stringify(next));
      set({ record: next });
    },
    removeRecord: () => {
      storage()?.removeItem(KEY);
      set({ record: null, locked: false });
    },
    lock: () => set((s) => ({ locked: s.record !== null })),
    unlock: () => set({ locked: false }),
  };
});
