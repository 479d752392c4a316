// The Excel reader run off the window's thread: unzipping and laying out a workbook of a few MB
// takes seconds on an office PC, and on the window's thread the program would freeze meanwhile.
// It receives the file's bytes and answers with what readWorkbookSheets answers.
import { readWorkbookSheets, DAMAGED_MESSAGE, type ReadSheetsResult } from './read-roll';

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  void readWorkbookSheets(event.data).then(
    (result) => self.postMessage(result),
    // exceljs throwing past the reader's own checks means the file's inside is not what it claims.
    () => self.postMessage({ ok: false, message: DAMAGED_MESSAGE } satisfies ReadSheetsResult),
  );
};
