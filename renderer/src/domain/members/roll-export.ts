// Which members a printed roll (委员名册) holds and under what title — one rule for the 导出名册
// button and `npm run ledger -- roll`: the members in office, not deleted; the fictional sample
// members never go into a roll the office sends out, and a ledger holding only the sample exports
// it under a title that says so.
import type { Member } from './member';
import { sortByStroke } from '../common/stroke-order';

export interface RollSelection {
  title: string;
  /** In surname-stroke order. */
  members: Member[];
  /** Sample members left out. */
  skippedSample: number;
}

export function selectRollMembers(all: readonly Member[], committeeName: string): RollSelection {
  const inOffice = all.filter((m) => m.deletedAt === null && m.status === '在任');
  const real = inOffice.filter((m) => !m.isSample);
  const onlySample = real.length === 0 && inOffice.length > 0;
  const members = onlySample ? inOffice : real;
  return {
    title: `${committeeName}委员名册${onlySample ? '（示例数据）' : ''}`,
    members: sortByStroke(members, (m) => m.name),
    skippedSample: inOffice.length - members.length,
  };
}
