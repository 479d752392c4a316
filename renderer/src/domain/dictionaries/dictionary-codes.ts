// Codes on dictionary entries: how an entry written before codes existed gets its code, how a
// record's name (an activity's type, a proposal's 类别) finds its code, and which codes this version
// does not know. Records keep referring to entries by name (what offices type and import); figures
// go from the name to the code here and count by code, so renaming an entry changes no figure.
import { ACTIVITY_TYPES, CUSTOM_CODE_PREFIX, customCode } from './activity-types';
import { PROPOSAL_CATEGORIES } from './proposal-categories';
import type { BaseRecord } from '../common/record';
import { CODED_KINDS, isCodedKind, type CodedKind, type DictionaryEntry, type DictionaryKind } from './dictionary-kinds';

/** The registry of each coded kind: code and default name. */
const REGISTRY: Record<CodedKind, readonly { code: string; name: string; category?: string }[]> = {
  activityType: ACTIVITY_TYPES,
  proposalCategory: PROPOSAL_CATEGORIES,
};

/** A code this version understands for the kind: a registry code or an office's own (`custom-…`). */
export function isKnownCode(kind: CodedKind, code: string): boolean {
  return code.startsWith(CUSTOM_CODE_PREFIX) || REGISTRY[kind].some((d) => d.code === code);
}

/** The registry's default name of a code, if it is one. */
export function defaultNameOf(kind: CodedKind, code: string): string | undefined {
  return REGISTRY[kind].find((d) => d.code === code)?.name;
}

type Uncoded = Omit<DictionaryEntry, 'code'> & { code?: string | null };

/**
 * Gives every entry of a coded kind that has none its code: by its name when it is a default's
 * name; else, for an activity type whose category has a single default type (视察, 调研, 学习培训 …)
 * that no live entry holds, the one live entry of that category left (an office that deleted 视察
 * and added 专题视察 in its place); else a code of its own made from its id, so every PC holding
 * the entry gives it the same one. Entries that have a code keep it; other kinds get null. Pure
 * and idempotent: the schema-3 upgrade, old backups and old packages all read through it.
 */
export function withDictionaryCodes(entries: readonly Uncoded[]): DictionaryEntry[] {
  const out: DictionaryEntry[] = entries.map((e) => {
    if (!isCodedKind(e.kind)) return { ...e, code: null };
    if (e.code) return { ...e, code: e.code };
    const byName = REGISTRY[e.kind].find((d) => d.name === e.name);
    return { ...e, code: byName ? byName.code : null };
  });
  // Defaults of a category with no other default type, held by no live entry yet.
  const held = new Set(out.filter((e) => e.kind === 'activityType' && e.deletedAt === null && e.code).map((e) => e.code));
  for (const def of ACTIVITY_TYPES) {
    if (held.has(def.code) || ACTIVITY_TYPES.filter((d) => d.category === def.category).length !== 1) continue;
    const candidates = out.filter((e) => e.kind === 'activityType' && e.deletedAt === null && e.code === null && e.category === def.category);
    if (candidates.length === 1) candidates[0]!.code = def.code;
  }
  for (const e of out) if (e.code === null && isCodedKind(e.kind)) e.code = customCode(e.id);
  return out;
}

/**
 * Name → code for a coded kind: live entries first, then deleted ones (a record of a type since
 * deleted still counts as that type), then the registry's default names (a record from a PC that
 * still used the default name of a type renamed here).
 */
export function codeByName(entries: readonly DictionaryEntry[], kind: CodedKind): Map<string, string> {
  const map = new Map<string, string>();
  const ofKind = entries.filter((e) => e.kind === kind && e.code);
  for (const e of [...ofKind.filter((x) => x.deletedAt === null), ...ofKind.filter((x) => x.deletedAt !== null)]) {
    if (!map.has(e.name)) map.set(e.name, e.code!);
  }
  for (const d of REGISTRY[kind]) if (!map.has(d.name)) map.set(d.name, d.code);
  return map;
}

/** The name a code is shown by: its live entry's, else a deleted entry's, else the registry's default. */
export function nameByCode(entries: readonly DictionaryEntry[], kind: CodedKind): Map<string, string> {
  const map = new Map<string, string>();
  const ofKind = entries.filter((e) => e.kind === kind && e.code);
  for (const e of [...ofKind.filter((x) => x.deletedAt === null), ...ofKind.filter((x) => x.deletedAt !== null)]) {
    if (!map.has(e.code!)) map.set(e.code!, e.name);
  }
  for (const d of REGISTRY[kind]) if (!map.has(d.code)) map.set(d.code, d.name);
  return map;
}

/** Live entries of the office's own (custom) codes, in dictionary order: the catalogue lists their figures. */
export function customEntries(entries: readonly DictionaryEntry[], kind: CodedKind): DictionaryEntry[] {
  return entries
    .filter((e) => e.kind === kind && e.deletedAt === null && e.code?.startsWith(CUSTOM_CODE_PREFIX))
    .sort((a, b) => a.order - b.order);
}

/** Live entries whose code this version does not know (written by a newer version): kept and shown, counted by no figure of their own. */
export function unknownCodeEntries(entries: readonly DictionaryEntry[]): DictionaryEntry[] {
  return entries.filter((e) => e.deletedAt === null && isCodedKind(e.kind) && e.code !== null && !isKnownCode(e.kind, e.code));
}

/**
 * The code an entry the office adds takes. An office that deleted an entry and adds it again gets
 * its code back — the deleted entry's of the same name, or the default's of that name — and an
 * activity type added in the place of the one default type of its category (视察 deleted,
 * 专题视察 added in 视察) takes that default's code, as the schema-3 upgrade gives it: figures go
 * on counting. Only a code no live entry holds is given back; anything else is the office's own.
 */
function codeForNewEntry(existing: readonly DictionaryEntry[], kind: CodedKind, name: string, category: DictionaryEntry['category'], id: string): string {
  const ofKind = existing.filter((e) => e.kind === kind);
  const heldLive = new Set(ofKind.filter((e) => e.deletedAt === null).map((e) => e.code));
  const free = (code: string | null | undefined): code is string => !!code && !heldLive.has(code);
  const deletedSameName = ofKind.find((e) => e.deletedAt !== null && e.name === name && free(e.code));
  if (deletedSameName) return deletedSameName.code!;
  const defaultSameName = REGISTRY[kind].find((d) => d.name === name && free(d.code));
  if (defaultSameName) return defaultSameName.code;
  if (kind === 'activityType') {
    const ofCategory = ACTIVITY_TYPES.filter((d) => d.category === category);
    if (ofCategory.length === 1 && free(ofCategory[0]!.code)) return ofCategory[0]!.code;
  }
  return customCode(id);
}

/** A new entry the office adds; an activity type or 提案类别 gets its code by `codeForNewEntry` from the entries already there. */
export function newDictionaryEntry(
  base: BaseRecord,
  kind: DictionaryKind,
  name: string,
  category: DictionaryEntry['category'],
  order: number,
  existing: readonly DictionaryEntry[],
): DictionaryEntry {
  return { ...base, kind, name, code: isCodedKind(kind) ? codeForNewEntry(existing, kind, name, category, base.id) : null, category, order };
}

/**
 * The registry's entries a ledger does not hold yet — a type this version added to the registry,
 * for a ledger set up by an earlier one. A code held by any entry, live or deleted (the office
 * deleted it on purpose), or a default name a live entry already uses, is not added; neither is
 * anything to a ledger with no entry of that kind (not set up yet: setup writes the defaults).
 * The entry is the same record on every PC — its id made from the code and its stamps fixed — so
 * two PCs that both add it exchange no difference.
 */
export function missingRegistryEntries(entries: readonly DictionaryEntry[]): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  for (const kind of CODED_KINDS) {
    const ofKind = entries.filter((e) => e.kind === kind);
    if (ofKind.length === 0) continue;
    const held = new Set(ofKind.map((e) => e.code));
    const liveNames = new Set(ofKind.filter((e) => e.deletedAt === null).map((e) => e.name));
    let order = ofKind.reduce((max, e) => Math.max(max, e.order), -1);
    for (const def of REGISTRY[kind] as readonly { code: string; name: string; category?: DictionaryEntry['category'] }[]) {
      if (held.has(def.code) || liveNames.has(def.name)) continue;
      out.push({ id: `${REGISTRY_ENTRY_ID_PREFIX}${kind}-${def.code}`, createdAt: REGISTRY_ENTRY_STAMP, updatedAt: REGISTRY_ENTRY_STAMP, deletedAt: null, kind, name: def.name, code: def.code, category: def.category ?? null, order: ++order });
    }
  }
  return out;
}

/** Entries added by `missingRegistryEntries`: ids and stamps every PC gives them alike. */
const REGISTRY_ENTRY_ID_PREFIX = 'registry-';
const REGISTRY_ENTRY_STAMP = '2000-01-01T00:00:00.000Z';
