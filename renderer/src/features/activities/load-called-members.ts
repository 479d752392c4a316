// Whom a meeting of this type calls on this date (domain/activities/called-members.ts), read from
// the ledger: the form's 按会议类型填入 and the 签到表 of an activity without participants ask here.
import { appLedger } from '../../db/app-ledger';
import { calledMembers } from '../../domain/activities/called-members';
import type { Member } from '../../domain/members/member';

/** null: the type calls no list (the office picks the people by hand). */
export async function loadCalledMembers(typeName: string, date: string): Promise<Member[] | null> {
  const [codes, members] = await Promise.all([appLedger.dictionary.loadActivityTypeCodes(), appLedger.members.listMembers()]);
  return calledMembers(codes.get(typeName), members, date);
}
