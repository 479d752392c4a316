// Writes a confirmed member-roll import: the dictionary entries the user agreed to add, then
// the members, in one transaction — all or nothing.
import { newDictionaryEntry } from '../domain/dictionaries/dictionary-codes';
import type { LedgerDatabase } from './database';
import { validateMember, type Member, type MemberFields } from '../domain/members/member';
import { dictionariesFrom, type DictionaryEntry, type DictionaryKind } from '../domain/dictionaries/dictionary-kinds';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { toIsoDate } from '../domain/common/dates';

export interface ConfirmedRollImport {
  members: MemberFields[];
  addToDictionary: { kind: DictionaryKind; name: string }[];
}

export type RollImportResult = { ok: true; added: number } | { ok: false; message: string };

export async function importMemberRoll(db: LedgerDatabase, input: ConfirmedRollImport): Promise<RollImportResult> {
  const at = nowIso();
  const today = toIsoDate(new Date());
  return db.transaction('rw', db.dictionary, db.members, async (): Promise<RollImportResult> => {
    const entries = await db.dictionary.toArray();
    const newEntries: DictionaryEntry[] = [];
    for (const { kind, name } of input.addToDictionary) {
      const exists = [...entries, ...newEntries].some((e) => e.kind === kind && e.name === name && e.deletedAt === null);
      if (exists) continue;
      const order = entries.filter((e) => e.kind === kind).length + newEntries.filter((e) => e.kind === kind).length;
      newEntries.push(newDictionaryEntry(freshStamp(at), kind, name, null, order, [...entries, ...newEntries]));
    }
    const dicts = dictionariesFrom([...entries, ...newEntries]);
    const members: Member[] = [];
    for (const [i, fields] of input.members.entries()) {
      const checked = validateMember(fields, dicts, today);
      if (!checked.ok) {
        const [field, message] = Object.entries(checked.errors)[0]!;
        return { ok: false, message: `第${i + 1}位委员（${fields.name || '无姓名'}）的${field}有误：${message}，未导入任何数据` };
      }
      members.push({ ...freshStamp(at), ...checked.value });
    }
    await db.dictionary.bulkAdd(newEntries);
    await db.members.bulkAdd(members);
    return { ok: true, added: members.length };
  });
}
