// A dev check that a big county's ten years (500 members, 3000 activities, about 55,000
// attendance rows) go through a backup file and back. Counts only: tests never assert how long things take.
import { describe, expect, it } from 'vitest';
import { serializeBackup } from './backup-format';
import { parseBackup } from './backup-parse';
import { generateLedger, SAMPLE_SIZE_BIG_COUNTY } from '../sample/generate-ledger';
import { countLedger } from '../ledger/ledger';
import { TEST_BACKUP_META } from './backup-fixtures';

describe('a big county ledger in a backup file', () => {
  it('serializes and parses back with every record', async () => {
    const ledger = generateLedger(SAMPLE_SIZE_BIG_COUNTY);
    const text = await serializeBackup(ledger, TEST_BACKUP_META);
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.summary.counts).toEqual(countLedger(ledger));
    // Each year's 全体会议 calls all 500 members, a 常委会议 the 125 with a seat, any other activity 15.
    const standing = ledger.activities.filter((a) => a.type === '常委会议').length;
    expect(parsed.summary.counts).toMatchObject({ members: 500, activities: 3000, attendance: 10 * 500 + 125 * standing + 15 * (3000 - 10 - standing) });
    expect(parsed.summary.years).toHaveLength(10);
    expect(parsed.ledger.activities.at(-1)?.participants).toEqual(ledger.activities.at(-1)?.participants);
  });
});
