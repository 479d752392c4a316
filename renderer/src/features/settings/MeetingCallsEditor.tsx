// 会议应到人员, under the activity types in 设置 → 字典: for each type, whom 按会议类型填入 fills (and
// a 签到表 without participants lists) — 全体委员, 常委会组成人员, 主席会议成员, chosen 界别 or nobody
// (domain/activities/meeting-calls.ts). The line above the controls says what each type calls now.
import { useState } from 'react';
import { App, Button, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { useSave } from '../shared/use-save';
import { CALL_KINDS, CALL_KIND_LABELS, callRuleFor, callRuleLabel, type CallKind, type CallRule } from '../../domain/activities/meeting-calls';
import type { DictionaryEntry } from '../../domain/dictionaries/dictionary-kinds';

export function MeetingCallsEditor({ types, sectors }: { types: readonly DictionaryEntry[]; sectors: readonly string[] }) {
  const { message } = App.useApp();
  const { saving, run } = useSave();
  const calls = useLiveQuery(() => appLedger.meetingCalls.loadMeetingCalls(), []);
  const [code, setCode] = useState<string | undefined>(undefined);
  const [kind, setKind] = useState<CallKind | undefined>(undefined);
  const [chosen, setChosen] = useState<string[]>([]);
  const coded = types.filter((t): t is DictionaryEntry & { code: string } => typeof t.code === 'string');
  const ruleOf = (c: string) => callRuleFor(c, calls);

  const pick = (c: string) => {
    const rule = ruleOf(c);
    setCode(c);
    setKind(rule.kind);
    setChosen(rule.kind === 'sectors' ? rule.sectors : []);
  };

  const save = async () => {
    if (!code || !kind) {
      message.error('请选择活动类型');
      return;
    }
    const rule: CallRule = kind === 'sectors' ? { kind, sectors: chosen } : { kind };
    const result = await run(() => appLedger.meetingCalls.saveMeetingCall(code, rule));
    if (!result) return;
    if (!result.ok) message.error(Object.values(result.errors).join('；'));
    else message.success(`已设置“${coded.find((t) => t.code === code)?.name ?? ''}”的应到人员：${callRuleLabel(result.value)}`);
  };

  const set = coded.filter((t) => ruleOf(t.code).kind !== 'none');
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong>会议应到人员（按会议类型填入）</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }} aria-label="各类型应到人员">
        {set.length ? `${set.map((t) => `${t.name}：${callRuleLabel(ruleOf(t.code))}`).join('；')}；其余类型不自动填入。` : '所有类型都不自动填入。'}
      </Typography.Paragraph>
      <Space wrap>
        <Select
          aria-label="应到人员的活动类型" placeholder="选择活动类型" style={{ width: 200 }} value={code} onChange={pick} showSearch optionFilterProp="label"
          options={coded.map((t) => ({ value: t.code, label: t.name }))}
        />
        <Select<CallKind>
          aria-label="应到人员" placeholder="应到人员" style={{ width: 260 }} value={kind} onChange={setKind} disabled={!code}
          options={CALL_KINDS.map((k) => ({ value: k, label: CALL_KIND_LABELS[k] }))}
        />
        {kind === 'sectors' && (
          <Select
            mode="multiple" aria-label="应到界别" placeholder="选择界别" style={{ minWidth: 240 }} value={chosen} onChange={setChosen}
            options={sectors.map((s) => ({ value: s, label: s }))}
          />
        )}
        <Button disabled={saving || !code} onClick={() => void save()}>保存应到人员</Button>
      </Space>
    </div>
  );
}
