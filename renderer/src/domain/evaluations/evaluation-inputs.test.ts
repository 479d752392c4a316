// Bad input to 民主评议 is refused at its field with a Chinese message.
import { describe, expect, it } from 'vitest';
import { checkProblem, checkResults, checkUnitNames, validateRoundFields } from './evaluation-inputs';
import { emptyUnit, round } from './evaluation-test-support';

const shares = round('r', '2025-06-10', [emptyUnit('县教育局'), emptyUnit('县公安局')]);
const scored = { ...shares, resultKind: 'score' as const, maxScore: 100 };
const row = (unitId: string, satisfied: number | null, basic: number | null, unsatisfied: number | null, score: number | null = null) => ({ unitId, satisfied, basic, unsatisfied, score });

describe('results', () => {
  it('accepts shares adding up to 100 and an empty row', () => {
    expect(checkResults(shares, [row('u-县教育局', 85.5, 10.25, 4.25), row('u-县公安局', null, null, null)]).ok).toBe(true);
  });

  it('refuses shares that do not add up to 100 %, naming the unit', () => {
    expect(checkResults(shares, [row('u-县教育局', 80, 10, 5)])).toEqual({ ok: false, errors: { 'units.0.satisfied': '县教育局的满意、基本满意、不满意占比合计为95%，应为100%' } });
  });

  it('refuses a half-filled row and a share above 100', () => {
    const r = checkResults(shares, [row('u-县教育局', 80, null, null), row('u-县公安局', 120, -10, -10)]);
    expect(r.ok ? {} : r.errors).toEqual({
      'units.0.basic': '县教育局的满意、基本满意、不满意占比请填写完整',
      'units.0.unsatisfied': '县教育局的满意、基本满意、不满意占比请填写完整',
      'units.1.satisfied': '县公安局的占比应在0%到100%之间',
      'units.1.basic': '县公安局的占比应在0%到100%之间',
      'units.1.unsatisfied': '县公安局的占比应在0%到100%之间',
    });
  });

  it('refuses a score out of range', () => {
    expect(checkResults(scored, [row('u-县教育局', null, null, null, 101)])).toEqual({ ok: false, errors: { 'units.0.score': '县教育局的得分应在0到100分之间' } });
    expect(checkResults(scored, [row('u-县教育局', null, null, null, 100)]).ok).toBe(true);
  });
});

describe('problems', () => {
  const base = { text: '窗口服务不规范', foundDate: '2025-06-10', status: '已整改', startedDate: '', rectifiedDate: '2025-08-01', revisitDate: '', revisitFinding: '' };
  it('refuses a problem rectified before it was found', () => {
    expect(checkProblem('p', { ...base, rectifiedDate: '2025-06-01' })).toEqual({ ok: false, errors: { rectifiedDate: '整改完成日期不能早于发现问题的日期' } });
  });
  it('wants a rectification date for 已整改 only, and a 回头看 not before the finding', () => {
    expect(checkProblem('p', { ...base, rectifiedDate: '' })).toEqual({ ok: false, errors: { rectifiedDate: '已整改的问题请填写整改完成日期' } });
    expect(checkProblem('p', { ...base, status: '未整改' })).toEqual({ ok: false, errors: { rectifiedDate: '未整改的问题不应有整改完成日期' } });
    expect(checkProblem('p', { ...base, revisitDate: '2025-05-01' })).toEqual({ ok: false, errors: { revisitDate: '回头看日期不能早于发现问题的日期' } });
  });
  it('keeps a good problem with its 回头看', () => {
    const p = checkProblem('p', { ...base, revisitDate: '2025-11-01', revisitFinding: '整改到位' });
    expect(p.ok && p.value).toEqual({ id: 'p', text: '窗口服务不规范', foundDate: '2025-06-10', status: '已整改', startedDate: null, rectifiedDate: '2025-08-01', revisit: { date: '2025-11-01', finding: '整改到位' } });
  });
});

describe('round fields and units', () => {
  it('wants a method and a dimension, and no unit twice or outside the dictionary', () => {
    const r = validateRoundFields({ title: '2025年民主评议', date: '2025-06-10', methods: [], raters: [], dimensions: [], resultKind: 'shares', maxScore: 100, namedCount: 3, note: '' });
    expect(r.ok ? {} : r.errors).toEqual({ methods: '请至少选择一种评议方式', dimensions: '请至少填写一项评议内容' });
    expect(checkUnitNames(['县教育局', '县教育局', '县外星局'], ['县教育局'])).toEqual({ ok: false, errors: { 'units.1': '被评议单位“县教育局”重复', 'units.2': '单位“县外星局”不在字典中，请先在设置中添加' } });
  });
});
