// The editable lists every office keeps (界别, 乡镇 …). Records refer to an entry by its name,
// which is how offices write them in Excel rolls and reports; the kinds are fixed.
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';

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

export interface DictionaryEntry extends BaseRecord {
  kind: DictionaryKind;
  name: string;
  /** Only activity types have one. */
  category: ActivityCategory | null;
  order: number;
}

export const dictionaryEntrySchema = baseRecordSchema.extend({
  kind: z.enum(DICTIONARY_KINDS),
  name: z.string().trim().min(1, '名称不能为空').max(60, '名称不超过60个字'),
  category: z.enum(ACTIVITY_CATEGORIES).nullable(),
  order: z.number().int(),
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
