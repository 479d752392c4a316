// Rows written before they had stamps get them from the record and the row alone: two PCs that
// upgrade (or read an older file of) the same record give its rows the same ids and stamps.
import { describe, expect, it } from 'vitest';
import { withRowStamps } from './embedded-lists';

const CREATED = '2024-05-01T02:00:00.000Z';
const proposal = () => ({
  id: 'p1', createdAt: CREATED, updatedAt: '2024-06-01T02:00:00.000Z', deletedAt: null,
  replies: [{ id: 'reply-1', unit: '县住建局' }],
  instructions: [{ level: '县', leader: '县长', date: '2024-05-10', text: '阅。' }, { level: '县', leader: '县长', date: '2024-05-10', text: '阅。' }, { level: '市', leader: '副市长', date: '2024-05-12', text: '' }],
  history: [{ id: 'h1', createdAt: CREATED, updatedAt: CREATED, deletedAt: null, note: '' }],
  coSignerIds: ['m1'],
});

describe('withRowStamps', () => {
  it('gives every unstamped row an id and the record’s createdAt, the same on every call', () => {
    const [one, two] = [withRowStamps('proposals', proposal()), withRowStamps('proposals', proposal())];
    expect(one).toEqual(two);
    expect(one.replies[0]).toEqual({ id: 'reply-1', unit: '县住建局', createdAt: CREATED, updatedAt: CREATED, deletedAt: null });
    const ids = one.instructions.map((i) => (i as unknown as { id: string }).id);
    // Two equal 批示 are two rows: each its own id.
    expect(new Set(ids).size).toBe(3);
    for (const ins of one.instructions) expect(ins).toMatchObject({ createdAt: CREATED, updatedAt: CREATED, deletedAt: null });
    // A row's id depends on its record: the same 批示 on another proposal is another row.
    const other = withRowStamps('proposals', { ...proposal(), id: 'p2' });
    expect((other.instructions[2] as unknown as { id: string }).id).not.toBe(ids[2]);
  });

  it('gives a row read from an old file without a later field the id of the same row upgraded with it null', () => {
    const written = { leader: '县长', date: '2024-05-10', text: '阅。' };
    const idOf = (row: object) => {
      const [stamped] = withRowStamps('activities', { id: 'a1', createdAt: CREATED, instructions: [row] }).instructions;
      return (stamped as { id: string }).id;
    };
    // Read from an old file, without a level; upgraded in a database, with it null.
    expect(idOf(written)).toBe(idOf({ ...written, level: null }));
    // A field that holds a value still tells rows apart.
    expect(idOf({ ...written, level: '县' })).not.toBe(idOf({ ...written, level: null }));
  });

  it('leaves rows that have stamps, lists that are not rows and other tables as they are', () => {
    const p = proposal();
    const out = withRowStamps('proposals', p);
    expect(out.history).toBe(p.history);
    expect(out.coSignerIds).toBe(p.coSignerIds);
    const member = { id: 'm1', createdAt: CREATED, committees: [{ name: '经济委' }] };
    expect(withRowStamps('members', member)).toBe(member);
    expect(withRowStamps('proposals', 'not a record')).toBe('not a record');
  });
});
