import { describe, expect, it } from 'vitest';
import { checkFollowUp, checkReport, checkStepDate, validatePlanFields } from './plan-inputs';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';

const dicts = { activityType: ['视察', '调研', '提案办理协商'] } as Dictionaries;
const fields = { year: 2025, kind: '视察', title: '视察城区停车场建设', plannedMonth: 3, plannedDate: '2025-03-20', organizer: '经济委员会', leader: '陈刚' };

describe('a plan item’s fields', () => {
  it('accepts a complete item, and no planned date', () => {
    expect(validatePlanFields(fields, dicts).ok).toBe(true);
    expect(validatePlanFields({ ...fields, plannedDate: '' }, dicts)).toEqual({ ok: true, value: { ...fields, plannedDate: null } });
  });

  it('refuses bad input with a Chinese message at the field', () => {
    const errors = (input: object) => { const v = validatePlanFields({ ...fields, ...input }, dicts); return v.ok ? {} : v.errors; };
    expect(errors({ title: '  ' })).toEqual({ title: '请填写工作要点名称' });
    expect(errors({ plannedMonth: 13 })).toEqual({ plannedMonth: '计划月份应为1至12月' });
    expect(errors({ plannedDate: '2025-04-02' })).toEqual({ plannedDate: '计划日期应在计划月份（3月）内' });
    expect(errors({ plannedDate: '2026-03-02' })).toEqual({ plannedDate: '计划日期应在2025年内' });
    expect(errors({ plannedDate: '2025-02-30' })).toEqual({ plannedDate: '请填写正确的计划日期，格式如 2025-03-05' });
    expect(errors({ kind: '跳舞' })).toEqual({ kind: '类别“跳舞”不在字典中，请先在设置中添加' });
  });
});

describe('dates of steps done', () => {
  it('takes a past date on or before the activity, or clears it', () => {
    expect(checkStepDate('notice', { date: '2025-02-27' }, '2025-03-20', '2025-03-01')).toEqual({ ok: true, value: '2025-02-27' });
    expect(checkStepDate('notice', { date: '' }, '2025-03-20', '2025-03-01')).toEqual({ ok: true, value: null });
  });

  it('refuses a date in the future or after the activity', () => {
    expect(checkStepDate('scheme', { date: '2025-03-02' }, '2025-03-20', '2025-03-01')).toEqual({ ok: false, errors: { date: '方案完成日期不能晚于今天' } });
    expect(checkStepDate('materials', { date: '2025-03-21' }, '2025-03-20', '2025-04-01')).toEqual({ ok: false, errors: { date: '材料完成日期不能晚于活动日期' } });
    expect(checkStepDate('materials', { date: '2025/3/1' }, null, '2025-04-01')).toEqual({ ok: false, errors: { date: '请填写正确的材料完成日期，格式如 2025-03-05' } });
  });

  it('takes 跟踪 and 报告 only after the held activity and not in the future', () => {
    expect(checkFollowUp({ date: '2025-04-01', note: '督查室已督办' }, '2025-03-20', '2025-04-02')).toEqual({ ok: true, value: { date: '2025-04-01', note: '督查室已督办' } });
    expect(checkFollowUp({ date: '2025-03-19', note: '' }, '2025-03-20', '2025-04-02')).toEqual({ ok: false, errors: { date: '跟踪日期不能早于活动日期' } });
    expect(checkFollowUp({ date: '2025-04-03', note: '' }, '2025-03-20', '2025-04-02')).toEqual({ ok: false, errors: { date: '跟踪日期不能晚于今天' } });
    expect(checkFollowUp({ date: '2025-04-01', note: '' }, null, '2025-04-02')).toEqual({ ok: false, errors: { date: '请先关联已开展的活动，再填写跟踪日期' } });
    expect(checkReport({ date: '2025-04-01', to: ['县委', '县委'] }, '2025-03-20', '2025-04-02')).toEqual({ ok: true, value: { date: '2025-04-01', to: ['县委'] } });
    expect(checkReport({ date: '2025-04-01', to: [] }, '2025-03-20', '2025-04-02')).toEqual({ ok: false, errors: { to: '请选择报告对象（县委、县政府）' } });
    expect(checkReport({ date: '2025-04-01', to: ['县人大'] }, '2025-03-20', '2025-04-02')).toEqual({ ok: false, errors: { 'to.0': '报告对象只能是县委或县政府' } });
  });
});
