// Reading an .xlsx the clerk chose, in a Worker so the window stays responsive while a large or
// odd workbook is unzipped and checked. Where a Worker cannot start, it is read here instead, as
// before: slower to the eye, same answer.
import type { ReadSheetsResult } from '../../export/xlsx/read-roll';

function readInWorker(bytes: ArrayBuffer): Promise<ReadSheetsResult> {
  const worker = new Worker(new URL('../../export/xlsx/read-sheets.worker.ts', import.meta.url), { type: 'module', name: '读取Excel' });
  return new Promise<ReadSheetsResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReadSheetsResult>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || '读取 Excel 的后台任务出错'));
    worker.postMessage(bytes, [bytes]);
  }).finally(() => worker.terminate());
}

export async function readWorkbook(file: File): Promise<ReadSheetsResult> {
  const bytes = await file.arrayBuffer();
  if (typeof Worker === 'function') {
    try {
      return await readInWorker(bytes.slice(0));
    } catch (error) {
      // The worker failed to start or died: read on this thread below (said for whoever looks).
      console.warn('读取 Excel 的后台任务未能运行，改在窗口中读取：', error);
    }
  }
  const { readWorkbookSheets } = await import('../../export/xlsx/read-roll');
  return readWorkbookSheets(bytes);
}
