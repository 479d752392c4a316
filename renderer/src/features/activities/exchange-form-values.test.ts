// The activity form sends a 联谊交流's exchange meeting, and drops it when the type changed away.
import { describe, expect, it } from 'vitest';
import { emptyActivityFields } from '../../domain/activities/activity';
import { toActivityInput } from './activity-form-values';
import { codeByName } from '../../domain/dictionaries/dictionary-codes';
import { defaultDictionaryEntries } from '../../domain/dictionaries/default-dictionaries';

const TYPE_CODES = codeByName(defaultDictionaryEntries('2025-01-01T00:00:00.000Z'), 'activityType');

const fields = (patch: Record<string, unknown>) => ({ ...emptyActivityFields('2025-05-20'), title: '联席会', type: '联谊交流', ...patch });

describe('the exchange meeting on the activity form', () => {
  it('is sent only while the type is 联谊交流', () => {
    const exchange = { name: '联谊会', session: 3, host: '', theme: '' };
    expect(toActivityInput({ fields: fields({ exchange }), participants: [] }, TYPE_CODES).fields.exchange).toEqual(exchange);
    expect('exchange' in toActivityInput({ fields: fields({ type: '视察', exchange }), participants: [] }, TYPE_CODES).fields).toBe(false);
  });
});
