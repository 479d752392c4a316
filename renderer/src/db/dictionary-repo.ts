// The office's editable dictionaries (界别, 乡镇, 活动类型 …).
import type { LedgerDatabase } from './database';
import {
  dictionariesFrom,
  activityCategoryMap,
  type ActivityCategory,
  type DictionaryEntry,
  type DictionaryKind,
  type Dictionaries,
  DICTIONARY_LABELS,
  isCodedKind,
} from '../domain/dictionaries/dictionary-kinds';
import { codeByName, missingRegistryEntries, nameByCode, newDictionaryEntry } from '../domain/dictionaries/dictionary-codes';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { cleanText } from '../domain/common/text';

export async function listDictionaryEntries(db: LedgerDatabase): Promise<DictionaryEntry[]> {
  const all = await db.dictionary.toArray();
  return all.filter((e) => e.deletedAt === null).sort((a, b) => a.kind.localeCompare(b.kind) || a.order - b.order);
}

export async function loadDictionaries(db: LedgerDatabase): Promise<Dictionaries> {
  return dictionariesFrom(await db.dictionary.toArray());
}

export async function loadActivityCategories(db: LedgerDatabase): Promise<Map<string, ActivityCategory>> {
  // Deleted types too (live ones first win): an activity of a type since taken out of the
  // dictionary still counts under its category.
  const entries = await db.dictionary.where('kind').equals('activityType').toArray();
  return activityCategoryMap([...entries.filter((e) => e.deletedAt === null), ...entries.filter((e) => e.deletedAt !== null)]);
}

/** Activity type name → code (live entries first, then deleted, then the registry's names). */
export async function loadActivityTypeCodes(db: LedgerDatabase): Promise<Map<string, string>> {
  return codeByName(await db.dictionary.where('kind').equals('activityType').toArray(), 'activityType');
}

/** Activity type code → the name it is shown by. */
export async function loadActivityTypeNames(db: LedgerDatabase): Promise<Map<string, string>> {
  return nameByCode(await db.dictionary.where('kind').equals('activityType').toArray(), 'activityType');
}

export type DictionaryResult = { ok: true; entry: DictionaryEntry } | { ok: false, message: string };

export async function addDictionaryEntry(
  db: LedgerDatabase,
  kind: DictionaryKind,
  rawName: string,
  category: ActivityCategory | null = null,
): Promise<DictionaryResult> {
  const name = cleanText(rawName);
  if (!name) return { ok: false, message: `请填写${DICTIONARY_LABELS[kind]}名称` };
  if (name.length > 60) return { ok: false, message: '名称不超过60个字' };
  if (kind === 'activityType' && !category) return { ok: false, message: '请为活动类型选择类别' };
  return db.transaction('rw', db.dictionary, async (): Promise<DictionaryResult> => {
    const same = await db.dictionary.where('kind').equals(kind).toArray();
    if (same.some((e) => e.deletedAt === null && e.name === name)) {
      return { ok: false, message: `${DICTIONARY_LABELS[kind]}“${name}”已存在` };
    }
    const order = same.reduce((max, e) => Math.max(max, e.order), -1) + 1;
    const entry = newDictionaryEntry(freshStamp(nowIso()), kind, name, kind === 'activityType' ? category : null, order, same);
    await db.dictionary.add(entry);
    return { ok: true, entry };
  });
}

/**
 * Adds the registry's activity types and 提案类别 a ledger set up by an earlier version does not
 * hold yet (dictionary-codes.ts missingRegistryEntries); run as the program opens the ledger.
 */
export async function addMissingRegistryEntries(db: LedgerDatabase): Promise<number> {
  return db.transaction('rw', db.dictionary, async () => {
    const missing = missingRegistryEntries(await db.dictionary.toArray());
    if (missing.length) await db.dictionary.bulkAdd(missing);
    return missing.length;
  });
}

/** Soft delete: the entry goes to the recycle bin; records that use the name keep it. */
export async function deleteDictionaryEntry(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.dictionary.update(id, { deletedAt: at, updatedAt: at });
}

/** The kind of group, on a 社情民意 item or a 集体 proposal, that a dictionary entry names. */
const GROUP_KIND_OF: Partial<Record<DictionaryKind, string>> = { party: '党派', sector: '界别', committee: '专委会', township: '乡镇' };

export interface DictionaryUses {
  members: number;
  activities: number;
  proposals: number;
  opinions: number;
}

/** How many live records use an entry, so deleting it can say what it touches. */
export async function countDictionaryUses(db: LedgerDatabase, kind: DictionaryKind, name: string): Promise<DictionaryUses> {
  const live = <T extends { deletedAt: string | null }>(r: T) => r.deletedAt === null;
  const groupKind = GROUP_KIND_OF[kind];
  const members = ['sector', 'party', 'township', 'committee'].includes(kind)
    ? await db.members.filter((m) => live(m) && (m.sector === name && kind === 'sector' || m.party === name && kind === 'party' || m.township === name && kind === 'township' || kind === 'committee' && m.committees.includes(name))).count()
    : 0;
  const activities = await db.activities
    .filter((a) => live(a) && ((kind === 'activityType' && a.type === name) || (a.organizer === name && ['committee', 'sector', 'township'].includes(kind))))
    .count();
  // A 集体 proposal names its 党派, 界别 or 专委会 as the proposer.
  const proposals = kind === 'proposalCategory' || kind === 'unit' || groupKind
    ? await db.proposals.filter((p) => live(p) && (
      kind === 'proposalCategory' ? p.category === name
        : kind === 'unit' ? (p.assignment?.units ?? []).some((u) => u.unit === name)
          : p.proposerKind === '集体' && p.collectiveKind === groupKind && p.collectiveName === name)).count()
    : 0;
  const opinions = groupKind
    ? await db.opinions.filter((o) => live(o) && o.groups.some((g) => g.kind === groupKind && g.name === name)).count()
    : 0;
  return { members, activities, proposals, opinions };
}

/**
 * Renames an activity type or a 提案类别. Its code stays, so every figure, score rule and plan
 * figure counts as before; the records that hold the old name (activities and plan items, or
 * proposals) take the new one in the same transaction, each with its history entry.
 */
export async function renameDictionaryEntry(db: LedgerDatabase, id: string, rawName: string): Promise<DictionaryResult> {
  const name = cleanText(rawName);
  return db.transaction('rw', [db.dictionary, db.activities, db.plans, db.proposals], async (): Promise<DictionaryResult> => {
    const entry = await db.dictionary.get(id);
    if (!entry || entry.deletedAt !== null) return { ok: false, message: '该字典项不存在或已删除' };
    if (!isCodedKind(entry.kind)) return { ok: false, message: `${DICTIONARY_LABELS[entry.kind]}不能改名，可删除后重新添加` };
    if (!name) return { ok: false, message: `请填写${DICTIONARY_LABELS[entry.kind]}名称` };
    if (name.length > 60) return { ok: false, message: '名称不超过60个字' };
    if (name === entry.name) return { ok: true, entry };
    const same = await db.dictionary.where('kind').equals(entry.kind).toArray();
    if (same.some((e) => e.deletedAt === null && e.name === name)) return { ok: false, message: `${DICTIONARY_LABELS[entry.kind]}“${name}”已存在` };
    const at = nowIso();
    const old = entry.name;
    await db.dictionary.update(id, { name, updatedAt: at });
    if (entry.kind === 'activityType') {
      await db.activities.filter((a) => a.type === old).modify({ type: name, updatedAt: at });
      await db.plans.filter((p) => p.kind === old).modify({ kind: name, updatedAt: at });
    } else {
      await db.proposals.filter((p) => p.category === old).modify({ category: name, updatedAt: at });
    }
    return { ok: true, entry: { ...entry, name, updatedAt: at } };
  });
}
