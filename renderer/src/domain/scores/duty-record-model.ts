// A member's 履职档案 as a report document (domain/report/render-report.ts): the title, paragraphs
// in the trade's wording, the table of counts and points, issuer and date. The report's .docx
// writer lays it out on the same GB/T 9704 page as every other report. Pure.
import type { Member } from '../members/member';
import { cleanText } from '../common/text';
import type { ReportDocument } from '../report/render-report';
import { breakTitle } from '../report/title-lines';
import { headingNumber } from '../report/heading-numbers';
import { SCORE_AREA_NAMES, type MemberDuty, type ScoreLine } from './member-duty';
import { NOT_RECORDED } from './duty-table-columns';
import { scoreCountText, scoreNumber as num, type ScoreRules } from './score-rules';
import { sectorText } from '../members/sector-text';

export type DutyRecordMember = Pick<Member, 'name' | 'gender' | 'sector' | 'party' | 'workplace' | 'role'>;

/** One 一、 heading over each paragraph, numbered as every report's are (heading-numbers.ts). */
const HEADINGS = ['基本情况', '参加会议和活动情况', '提出提案和反映社情民意情况', '履职积分'];

/** 张三，男，教育界别，民盟，县第一中学校长，县政协常委。A party whose own 界别 the member sits in is said once: 中共界别, not 中共界别，中共. */
function identity(m: DutyRecordMember, shortName: string): string {
  const sector = m.sector ? sectorText(m.sector) : '';
  const party = m.party && m.party === m.sector ? '' : m.party;
  const role = m.role === '委员' ? `${shortName}委员` : `${shortName}${m.role}`;
  return `${[m.name, m.gender, sector, party, m.workplace, role].filter(Boolean).map((s) => cleanText(s)).join('，')}。`;
}

/** The member's proposals: what they put forward, then 其中 what was registered — never 其中 over nothing, nor a list of zeros. */
function proposalsText(d: MemberDuty): string {
  const p = d.proposals;
  if (d.unrecorded.includes('proposal')) return `本年度${SCORE_AREA_NAMES.proposal}尚未在台账中登记`;
  const put = [p.lead > 0 ? `作为第一提案人提交提案${p.lead}件` : '', p.coSigned > 0 ? `附议提案${p.coSigned}件` : ''].filter(Boolean).join('，');
  if (!put) return '本年度未提交或附议提案';
  const registered = p.registered > 0 ? `其中立案${p.registered}件${p.key > 0 ? `，列为重点提案${p.key}件` : ''}` : '尚未立案';
  return `${put}；${registered}`;
}

/** Meetings (出席 / 请假 / 缺席) and other activities, each said only when the ledger has some: never "出席会议0次…履职活动0次". */
function takingPartText(d: MemberDuty): string {
  if (d.unrecorded.includes('attendance')) return `${SCORE_AREA_NAMES.attendance}尚未在台账中登记`;
  const { attended, excused, absent } = d.meetings;
  const meetings = attended + excused + absent > 0 ? `出席会议${attended}次，请假${excused}次，缺席${absent}次` : '';
  if (!meetings) return d.activities > 0 ? `参加视察、调研、协商、监督等履职活动${d.activities}次` : '台账中没有该同志参加会议和履职活动的记录';
  return d.activities > 0 ? `${meetings}；参加视察、调研、协商、监督等其他履职活动${d.activities}次` : meetings;
}

/**
 * The total and grade for a whole year; a year still running counts to its 截至 date and leaves
 * the grade to the year's end, and a year whose ledger lacks an area the rules count leaves it
 * until those records are in.
 */
function scoreText(d: MemberDuty, rules: ScoreRules, until: string | undefined): string {
  const points = `${num(d.total)}分（满分${rules.fullMarks}分）`;
  const lacking = d.unrecorded.map((a) => SCORE_AREA_NAMES[a]).join('、');
  const running = until !== undefined && until < `${d.year}-12-31`;
  const upTo = running ? `截至${Number(until.slice(5, 7))}月${Number(until.slice(8, 10))}日积分${points}` : `全年积分${points}`;
  if (lacking) return `${upTo}，不含台账尚未登记的${lacking}，年度等次待登记后评定。`;
  return running ? `${upTo}，年度等次待年终评定。` : `${upTo}，等次为${d.grade}。`;
}

/** A rule's count as the 履职档案 and the member's page print it: 未记录, not 0件, for a rule over an area the year's ledger does not record. */
export function scoreLineCountText(d: Pick<MemberDuty, 'unrecorded'>, rules: ScoreRules, l: ScoreLine): string {
  const area = rules.rules.find((r) => r.id === l.ruleId)?.source.kind;
  return area !== undefined && d.unrecorded.includes(area) ? NOT_RECORDED : scoreCountText(l.count, l.unit);
}

export function buildDutyRecordModel(input: {
  member: DutyRecordMember;
  duty: MemberDuty;
  rules: ScoreRules;
  committee: { name: string; shortName: string };
  /** The date written under the issuer, as 2025年12月20日. */
  dateText: string;
  /** The 截至 date (ISO) the counts run to; before the year's last day the grade, a year-end judgement, is not given yet. */
  until?: string;
}): ReportDocument {
  const { member: m, duty: d, rules, committee } = input;
  const opinions = d.opinions === null ? '社情民意信息尚未在台账中登记' : d.opinions.submitted === 0 ? '本年度未报送社情民意信息' : `报送社情民意信息${d.opinions.submitted}条，被采用${d.opinions.adopted}条`;
  const capped = d.lines.filter((l) => l.capped).map((l) => `“${l.item}”`);
  const paragraphs = [
    identity(m, committee.shortName),
    `${d.year}年度，${takingPartText(d)}。`,
    `${proposalsText(d)}。${opinions}。大会发言等发言情况台账未记录。`,
    `按${committee.shortName}履职积分规则计算，${scoreText(d, rules, input.until)}${capped.length ? `其中${capped.join('、')}已按上限计分。` : ''}`,
  ];
  const rows = d.lines.map((l) => [`${l.category}：${l.item}`, scoreLineCountText(d, rules, l), `${num(l.points)}分/${l.unit}`, num(l.score)]);
  rows.push(['合计', '', '', num(d.total)]);
  const title = `${cleanText(m.name)}同志${d.year}年度履职档案`;
  return {
    title,
    titleLines: breakTitle(title),
    blocks: [
      ...HEADINGS.flatMap((heading, i) => [
        { kind: 'heading' as const, level: 1 as const, text: headingNumber(1, i + 1) + heading },
        { kind: 'paragraph' as const, text: paragraphs[i]!, figureKeys: [] },
      ]),
      { kind: 'table', caption: `${d.year}年度履职积分明细`, columns: ['项目', '计数', '分值', '得分'], rows },
    ],
    issuer: committee.name,
    dateText: input.dateText,
    problems: [],
  };
}
