// The steps every restore goes through, whatever the file came from (a file the user picked, an
// automatic backup, the first-run screen): read and check it, show what it holds, and only after
// a confirmation replace the ledger in one transaction.
import { useRef, useState } from 'react';
import { App } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { parseBackupBytes, type BackupSummary } from '../../domain/backup/backup-parse';
import type { Ledger } from '../../domain/ledger/ledger';
import { useYearStore } from '../../app/stores/year-store';
import { errorText } from './backup-view';
import { restorePointChanged } from './restore-point-store';

export type ChosenBackup =
  | { kind: 'none' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'ready'; fileName: string; ledger: Ledger; summary: BackupSummary };

/** Reads the text (throwing a Chinese message when it cannot) and checks it with the backup parser. */
export async function checkBackupFile(fileName: string, readBytes: () => Promise<Uint8Array>): Promise<ChosenBackup> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes();
  } catch (e) {
    return { kind: 'refused', fileName, message: `无法读取这个文件：${errorText(e)}` };
  }
  const parsed = await parseBackupBytes(bytes);
  return parsed.ok ? { kind: 'ready', fileName, ledger: parsed.ledger, summary: parsed.summary } : { kind: 'refused', fileName, message: parsed.message };
}

export function useRestoreFlow() {
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<ChosenBackup>({ kind: 'none' });
  // Only the file chosen last may fill the preview, even if an earlier one finishes reading later.
  const latestPick = useRef(0);

  const offer = async (fileName: string, check: () => Promise<ChosenBackup>) => {
    const pick = ++latestPick.current;
    setChosen({ kind: 'reading', fileName });
    const next = await check();
    if (pick === latestPick.current) setChosen(next);
  };

  const restore = async () => {
    if (chosen.kind !== 'ready') return;
    try {
      // The ledger it replaces is kept first, so the restore can be undone (撤销恢复).
      await appLedger.restorePoint.restoreKeepingPoint(chosen.ledger);
      restorePointChanged();
      // Show a year the restored ledger has, so its records are on screen at once.
      const { year, yearSelected } = useYearStore.getState();
      const newest = chosen.summary.years[0];
      if (newest !== undefined && !chosen.summary.years.includes(year)) yearSelected(newest);
      setChosen({ kind: 'none' });
      message.success('已从备份恢复台账；恢复之前的台账已保留，可在“备份与恢复”中撤销恢复');
    } catch (e) {
      message.error(`恢复失败，当前台账没有改动：${errorText(e)}`);
    }
  };

  return { chosen, offer, restore, cancel: () => setChosen({ kind: 'none' }) };
}
