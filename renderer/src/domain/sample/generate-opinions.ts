// A sample year of 社情民意信息 as a county office keeps it: items from members and groups through
// the year, compiled a few at a time into issues (about two a month), a share adopted by the
// 县, 市, 省 and now and then 全国政协, some with a leader's 批示 — plus the items converted from
// that year's 不予立案 proposals.
import type { Member } from '../members/member';
import type { Proposal } from '../proposals/proposal';
import { DEFAULT_PARTIES, DEFAULT_SECTORS } from '../dictionaries/default-dictionaries';
import { isDemocraticParty } from '../members/affiliation';
import { SAMPLE_TOWNSHIPS } from './sample-places';
import { withDerivedOpinionFields, type Adoption, type Opinion, type OpinionGroup } from '../opinions/opinion';
import { opinionFromProposal, wasConvertedToOpinion } from '../opinions/opinion-from-proposal';
import type { Instruction } from '../instructions/instruction';
import type { Random } from './seeded-random';
import { newRow } from '../common/row-stamps';

const SUBJECTS = ['农村留守儿童关爱', '城区停车难', '农产品销路', '基层医疗人才流失', '乡村道路养护', '中小学课后服务', '养老服务机构建设', '河道垃圾清理', '电动车充电安全', '小微企业融资'];
const LEADERS = { 县: ['县委书记', '县长', '常务副县长'], 市: ['市委书记', '市长', '副市长'], 省: ['副省长', '省委副书记'], 全国: ['国务院领导同志'] } as const;

function isoAt(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + Math.min(dayOfYear, 364))).toISOString().slice(0, 10);
}

function submitters(r: Random, members: readonly Member[]): { memberIds: string[]; groups: OpinionGroup[] } {
  const roll = r.next();
  if (roll < 0.2 || members.length === 0) {
    const kind = r.pick(['党派', '界别', '乡镇'] as const);
    const name = kind === '党派' ? r.pick(DEFAULT_PARTIES.filter(isDemocraticParty)) : kind === '界别' ? r.pick(DEFAULT_SECTORS) : r.pick(SAMPLE_TOWNSHIPS);
    return { memberIds: [], groups: [{ kind, name }] };
  }
  const lead = r.pick(members).id;
  const second = roll > 0.85 ? r.pick(members).id : lead;
  return { memberIds: [...new Set([lead, second])], groups: [] };
}

/** `stamp` is the item's own, which its 批示 rows carry too (nothing stamped after the item). */
function adoptionsAndInstructions(r: Random, year: number, received: number, stamp: string, makeId: () => string): { adoptions: Adoption[]; instructions: Instruction[] } {
  const adoptions: Adoption[] = [];
  const instructions: Instruction[] = [];
  const at = (days: number) => isoAt(year, received + days);
  if (r.chance(0.35)) adoptions.push({ level: '县', nationalMode: null, date: at(r.int(10, 25)), note: '' });
  if (r.chance(0.15)) adoptions.push({ level: '市', nationalMode: null, date: at(r.int(20, 40)), note: '' });
  if (r.chance(0.05)) adoptions.push({ level: '省', nationalMode: null, date: at(r.int(30, 50)), note: '' });
  if (r.chance(0.01)) adoptions.push({ level: '全国', nationalMode: r.chance(0.5) ? '单篇采用' : '转送采用', date: at(r.int(40, 60)), note: '' });
  for (const a of adoptions) {
    if (r.chance(0.3)) instructions.push(newRow({ level: a.level, leader: r.pick(LEADERS[a.level]), date: at(r.int(60, 70)), text: '请相关部门认真研究，提出解决办法。' }, stamp, makeId()));
  }
  return { adoptions, instructions };
}

export function makeSampleOpinions(
  r: Random, year: number, count: number, members: readonly Member[], proposals: readonly Proposal[], today: string, makeId: () => string,
): Opinion[] {
  const made: Opinion[] = [];
  for (let i = 0; i < count; i++) {
    // Spread over the year, in order, so issue numbers rise with the dates.
    const received = Math.floor((i * 330) / count) + r.int(0, 10);
    const receivedDate = isoAt(year, received);
    const subject = r.pick(SUBJECTS);
    const at = `${receivedDate}T09:00:00.000Z`;
    made.push({
      id: makeId(), createdAt: at, updatedAt: at, deletedAt: null,
      ...withDerivedOpinionFields({ title: `关于${subject}问题的建议`, ...submitters(r, members), receivedDate, text: `近期群众反映${subject}方面存在困难，建议……` }),
      sourceProposalId: null, issue: null, ...adoptionsAndInstructions(r, year, received, at, makeId), isSample: true,
    });
  }
  for (const p of proposals) {
    if (p.year === year && wasConvertedToOpinion(p)) made.push(opinionFromProposal(p, { id: makeId(), createdAt: p.updatedAt, updatedAt: p.updatedAt, deletedAt: null }));
  }
  made.sort((a, b) => a.receivedDate.localeCompare(b.receivedDate));
  // About two issues a month: every item received in the first 340 days goes into the issue of
  // its half-month, numbered in order; later ones wait for next year's first issue (left out here).
  let number = 0;
  let lastHalfMonth = -1;
  const compiled = made.map((o) => {
    const day = Math.floor((Date.parse(o.receivedDate) - Date.UTC(year, 0, 1)) / 86_400_000);
    if (day >= 340) return o;
    const halfMonth = Math.floor(day / 15);
    if (halfMonth !== lastHalfMonth) {
      number++;
      lastHalfMonth = halfMonth;
    }
    const issueDate = isoAt(year, halfMonth * 15 + 14);
    // An adoption or 批示 never predates the issue that carried the item up.
    const later = (d: string) => (d < issueDate ? issueDate : d);
    return {
      ...o,
      issue: { year, number, date: issueDate },
      adoptions: o.adoptions.map((a) => ({ ...a, date: later(a.date) })),
      instructions: o.instructions.map((ins) => ({ ...ins, date: later(ins.date) })),
    };
  });
  // The current year is not over: nothing is received, compiled, adopted or instructed after
  // today, or the screens (which show everything) and a report 截至 today would disagree.
  return compiled
    .filter((o) => o.receivedDate <= today)
    .map((o) => ({
      ...o,
      issue: o.issue && o.issue.date <= today ? o.issue : null,
      adoptions: o.adoptions.filter((a) => a.date <= today),
      instructions: o.instructions.filter((i) => i.date <= today),
    }));
}
