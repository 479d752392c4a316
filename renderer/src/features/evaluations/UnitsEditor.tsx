// 被评议单位: the units of a round, chosen from the units dictionary (设置 → 字典 → 单位). A unit
// with problems recorded cannot be taken off (the repository says so).
import { useState } from 'react';
import { Alert, App, Button, Card, Select, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { EvaluationRound } from '../../domain/evaluations/evaluation';
import { useSave } from '../shared/use-save';

export function UnitsEditor({ round }: { round: EvaluationRound }) {
  const { message } = App.useApp();
  const { run } = useSave();
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const current = round.units.map((u) => u.unit);
  const [chosen, setChosen] = useState<string[]>(current);
  const [error, setError] = useState<string | null>(null);
  const options = [...new Set([...(dicts?.unit ?? []), ...current])].map((u) => ({ value: u, label: u }));
  const changed = chosen.join('|') !== current.join('|');

  const save = () => run(async () => {
    setError(null);
    const result = await appLedger.evaluations.setEvaluatedUnits(round.id, chosen);
    if (!result.ok) {
      setError(Object.values(result.errors).join('；'));
      return;
    }
    message.success(`已保存被评议单位：${chosen.length}个`);
  });

  return (
    <Card size="small" title={`被评议单位（${current.length}个）`} style={{ marginBottom: 16 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Space.Compact style={{ width: '100%' }}>
        <Select aria-label="被评议单位" mode="multiple" style={{ width: '100%' }} placeholder="从单位字典中选择" value={chosen}
          showSearch={{ optionFilterProp: 'label' }} options={options} onChange={(v: string[]) => setChosen(v)} />
        <Button type="primary" disabled={!changed} onClick={() => void save()}>保存被评议单位</Button>
      </Space.Compact>
    </Card>
  );
}
