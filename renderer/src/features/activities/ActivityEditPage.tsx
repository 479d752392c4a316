// 新增活动 / 编辑活动: loads the activity (if any), then the form. Saving goes through the
// repository, which validates; each refusal is shown at its field, general ones above the form.
// Enter in a single-line text field saves (shared/form-keys); Enter in a date or a list does not,
// so confirming a typed date never saves a half-filled form. 保存 sits in a bar stuck to the
// bottom of the window, in view above a long attendance list.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Divider, Form, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { toIsoDate } from '../../domain/common/dates';
import type { Member } from '../../domain/members/member';
import { navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import {
  loadedActivityValues, newActivityValues, peopleOf, personOf, toActivityInput,
  type ActivityFormValues, type PersonInfo,
} from './activity-form-values';
import { ActivityFieldsSection } from './ActivityFields';
import { OutcomesFields } from './OutcomesFields';
import { InstructionsFields } from './InstructionsFields';
import { ParticipantsEditor } from './ParticipantsEditor';
import { ActivityNotFound } from './ActivityNotFound';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';
import { submitOnEnter } from '../shared/form-keys';

async function loadForEdit(id: string) {
  const found = await appLedger.activities.getActivity(id);
  if (!found) return null;
  return { activity: found.activity, participants: await appLedger.activities.listActivityParticipants(id) };
}

export function ActivityEditPage({ id }: { id: string | null }) {
  const year = useSelectedYear();
  const loaded = useLiveQuery(async () => (id ? loadForEdit(id) : null), [id]);
  if (id && loaded === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (id && !loaded) return <ActivityNotFound />;
  const today = toIsoDate(new Date());
  // A new activity starts today when the chosen year is this year; otherwise undated, so an
  // entry made for last year is not silently dated into this one.
  const initial = loaded
    ? loadedActivityValues(loaded.activity, loaded.participants)
    : newActivityValues(today.startsWith(`${year}-`) ? today : '');
  return <ActivityEditor id={id} initial={initial} initialPeople={peopleOf(loaded?.participants ?? [])} />;
}

interface EditorProps {
  id: string | null;
  initial: ActivityFormValues;
  initialPeople: Map<string, PersonInfo>;
}

function ActivityEditor({ id, initial, initialPeople }: EditorProps) {
  const [form] = Form.useForm<ActivityFormValues>();
  const { message } = App.useApp();
  const year = useSelectedYear();
  const [picked, setPicked] = useState<Member[]>([]);
  const [general, setGeneral] = useState<string[]>([]);
  // Disabled rather than `loading` while saving: antd's loading icon can linger in the button's
  // accessible name ("loading 保存") after a quick save, which trips screen readers and tests.
  const { saving, run } = useSave();
  const typeCodes = useLiveQuery(() => appLedger.dictionary.loadActivityTypeCodes(), []);
  const people = useMemo(() => {
    const map = new Map(initialPeople);
    for (const m of picked) map.set(m.id, personOf(m));
    return map;
  }, [initialPeople, picked]);

  const save = async () => {
    clearFieldErrors(form);
    setGeneral([]);
    await run(async () => {
      const input = toActivityInput(form.getFieldsValue(true) as ActivityFormValues, typeCodes ?? new Map());
      const result = await appLedger.activities.saveActivity(id ?? undefined, input);
      if (!result.ok) {
        setGeneral(applyFieldErrors(form, result.errors));
        message.error('未能保存，请按红字提示修改');
        return;
      }
      message.success('已保存');
      if (result.value.year !== year) message.info(`该活动计入${result.value.year}年度`);
      navigate({ name: 'activity', id: result.value.id });
    });
  };
  const cancel = () => navigate(id ? { name: 'activity', id } : { name: 'activities' });

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{id ? `编辑活动：${initial.fields.title}` : '新增活动'}</Typography.Title>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="activity"
        layout="vertical"
        initialValues={initial}
        onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}
        onKeyDown={submitOnEnter(() => void save())}
        style={{ maxWidth: 1100 }}
      >
        <ActivityFieldsSection form={form} />
        <Divider />
        <OutcomesFields />
        <InstructionsFields />
        <Divider />
        <ParticipantsEditor form={form} people={people} onMembersPicked={(ms) => setPicked((p) => [...p, ...ms])} />
        <SaveBar>
          <Button type="primary" disabled={saving} onClick={() => void save()}>保存</Button>
          <Button onClick={cancel}>取消</Button>
        </SaveBar>
      </Form>
    </>
  );
}
