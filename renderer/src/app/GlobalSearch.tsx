// Search across members and activities from anywhere; picking a hit opens its page.
import { useState } from 'react';
import { AutoComplete, Input } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../db/app-ledger';
import { navigate } from './router';
import { useNameMatcher } from '../features/shared/pinyin-keys';

export function GlobalSearch() {
  const [query, setQuery] = useState('');
  // The pinyin dictionary loads when the clerk first types here, not with the first screen.
  const matchName = useNameMatcher(query !== '');
  const hits = useLiveQuery(() => appLedger.search.searchLedger(query, 20, matchName), [query, matchName]) ?? [];
  const options = [
    { label: '委员', options: hits.filter((h) => h.kind === 'member') },
    { label: '履职活动', options: hits.filter((h) => h.kind === 'activity') },
    { label: '社情民意', options: hits.filter((h) => h.kind === 'opinion') },
  ]
    .filter((g) => g.options.length > 0)
    .map((g) => ({
      label: g.label,
      options: g.options.map((h) => ({
        value: `${h.kind}:${h.id}`,
        label: (
          <span>
            {h.title} <span style={{ color: '#999' }}>{h.detail}</span>
          </span>
        ),
      })),
    }));
  return (
    <AutoComplete
      style={{ width: 320 }}
      options={options}
      value={query}
      onChange={setQuery}
      onSelect={(value: string) => {
        const [kind, id] = value.split(':') as [string, string];
        setQuery('');
        navigate(kind === 'member' ? { name: 'member', id } : kind === 'opinion' ? { name: 'opinion', id } : { name: 'activity', id });
      }}
    >
      <Input aria-label="搜索委员和活动" placeholder="搜索委员（可用拼音首字母）、活动" allowClear />
    </AutoComplete>
  );
}
