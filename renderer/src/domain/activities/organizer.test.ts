import { describe, expect, it } from 'vitest';
import { checkOrganizer, organizerChoices, organizerNotice } from './organizer';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';
import type { FieldErrors } from '../common/validation';

const dicts: Dictionaries = {
  sector: ['教育界', '农业界'], party: [], township: ['城关镇'], committee: ['提案委员会', '经济委员会'], unit: [], activityType: [], proposalCategory: [],
};

describe('an activity organiser', () => {
  it('is offered from its kind\'s dictionary, or typed freely for 办公室 and no kind', () => {
    expect(organizerChoices('专委会', dicts)).toEqual(['提案委员会', '经济委员会']);
    expect(organizerChoices('乡镇', dicts)).toEqual(['城关镇']);
    expect(organizerChoices('办公室', dicts)).toBeNull();
    expect(organizerChoices('', dicts)).toBeNull();
  });

  it('typed but not in the dictionary is kept and said under the field, then refused on save at the field', () => {
    expect(organizerNotice('专委会', '文史委', dicts)).toBe('“文史委”不在专门委员会字典中，已保留所输入的文字：请从列表中选择，或先在设置中添加');
    expect(organizerNotice('专委会', '经济委员会', dicts)).toBe('');
    expect(organizerNotice('办公室', '县政协办公室', dicts)).toBe('');
    expect(organizerNotice('界别', '', dicts)).toBe('');
    const errors: FieldErrors = {};
    checkOrganizer(errors, 'fields.organizer', '专委会', '文史委', dicts);
    expect(errors).toEqual({ 'fields.organizer': '专门委员会“文史委”不在字典中，请先在设置中添加' });
    const fine: FieldErrors = {};
    checkOrganizer(fine, 'fields.organizer', '办公室', '县政协办公室', dicts);
    checkOrganizer(fine, 'fields.organizer', '界别', '教育界', dicts);
    expect(fine).toEqual({});
  });
});
