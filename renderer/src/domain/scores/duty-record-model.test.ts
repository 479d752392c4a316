// The 履职档案 document: its sentences carry the hand-worked counts of scores-fixture.ts (张三).
import { describe, expect, it } from 'vitest';
import { buildDutyRecordModel } from './duty-record-model';
import { memberFigureValues } from './member-figure-values';
import { computeMemberDuties } from './member-duty';
import { DEFAULT_SCORE_RULES } from './score-rules';
import { DUTY_INPUT, MEMBERS } from './scores-fixture';

const zhang = { ...MEMBERS[0]!, gender: '男' as const, party: '民盟', workplace: '县第一中学校长', role: '常委' as const };
const [duty] = computeMemberDuties(['a'], DUTY_INPUT, DEFAULT_SCORE_RULES, 2025);
const committee = { name: '罗城仫佬族自治县政协', shortName: '县政协' };

describe('履职档案 document', () => {
  const doc = buildDutyRecordModel({ member: zhang, duty: duty!, rules: DEFAULT_SCORE_RULES, committee, dateText: '2025年12月20日' });
  const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

  it('is titled after the member and the year', () => {
    expect(doc.title).toBe('张三同志2025年度履职档案');
    expect(doc.titleLines).toEqual(['张三同志2025年度履职档案']);
  });
  it('puts a numbered heading over each part', () => {
    expect(doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))).toEqual(['一、基本情况', '二、参加会议和活动情况', '三、提出提案和反映社情民意情况', '四、履职积分']);
  });
  it('states the counts and points in sentences', () => {
    expect(texts).toEqual([
      '张三，男，教育界别，民盟，县第一中学校长，县政协常委。',
      '2025年度，出席会议2次，请假0次，缺席1次；参加视察、调研、协商、监督等其他履职活动2次。',
      '作为第一提案人提交提案2件，附议提案1件；其中立案2件，列为重点提案1件。报送社情民意信息2条，被采用1条。大会发言等发言情况台账未记录。',
      '按县政协履职积分规则计算，全年积分98分（满分100分），等次为优秀。',
    ]);
  });
  it('tabulates every rule and the total', () => {
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    // Half days are counted as 个半天 (6个半天), as a clerk writes them, never "6半天".
    expect(table.rows[0]).toEqual(['会议：出席全体会议', '6个半天', '5分/半天', '30']);
    expect(table.rows.find((r) => r[0] === '会议：无故缺席会议（扣分）')).toEqual(['会议：无故缺席会议（扣分）', '1次', '-5分/次', '-5']);
    expect(table.rows.at(-1)).toEqual(['合计', '', '', '98']);
    expect(doc.issuer).toBe('罗城仫佬族自治县政协');
    expect(doc.problems).toEqual([]);
  });
  it('says a party whose 界别 the member sits in once, and no 其中 over proposals of none', () => {
    const wang = { ...zhang, name: '王明', sector: '中共', party: '中共', workplace: '' };
    const none = { ...duty!, proposals: { ...duty!.proposals, lead: 0, coSigned: 0, registered: 0, key: 0 }, opinions: { submitted: 0, adopted: 0 } };
    const d = buildDutyRecordModel({ member: wang, duty: none, rules: DEFAULT_SCORE_RULES, committee, dateText: '' });
    const [who, , proposals] = d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(who).toBe('王明，男，中共界别，县政协常委。');
    expect(proposals).toBe('本年度未提交或附议提案。本年度未报送社情民意信息。大会发言等发言情况台账未记录。');
    const coSignedOnly = { ...none, proposals: { ...none.proposals, coSigned: 2 } };
    const [, , coSigned] = buildDutyRecordModel({ member: wang, duty: coSignedOnly, rules: DEFAULT_SCORE_RULES, committee, dateText: '' }).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(coSigned).toMatch(/^附议提案2件；尚未立案。/);
  });

  it('says what the member took part in, never a run of zeros ("出席会议0次，请假0次，缺席0次…0次")', () => {
    const sentence = (meetings: { attended: number; excused: number; absent: number }, activities: number) =>
      buildDutyRecordModel({ member: zhang, duty: { ...duty!, meetings, activities }, rules: DEFAULT_SCORE_RULES, committee, dateText: '' }).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))[1];
    expect(sentence({ attended: 0, excused: 0, absent: 0 }, 0)).toBe('2025年度，台账中没有该同志参加会议和履职活动的记录。');
    expect(sentence({ attended: 0, excused: 0, absent: 0 }, 3)).toBe('2025年度，参加视察、调研、协商、监督等履职活动3次。');
    expect(sentence({ attended: 1, excused: 0, absent: 0 }, 0)).toBe('2025年度，出席会议1次，请假0次，缺席0次。');
    expect(sentence({ attended: 0, excused: 1, absent: 0 }, 2)).toBe('2025年度，出席会议0次，请假1次，缺席0次；参加视察、调研、协商、监督等其他履职活动2次。');
  });

  it('counts a year not over to its 截至 date and leaves the year’s grade to its end (no "全年…等次为不称职" in December)', () => {
    const scoreLine = (until?: string) => buildDutyRecordModel({ member: zhang, duty: duty!, rules: DEFAULT_SCORE_RULES, committee, dateText: '', ...(until ? { until } : {}) }).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))[3];
    expect(scoreLine('2025-11-30')).toBe('按县政协履职积分规则计算，截至11月30日积分98分（满分100分），年度等次待年终评定。');
    expect(scoreLine('2025-12-31')).toBe('按县政协履职积分规则计算，全年积分98分（满分100分），等次为优秀。');
    expect(scoreLine()).toBe('按县政协履职积分规则计算，全年积分98分（满分100分），等次为优秀。');
  });

  it('says which areas the year’s ledger does not record and leaves the grade until they are, whether the year is over or not', () => {
    const [partial] = computeMemberDuties(['a'], { ...DUTY_INPUT, recorded: { attendance: false, proposal: false, opinion: true } }, DEFAULT_SCORE_RULES, 2025);
    const texts = (until: string) => buildDutyRecordModel({ member: zhang, duty: partial!, rules: DEFAULT_SCORE_RULES, committee, dateText: '', until }).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).slice(1);
    expect(texts('2025-12-31')).toEqual([
      '2025年度，会议和履职活动尚未在台账中登记。',
      '本年度提案尚未在台账中登记。报送社情民意信息2条，被采用1条。大会发言等发言情况台账未记录。',
      '按县政协履职积分规则计算，全年积分98分（满分100分），不含台账尚未登记的会议和履职活动、提案，年度等次待登记后评定。',
    ]);
    expect(texts('2025-11-30')[2]).toBe('按县政协履职积分规则计算，截至11月30日积分98分（满分100分），不含台账尚未登记的会议和履职活动、提案，年度等次待登记后评定。');
    const table = buildDutyRecordModel({ member: zhang, duty: partial!, rules: DEFAULT_SCORE_RULES, committee, dateText: '' }).blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r[1])).toEqual(['未记录', '未记录', '未记录', '未记录', '未记录', '未记录', '未记录', '未记录', '未记录', '2条', '1条', '']);
    expect(memberFigureValues(partial!)).toEqual({ 'member.opinions.submitted': 2, 'member.opinions.adopted': 1, 'member.points': 98 });
  });

  it('says 社情民意 are not recorded rather than 0 when the ledger has none', () => {
    const [without] = computeMemberDuties(['a'], { ...DUTY_INPUT, opinions: null }, DEFAULT_SCORE_RULES, 2025);
    const d = buildDutyRecordModel({ member: zhang, duty: without!, rules: DEFAULT_SCORE_RULES, committee, dateText: '' });
    expect(d.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('社情民意信息尚未在台账中登记'))).toBe(true);
    expect(memberFigureValues(without!)).not.toHaveProperty('member.opinions.submitted');
  });
  it('fills the member template’s placeholders', () => {
    expect(memberFigureValues(duty!)).toEqual({
      'member.meetings.expected': 3, 'member.meetings.present': 2, 'member.meetings.excused': 0, 'member.meetings.absent': 1,
      'member.activities': 2, 'member.proposals.lead': 2, 'member.proposals.coSigned': 1, 'member.proposals.registered': 2,
      'member.proposals.key': 1, 'member.opinions.submitted': 2, 'member.opinions.adopted': 1, 'member.points': 98,
    });
  });
});
