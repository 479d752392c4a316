// The office's dictionaries: add an entry, delete one (to the recycle bin; records that use
// the name keep it), rename an activity type or 提案类别 (its code, which figures count by, stays).
// Activity types carry a category, which the figures count by too, and whom a meeting of each
// type calls (会议应到人员).
import { useState } from 'react';
import { App, Button, Card, Input, Popconfirm, Select, Space, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { unknownCodeEntries } from '../../domain/dictionaries/dictionary-codes';
import { RenameEntry } from './RenameEntry';
import { MeetingCallsEditor } from './MeetingCallsEditor';
import { ACTIVITY_CATEGORIES, DICTIONARY_KINDS, DICTIONARY_LABELS, isCodedKind, type ActivityCategory, type DictionaryEntry, type DictionaryKind } from '../../domain/dictionaries/dictionary-kinds';
import { useSave } from '../shared/use-save';

function AddEntry({ kind }: { kind: DictionaryKind }) {
  const { message } = App.useApp();
  const { run } = useSave();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<ActivityCategory | null>(null);
  const add = () => run(async () => {
    const r = await appLedger.dictionary.addDictionaryEntry(kind, name, category);
    if (!r.ok) message.error(r.message);
    else {
      setName('');
      message.success(`已添加${DICTIONARY_LABELS[kind]}：${r.entry.name}`);
    }
  });
  return (
    <Space.Compact>
      <Input aria-label={`新增${DICTIONARY_LABELS[kind]}`} placeholder={`新增${DICTIONARY_LABELS[kind]}`} value={name} onChange={(e) => setName(e.target.value)} onPressEnter={() => void add()} style={{ width: 200 }} />
      {kind === 'activityType' && (
        <Select aria-label="类别" placeholder="类别" style={{ width: 120 }} value={category} onChange={setCategory} options={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: c }))} />
      )}
      <Button onClick={() => void add()}>添加</Button>
    </Space.Compact>
  );
}

/** What deleting an entry touches: the records keep the name, but it can no longer be chosen. */
function DictionaryUses({ entry }: { entry: DictionaryEntry }) {
  const uses = useLiveQuery(() => appLedger.dictionary.countDictionaryUses(entry.kind, entry.name), [entry.kind, entry.name]);
  if (!uses) return null;
  const parts = [uses.members && `${uses.members}位委员`, uses.activities && `${uses.activities}项活动`, uses.proposals && `${uses.proposals}件提案`, uses.opinions && `${uses.opinions}条社情民意`].filter(Boolean);
  return <span>{parts.length ? `有${parts.join('、')}使用它；` : ''}这些记录仍保留原值，但以后不能再选它。可在回收站恢复。</span>;
}

export function DictionariesPanel() {
  const { message } = App.useApp();
  const { run } = useSave('删除', false);
  const entries = useLiveQuery(() => appLedger.dictionary.listDictionaryEntries(), []) ?? [];
  // Entries from a newer version's package: kept and shown, but no figure here counts them by type.
  const unknown = new Set(unknownCodeEntries(entries).map((e) => e.id));
  const remove = (e: DictionaryEntry) => run(async () => {
    await appLedger.dictionary.deleteDictionaryEntry(e.id);
    message.success(`已将“${e.name}”移入回收站`);
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {DICTIONARY_KINDS.map((kind) => (
        <Card key={kind} size="small" title={DICTIONARY_LABELS[kind]} extra={<AddEntry kind={kind} />}>
          {entries.filter((e) => e.kind === kind).map((e) => (
            <Popconfirm
              key={e.id}
              title={`删除“${e.name}”？`}
              description={<DictionaryUses entry={e} />}
              okText="删除"
              cancelText="取消"
              onConfirm={() => remove(e)}
            >
              <Tag style={{ marginBottom: 6, cursor: 'pointer' }}>
                {e.name}{e.category ? `（${e.category}）` : ''}{unknown.has(e.id) ? '（较新版本的类型，本版本不单独统计）' : ''} ×
              </Tag>
            </Popconfirm>
          ))}
          {isCodedKind(kind) && <RenameEntry entries={entries.filter((e) => e.kind === kind)} />}
          {kind === 'activityType' && <MeetingCallsEditor types={entries.filter((e) => e.kind === kind)} sectors={entries.filter((e) => e.kind === 'sector').map((e) => e.name)} />}
        </Card>
      ))}
    </Space>
  );
}
