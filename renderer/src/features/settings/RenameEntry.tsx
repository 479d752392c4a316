// 改名 for an activity type or a 提案类别: the entry keeps its code, so every figure, 积分 rule and
// report keeps counting it; the activities, plan items or proposals that hold the old name take
// the new one. Other kinds are deleted and added again (they have no figures of their own).
import { useState } from 'react';
import { App, Button, Input, Select, Space } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { useSave } from '../shared/use-save';
import { DICTIONARY_LABELS, type DictionaryEntry } from '../../domain/dictionaries/dictionary-kinds';

export function RenameEntry({ entries }: { entries: readonly DictionaryEntry[] }) {
  const { message } = App.useApp();
  const { saving, run } = useSave('改名');
  const [id, setId] = useState<string | undefined>(undefined);
  const [name, setName] = useState('');
  const label = entries[0] ? DICTIONARY_LABELS[entries[0].kind] : '';
  const rename = async () => {
    if (!id) {
      message.error(`请选择要改名的${label}`);
      return;
    }
    const old = entries.find((e) => e.id === id)?.name ?? '';
    const result = await run(() => appLedger.dictionary.renameDictionaryEntry(id, name));
    if (!result) return;
    if (!result.ok) {
      message.error(result.message);
      return;
    }
    message.success(`已将“${old}”改名为“${result.entry.name}”，统计数字不变`);
    setId(undefined);
    setName('');
  };
  return (
    <Space wrap style={{ marginTop: 8 }}>
      <Select
        placeholder={`改名：选择${label}`} style={{ width: 200 }} value={id} onChange={setId} aria-label={`要改名的${label}`}
        options={entries.map((e) => ({ value: e.id, label: e.name }))}
      />
      <Input placeholder="新名称" value={name} onChange={(e) => setName(e.target.value)} style={{ width: 180 }} aria-label="新名称" />
      <Button disabled={saving} onClick={() => void rename()}>改名</Button>
    </Space>
  );
}
