// The one check that a backup or package holds each record once covers every table of the
// registry, the history and record sources included, and names the table in Chinese.
import { describe, expect, it } from 'vitest';
import { LEDGER_TABLES, LEDGER_TABLE_NAMES } from '../ledger/ledger-tables';
import { checkUniqueKeys } from './unique-keys';

describe('each record once, in every table', () => {
  it.each(LEDGER_TABLE_NAMES)('refuses a repeated key in %s, naming the table and the row', (table) => {
    const label = LEDGER_TABLES[table].label;
    if (table === 'recordSources') {
      const source = { table: 'members', recordId: 'm-7' };
      expect(checkUniqueKeys({ recordSources: [source, { table: 'activities', recordId: 'm-7' }] }, '备份文件')).toBeNull();
      expect(checkUniqueKeys({ recordSources: [source, { table: 'activities', recordId: 'm-7' }, { ...source }] }, '备份文件'))
        .toBe('备份文件中第3条来源记录的所指记录（委员 m-7）与前面的记录重复');
      return;
    }
    expect(checkUniqueKeys({ [table]: [{ id: 'a' }, { id: 'b' }] }, '交换包')).toBeNull();
    const records = table === 'history' ? '修改记录' : `${label}记录`;
    expect(checkUniqueKeys({ [table]: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] }, '交换包')).toBe(`交换包中第3条${records}的编号（a）与前面的记录重复`);
  });

  it('lets one id stand in two different tables', () => {
    expect(checkUniqueKeys({ members: [{ id: 'x' }], activities: [{ id: 'x' }], history: [{ id: 'x' }] }, '备份文件')).toBeNull();
  });
});
