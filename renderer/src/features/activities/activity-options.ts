// Select options the activity screens build from the office's dictionaries.
import type { DictionaryEntry } from '../../domain/dictionaries/dictionary-kinds';
import { ACTIVITY_CATEGORIES } from '../../domain/dictionaries/dictionary-kinds';

export interface Option {
  value: string;
  label: string;
}

export const optionsOf = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));

/**
 * Activity types grouped under their category, in dictionary order. Groups read 会议类, 视察类 …
 * so a group header never has the same text as a type (视察, 调研) in the open list.
 */
export function activityTypeGroups(entries: readonly DictionaryEntry[]): { label: string; options: Option[] }[] {
  const types = entries.filter((e) => e.kind === 'activityType' && e.deletedAt === null).sort((a, b) => a.order - b.order);
  return ACTIVITY_CATEGORIES.map((category) => ({
    label: `${category}类`,
    options: optionsOf(types.filter((t) => (t.category ?? '其他') === category).map((t) => t.name)),
  })).filter((g) => g.options.length > 0);
}
