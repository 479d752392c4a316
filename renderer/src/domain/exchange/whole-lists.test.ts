// A record from a format-1 package (a PC still on the older release): its rows inside the record
// (批示 …) had no ids or stamps, and get them as the package is read — ids hashed from their text,
// stamps the record's createdAt — so an edited row reads as a new row and a removed one as merely
// absent. Its lists therefore go whole with the record's winner: the edited 批示 replaces the old
// one, a removed one stays removed (and stays off when the result later meets another PC's list
// row by row), and an edit on both PCs is a conflict that shows the lists.
import { describe, expect, it } from 'vitest';
import { liveRows, newRow } from '../common/row-stamps';
import { withRowStamps } from '../ledger/embedded-lists';
import type { Proposal } from '../proposals/proposal';
import { createProposal } from '../proposals/proposal-review';
import { conflictFields, planImport, rowsToWrite } from './exchange-merge';
import { combineVersions } from './merge-records';
import { recordsLedger } from './exchange-tables';

const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 8, minute)).toISOString();

type Ins = Proposal['instructions'][number];

/** The proposal as an older-release PC holds it at `minute`, with these 批示, read as a format-1 package is. */
function asOldRelease(minute: number, instructions: Omit<Ins, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>[], title = '关于城区停车的建议'): Proposal {
  const fields = { term: 9, session: 2, title, category: '经济', proposerKind: '集体' as const, leadMemberId: null, coSignerIds: [], collectiveKind: '界别' as const, collectiveName: '经济界', receivedDate: '2025-03-01', text: '' };
  const p = createProposal(fields, 1, '韦小宝', { id: 'p1', createdAt: at(0), updatedAt: at(minute), deletedAt: null });
  const stripped = { ...p, instructions } as unknown as Proposal;
  return withRowStamps('proposals', stripped);
}

const first = { level: '县' as const, leader: '县长', date: '2025-03-01', text: '阅。' };
const second = { level: '市' as const, leader: '市长', date: '2025-03-02', text: '请研究。' };
const texts = (p: Proposal) => liveRows(p.instructions).map((i) => `${i.leader}：${i.text}`);

describe('a record from an older release\'s package', () => {
  const held = asOldRelease(1, [first, second]);
  // On the old PC: the first 批示's text corrected, the second taken off.
  const edited = asOldRelease(5, [{ ...first, text: '阅，请抓紧。' }]);

  it('would, merged row by row, show both texts and bring the removed 批示 back', () => {
    expect(texts(combineVersions(held, edited)).sort()).toEqual(['县长：阅。', '县长：阅，请抓紧。', '市长：请研究。'].sort());
  });

  it('takes its lists whole when it wins: the edit replaces, the removed stays removed', () => {
    const merged = combineVersions(held, edited, { b: true });
    expect(texts(merged)).toEqual(['县长：阅，请抓紧。']);
    expect(merged).toEqual(combineVersions(edited, held, { a: true }));
    // The rows it replaces are taken off at its stamp, so a PC merging row by row later keeps them off.
    expect(merged.instructions.filter((i) => i.deletedAt !== null).map((i) => [i.leader, i.deletedAt])).toEqual([['县长', at(5)], ['市长', at(5)]]);
    expect(texts(combineVersions(merged, held))).toEqual(['县长：阅，请抓紧。']);
  });

  it('keeps this PC\'s list whole when this PC\'s version is the later one', () => {
    const mine = { ...held, instructions: [...held.instructions, newRow({ level: '省' as const, leader: '省长', date: '2025-03-03', text: '' }, at(9))], updatedAt: at(9) };
    expect(combineVersions(mine, edited, { b: true })).toBe(mine);
  });

  it('is a conflict that shows the 批示 when both PCs changed the record, and writes the chosen side\'s list', () => {
    const mine = { ...held, title: '关于城区停车难的建议', updatedAt: at(4) };
    const base = new Map([['proposals/p1', Date.parse(at(1))]]);
    const plan = planImport(recordsLedger({ proposals: [mine] }, []), recordsLedger({ proposals: [edited] }, []), at(2), null, base, true);
    expect(plan.changes.map((c) => c.verdict)).toEqual(['conflict']);
    expect(conflictFields(mine, edited, true).map((f) => f.label)).toEqual(['批示', '标题']);
    // Row by row (a format-2 package) the lists would be no question: only the title.
    expect(conflictFields(mine, edited).map((f) => f.label)).toEqual(['标题']);
    const theirs = rowsToWrite(plan, new Map([['proposals/p1', 'incoming']]), at(30)).get('proposals')![0] as Proposal;
    expect(texts(theirs)).toEqual(['县长：阅，请抓紧。']);
    expect(theirs.title).toBe('关于城区停车的建议');
    const kept = rowsToWrite(plan, new Map([['proposals/p1', 'local']]), at(30)).get('proposals')?.[0] as Proposal | undefined;
    // The later edit (the package's) is the default; keeping this PC's is a choice, stamped then.
    expect(kept && texts(kept)).toEqual(['县长：阅。', '市长：请研究。']);
    expect(kept?.updatedAt).toBe(at(30));
  });

  it('is no conflict when the two versions differ only in their rows\' stamps', () => {
    const restamped = { ...held, updatedAt: at(3), instructions: held.instructions.map((i) => ({ ...i, createdAt: at(3), updatedAt: at(3) })) };
    expect(conflictFields(held, restamped, true)).toEqual([]);
  });
});
