// How well the roll import guesses on the messiest roll we could make (tests/fixtures/messy-roll.ts):
// rows ready without a hand change, and fields read right. The numbers are printed; the test
// holds them to what only the clerk can settle (a roll that says 民主党派, a new 界别).
import { describe, expect, it } from 'vitest';
import { readRollGrid } from '../../renderer/src/export/xlsx/read-roll';
import { detectRollHeader, listUnknownDictionaryValues, planRollImport, previewRoll } from '../../renderer/src/domain/members/roll-import';
import { defaultDictionaryEntries } from '../../renderer/src/domain/dictionaries/default-dictionaries';
import { dictionariesFrom } from '../../renderer/src/domain/dictionaries/dictionary-kinds';
import { buildMessyRoll, MESSY_ROLL_MEMBERS } from '../fixtures/messy-roll';

const FIELDS = ['name', 'gender', 'birthMonth', 'party', 'sector', 'role', 'workplace', 'phone'] as const;

describe('the messiest roll', () => {
  it('is read right field by field, with every row ready but those only the clerk can settle', async () => {
    const read = await readRollGrid(await buildMessyRoll());
    if (!read.ok) throw new Error(read.message);
    const detected = detectRollHeader(read.grid);
    if (!detected.ok) throw new Error(detected.message);
    expect(detected.header.sure).toBe(true);
    const ctx = { dictionaries: dictionariesFrom(defaultDictionaryEntries('2025-01-01T00:00:00.000Z')), existingMembers: [], currentTerm: 9, today: '2025-12-31' };
    const rows = previewRoll(read.grid, detected.header, ctx);
    expect(rows.map((r) => r.fields.name)).toEqual(MESSY_ROLL_MEMBERS.map((m) => m.expected.name));

    const total = MESSY_ROLL_MEMBERS.length;
    const asRead = planRollImport(rows, { accepted: [] });
    const unknown = listUnknownDictionaryValues(rows);
    const afterAdding = planRollImport(rows, { accepted: unknown });
    let right = 0;
    const wrong: string[] = [];
    rows.forEach((row, i) => {
      const expected = MESSY_ROLL_MEMBERS[i]!.expected;
      for (const f of FIELDS) {
        if (row.fields[f] === expected[f]) right++;
        else wrong.push(`${expected.name}.${f}: ${String(row.fields[f])} ≠ ${expected[f]}`);
      }
    });
    const fieldCount = total * FIELDS.length;
    console.log(`乱名册 ${total} 行：无需改动即可导入 ${asRead.members.length} 行；同意把新界别加入字典后 ${afterAdding.members.length} 行；` +
      `字段读对 ${right}/${fieldCount}（${((right / fieldCount) * 100).toFixed(1)}%）`);

    const choices = MESSY_ROLL_MEMBERS.filter((m) => m.needsChoice).length;
    const newSector = MESSY_ROLL_MEMBERS.filter((m) => m.newSector).length;
    expect(unknown.map((v) => v.name)).toEqual(['网络界']);
    expect(asRead.members).toHaveLength(total - choices - newSector);
    expect(afterAdding.members).toHaveLength(total - choices);
    // Every field as the ledger should hold it (a 民主党派 row's 党派 is empty until the clerk picks one).
    expect(wrong).toEqual([]);
    expect(rows.filter((r) => r.partyQuestion !== null).map((r) => r.fields.name)).toEqual(MESSY_ROLL_MEMBERS.filter((m) => m.needsChoice).map((m) => m.expected.name));
  });
});
