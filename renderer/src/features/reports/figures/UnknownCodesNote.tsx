// Above 数据核对: dictionary entries whose code this version does not know (from a newer PC's
// package or backup). They are kept and shown by name, but no figure here counts them by type —
// their activities count only in the totals and their category — and staff are told so.
import { Alert } from 'antd';
import { unknownCodeEntries } from '../../../domain/dictionaries/dictionary-codes';
import { DICTIONARY_LABELS, type DictionaryEntry } from '../../../domain/dictionaries/dictionary-kinds';

/** `dictionary`: the one the figures were counted with (BuiltReport.dictionary). */
export function UnknownCodesNote({ dictionary }: { dictionary: readonly DictionaryEntry[] }) {
  const unknown = unknownCodeEntries(dictionary);
  if (unknown.length === 0) return null;
  const names = unknown.map((e) => `${DICTIONARY_LABELS[e.kind]}“${e.name}”`).join('、');
  return (
    <Alert
      type="warning" showIcon style={{ marginBottom: 12 }}
      title={`${names}来自较新版本的程序，本版本没有它的分类统计数字：这些记录只计入总数和所属类别。升级程序后即可单独统计。`}
    />
  );
}
