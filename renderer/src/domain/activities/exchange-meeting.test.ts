// 联谊交流 activities carry their exchange meeting (name, 第X次联席会, host, theme); activities
// without one — every other type, and those entered before it existed — stay valid.
import { describe, expect, it } from 'vitest';
import { activityFieldsSchema, activitySchema, emptyActivityFields, exchangeMeetingLabel } from './activity';
import { validateWith } from '../common/validation';
import { testActivity } from '../stations/test-records';

const fields = (patch: Record<string, unknown>) => ({ ...emptyActivityFields('2025-05-20'), title: '联席会', type: '联谊交流', ...patch });

describe('the exchange meeting of an activity', () => {
  it('is optional: a stored activity without it still reads', () => {
    const old = testActivity('a1');
    expect('exchange' in old).toBe(false);
    expect(activitySchema.safeParse(old).success).toBe(true);
  });

  it('is checked with Chinese messages at its fields', () => {
    expect(validateWith(activityFieldsSchema, fields({ exchange: { name: '黔桂联谊协作会', session: 23, host: '罗城县政协', theme: '助推旅游扶贫' } })).ok).toBe(true);
    expect(validateWith(activityFieldsSchema, fields({ exchange: { name: ' ', session: 0, host: '', theme: '' } }))).toEqual({
      ok: false, errors: { 'exchange.name': '请填写联谊会名称', 'exchange.session': '次数至少为1' },
    });
    expect(validateWith(activityFieldsSchema, fields({ exchange: { name: '联谊会', host: '', theme: '' } }))).toEqual({ ok: false, errors: { 'exchange.session': '请填写第几次联席会' } });
  });

  it('is written the way the trade writes it', () => {
    expect(exchangeMeetingLabel({ name: '黔桂两省（区）二十三县（市、区）政协联谊协作会', session: 23 })).toBe('黔桂两省（区）二十三县（市、区）政协联谊协作会第二十三次联席会');
  });
});
