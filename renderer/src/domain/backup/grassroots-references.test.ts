// A backup's 联络站, 主题实践活动, 结对帮扶 and 文史资料 rows must point at members and activities
// in the same file; a file written before these tables existed still restores, with none.
import { describe, expect, it } from 'vitest';
import { parseBackup } from './backup-parse';
import { editBackup, smallBackupText } from './backup-fixtures';

async function refusal(edit: Parameters<typeof editBackup>[1]): Promise<string> {
  const parsed = await parseBackup(await editBackup(await smallBackupText(), edit));
  return parsed.ok ? 'restored' : parsed.message;
}

describe('grass-roots tables in a backup', () => {
  it('carries the sample’s records through', async () => {
    const parsed = await parseBackup(await smallBackupText());
    expect(parsed.ok && parsed.ledger.stations.length).toBeGreaterThan(0);
    expect(parsed.ok && parsed.ledger.culture.length).toBeGreaterThan(0);
  });

  it('refuses rows that name records not in the file, saying which', async () => {
    expect(await refusal((d) => { (d.tables.stations![0]!.staffMemberIds as string[])[0] = 'ghost'; })).toBe('备份文件中第1条联络站记录的工作人员（ghost）不在委员记录中');
    expect(await refusal((d) => { (d.tables.campaigns![0]!.activityIds as string[]).push('ghost'); })).toBe('备份文件中第1条主题实践活动记录所关联的活动（ghost）不在活动记录中');
    let row = 0;
    expect(await refusal((d) => {
      row = d.tables.pairings!.findIndex((p) => p.linkKind === '委员');
      d.tables.pairings![row]!.memberId = 'ghost';
    })).toBe(`备份文件中第${row + 1}条结对帮扶记录的结对委员（ghost）不在委员记录中`);
  });

  it('refuses a row inside a record whose id repeats an earlier row of the same list, saying which', async () => {
    type Rows = { id: string }[];
    let row = 0;
    expect(await refusal((d) => {
      row = d.tables.activities!.findIndex((a) => (a.participants as Rows).length >= 2);
      const people = d.tables.activities![row]!.participants as Rows;
      people[1]!.id = people[0]!.id;
    })).toBe(`备份文件中第${row + 1}条活动记录的第2条参加人员的编号与前面的重复`);
    expect(await refusal((d) => {
      row = d.tables.pairings!.findIndex((p) => (p.deeds as Rows).length >= 2);
      const deeds = d.tables.pairings![row]!.deeds as Rows;
      deeds[1]!.id = deeds[0]!.id;
    })).toBe(`备份文件中第${row + 1}条结对帮扶记录的第2条帮扶事项的编号与前面的重复`);
  });

  it('reads a file written before these tables as having none', async () => {
    const parsed = await parseBackup(await editBackup(await smallBackupText(), (d) => {
      d.formatVersion = 2;
      for (const t of ['stations', 'campaigns', 'pairings', 'culture']) delete d.tables[t];
    }));
    expect(parsed.ok && [parsed.ledger.stations, parsed.ledger.campaigns, parsed.ledger.pairings, parsed.ledger.culture]).toEqual([[], [], [], []]);
  });
});
