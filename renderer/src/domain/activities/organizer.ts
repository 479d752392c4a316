// An activity's organiser: a 专委会, 界别 or 乡镇 is an entry of that dictionary, an 办公室 is typed
// freely. The form offers the dictionary and keeps whatever was typed (switching the kind never
// wipes it); an organiser that is not in the dictionary is said under the field and refused on save.
import { checkInDictionary, type FieldErrors } from '../common/validation';
import { DICTIONARY_LABELS, type Dictionaries, type DictionaryKind } from '../dictionaries/dictionary-kinds';

export const ORGANIZER_KINDS = ['专委会', '界别', '乡镇', '办公室'] as const;
export type OrganizerKind = (typeof ORGANIZER_KINDS)[number];

const ORGANIZER_DICTIONARY: Partial<Record<OrganizerKind, DictionaryKind>> = { 专委会: 'committee', 界别: 'sector', 乡镇: 'township' };

/** The entries an organiser of this kind is one of; null when it is typed freely. */
export function organizerChoices(kind: OrganizerKind | '', dicts: Dictionaries): readonly string[] | null {
  const dictionary = kind ? ORGANIZER_DICTIONARY[kind] : undefined;
  return dictionary ? dicts[dictionary] : null;
}

/** What the form says under 组织者 while it holds a name its kind's dictionary lacks; '' when fine. */
export function organizerNotice(kind: OrganizerKind | '', organizer: string, dicts: Dictionaries): string {
  const dictionary = kind ? ORGANIZER_DICTIONARY[kind] : undefined;
  const name = organizer.trim();
  if (!dictionary || !name || dicts[dictionary].includes(name)) return '';
  return `“${name}”不在${DICTIONARY_LABELS[dictionary]}字典中，已保留所输入的文字：请从列表中选择，或先在设置中添加`;
}

/** The save-time rule: a listed kind's organiser must be in its dictionary. */
export function checkOrganizer(errors: FieldErrors, field: string, kind: OrganizerKind | '', organizer: string, dicts: Dictionaries): void {
  const dictionary = kind ? ORGANIZER_DICTIONARY[kind] : undefined;
  if (dictionary) checkInDictionary(errors, field, DICTIONARY_LABELS[dictionary], organizer, dicts[dictionary]);
}
