// The steps of an import: read and check the package (nothing written on any problem), preview
// what it would do against this ledger, let the user settle each conflict, then write it all in
// one transaction (db/exchange-repo.ts applyExchangeImport).
import { useRef, useState } from 'react';
import { App } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { ImportPreview } from '../../db/exchange-repo';
import { parseExchangeBytes, type ExchangePackage } from '../../domain/exchange/exchange-parse';
import type { Side } from '../../domain/exchange/exchange-merge';
import { fileSizeProblem } from '../../platform/ipc-contract';
import { errorText } from '../backup/backup-view';
import { installationId } from './installation-id';

export type ChosenPackage =
  | { kind: 'none' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'ready'; fileName: string; pkg: ExchangePackage; preview: ImportPreview };

async function checkPackage(file: File): Promise<ChosenPackage> {
  const fileName = file.name;
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) return { kind: 'refused', fileName, message: `不能导入这个文件：${tooBig}` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { kind: 'refused', fileName, message: `无法读取这个文件：${errorText(e)}` };
  }
  const parsed = await parseExchangeBytes(bytes);
  if (!parsed.ok) return { kind: 'refused', fileName, message: parsed.message };
  const preview = await appLedger.exchange.previewExchangeImport(parsed.pkg, installationId());
  if (!preview.ok) return { kind: 'refused', fileName, message: preview.message };
  return { kind: 'ready', fileName, pkg: parsed.pkg, preview: preview.preview };
}

export function useImportFlow() {
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<ChosenPackage>({ kind: 'none' });
  const [choices, setChoices] = useState<ReadonlyMap<string, Side>>(new Map());
  const [busy, setBusy] = useState(false);
  // Only the file chosen last may fill the preview, even if an earlier one finishes reading later.
  const latestPick = useRef(0);

  const offer = async (file: File) => {
    const pick = ++latestPick.current;
    setChosen({ kind: 'reading', fileName: file.name });
    setChoices(new Map());
    let next: ChosenPackage;
    try {
      next = await checkPackage(file);
    } catch (e) {
      next = { kind: 'refused', fileName: file.name, message: `无法检查这个文件：${errorText(e)}` };
    }
    if (pick === latestPick.current) setChosen(next);
  };

  const choose = (key: string, side: Side) => setChoices((held) => new Map(held).set(key, side));

  const confirm = async () => {
    if (chosen.kind !== 'ready') return;
    setBusy(true);
    try {
      const outcome = await appLedger.exchange.applyExchangeImport(chosen.pkg, chosen.preview, choices, chosen.fileName);
      setChosen({ kind: 'none' });
      message.success(outcome.written ? `已导入：写入 ${outcome.written} 条记录` : '已导入：交换包中的记录本机都已有，台账没有改动');
    } catch (e) {
      message.error(`导入失败，台账没有改动：${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return { chosen, choices, busy, offer, choose, confirm, cancel: () => setChosen({ kind: 'none' }) };
}
