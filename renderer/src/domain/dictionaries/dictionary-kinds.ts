// The editable lists every office keeps (界别, 乡镇 …). Records refer to an entry by its name,
// which is how offices write them in Excel rolls and reports; the kinds are fixed. Entries of the
// kinds figures count by (活动类型, 提案类别) also carry a stable code (dictionary-codes.ts), so a
// figure never depends on a name the office may change.
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { tooLong } from '../common/too-long';

export const DICTIONARY_KINDS = ['sector', 'party', 'township', 'committee', 'unit', 'activityType', 'proposalCategory'] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];

export const DICTIONARY_LABELS: Record<DictionaryKind, string> = {
  sector: '界别',
  party: '党派',
  township: '乡镇',
  committee: '专门委员会',
  unit: '单位',
  activityType: '活动类型',
  proposalCategory: '提案类别',
};

/** The category an activity type belongs to; figures count meetings, consultations … by it. */
export const ACTIVITY_CATEGORIES = ['会议', '协商', '视察', '调研', '监督', '学习培训', '履职实践', '联谊交流', '其他'] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** The kinds whose entries carry a code: figures count records by these. */
export const CODED_KINDS = ['activityType', 'proposalCategory'] as const satisfies readonly DictionaryKind[];
export type CodedKind = (typeof CODED_KINDS)[number];

export function isCodedKind(kind: DictionaryKind): kind is CodedKind {
  return (CODED_KINDS as readonly DictionaryKind[]).includes(kind);
}

export interface DictionaryEntry extends BaseRecord {
  kind: DictionaryKind;
  name: string;
  /**
   * Stable code of an activity type or 提案类别 (a registry code, or `custom-<id>` for the office's
   * own); null for the other kinds. Entries written before codes existed have none and get one as
   * they are read (dictionary-codes.ts withDictionaryCodes).
   */
  code: string | null;
  /** Only activity types have one. */
  category: ActivityCategory | null;
  order: number;
}

export const dictionaryEntrySchema = baseRecordSchema.extend({
  kind: z.enum(DICTIONARY_KINDS),
  name: z.string().trim().min(1, '名称不能为空').max(60, tooLong('名称', 60)),
  category: z.enum(ACTIVITY_CATEGORIES).nullable(),
  order: z.number().int(),
  // Optional when read: backups and packages of format 1–2 have none (withDictionaryCodes fills it).
  code: z.string().min(1).max(100).nullable().optional(),
});

/** The dictionaries as the domain needs them: for each kind, the live names in order. */
export type Dictionaries = Record<DictionaryKind, string[]>;

export function dictionariesFrom(entries: readonly DictionaryEntry[]): Dictionaries {
  const out: Dictionaries = { sector: [], party: [], township: [], committee: [], unit: [], activityType: [], proposalCategory: [] };
  const live = entries.filter((e) => e.deletedAt === null).sort((a, b) => a.order - b.order);
  for (const e of live) out[e.kind].push(e.name);
  return out;
}

export function activityCategoryMap(entries: readonly DictionaryEntry[]): Map<string, ActivityCategory> {
  const map = new Map<string, ActivityCategory>();
  for (const e of entries) if (e.kind === 'activityType' && e.category && !map.has(e.name)) map.set(e.name, e.category);
  return map;
}

/**
 * The dictionaries plus the values a record already holds: an entry deleted from a dictionary
 * must not stop the records that use it from being edited — only new uses are refused.
 */
export function allowingValues(dicts: Dictionaries, kept: Partial<Record<DictionaryKind, readonly string[]>>): Dictionaries {
  const out = { ...dicts };
  for (const [kind, values] of Object.entries(kept) as [DictionaryKind, readonly string[]][]) {
    out[kind] = [...new Set([...dicts[kind], ...values.filter(Boolean)])];
  }
  return out;
}
