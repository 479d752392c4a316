// What the page's database holds, read straight from IndexedDB (not through the program): the
// committee's name and how many rows the main tables have. The interrupted restore and import
// tests compare it before and after a reload.
import type { Page } from '@playwright/test';

export interface StoredCounts {
  committee: string;
  members: number;
  activities: number;
  proposals: number;
}

export function readStoredCounts(page: Page): Promise<StoredCounts> {
  return page.evaluate(() => new Promise<StoredCounts>((resolve, reject) => {
    const open = indexedDB.open('cppcc-ledger');
    open.onerror = () => reject(new Error('cannot open'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['settings', 'members', 'activities', 'proposals'], 'readonly');
      const result: StoredCounts = { committee: '', members: 0, activities: 0, proposals: 0 };
      const settings = tx.objectStore('settings').get('committee');
      settings.onsuccess = () => (result.committee = (settings.result as { committee?: { name?: string } } | undefined)?.committee?.name ?? '');
      for (const table of ['members', 'activities', 'proposals'] as const) {
        const count = tx.objectStore(table).count();
        count.onsuccess = () => (result[table] = count.result);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(result);
      };
    };
  }));
}
