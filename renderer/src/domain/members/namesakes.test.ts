import { describe, expect, it } from 'vitest';
import { namesakesOf, namesakeWarning, whoIs } from './namesakes';

const m = (id: string, name: string, sector: string, workplace: string, extra: { deletedAt?: string | null; term?: number } = {}) =>
  ({ id, name, sector, workplace, term: extra.term ?? 9, deletedAt: extra.deletedAt ?? null });

describe('same-name members', () => {
  const roll = [
    m('a', '王明', '教育界', '县第一中学教师'),
    m('b', '王明', '', '', { term: 8 }),
    m('c', '王明', '农业界', '', { deletedAt: '2025-01-01T00:00:00.000Z' }),
    m('d', '王敏', '教育界', ''),
  ];

  it('finds the live namesakes, not the member being edited nor a deleted one', () => {
    expect(namesakesOf('王明', roll).map((x) => x.id)).toEqual(['a', 'b']);
    expect(namesakesOf('王 明', roll).map((x) => x.id)).toEqual(['a', 'b']);
    expect(namesakesOf('王明', roll, 'a').map((x) => x.id)).toEqual(['b']);
    expect(namesakesOf('李四', roll)).toEqual([]);
    expect(namesakesOf('', roll)).toEqual([]);
  });

  it('names each namesake by 界别 and 工作单位, or by 届 when neither is known', () => {
    expect(whoIs(roll[0]!)).toBe('教育界，县第一中学教师');
    expect(whoIs(roll[1]!)).toBe('第八届委员');
    expect(namesakeWarning('王明', namesakesOf('王明', roll))).toBe('已有同名委员王明（教育界，县第一中学教师；第八届委员），请确认不是同一人');
  });
});
