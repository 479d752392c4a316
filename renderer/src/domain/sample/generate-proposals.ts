// The sample ledger's proposals: most submitted at each year's plenary session, some 平时提案,
// taken through the real review and handling steps (so a sample proposal is always in a state the
// program can reach) with the shares a county typically reports: most registered, a few merged,
// rejected or withdrawn; most replied and rated, the odd 不满意 handled a second time.
import type { Member } from '../members/member';
import type { Proposal, ProposalFields } from '../proposals/proposal';
import { createProposal } from '../proposals/proposal-review';
import { applyProposalTransition, type TransitionKind } from '../proposals/proposal-transitions';
import { DEFAULT_PROPOSAL_SETTINGS } from '../proposals/proposal-settings';
import { REJECTED_AS, REJECTION_REASONS } from '../proposals/proposal';
import type { ProposalRules } from '../proposals/proposal-step';
import { DEFAULT_COMMITTEES, DEFAULT_PROPOSAL_CATEGORIES, DEFAULT_SECTORS, DEFAULT_UNITS } from '../dictionaries/default-dictionaries';
import type { Random } from './seeded-random';

const SUBJECTS = [
  '城区停车难问题', '农村饮水安全', '义务教育均衡发展', '县域医疗服务能力', '特色农产品品牌建设', '乡村旅游发展', '营商环境优化',
  '生活垃圾分类处理', '老旧小区改造', '养老服务体系建设', '非物质文化遗产保护', '河道综合治理', '中小企业融资难', '农村道路养护',
];
const PARTIES = ['民革', '民盟', '民建', '民进', '农工党', '九三学社'];
const LEADERS = ['县政协主席', '县委副书记', '常务副县长', '分管副县长'];
const RULES: ProposalRules = { settings: DEFAULT_PROPOSAL_SETTINGS, units: DEFAULT_UNITS };

function isoAt(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

function proposer(r: Random, members: readonly Member[]): Pick<ProposalFields, 'proposerKind' | 'leadMemberId' | 'coSignerIds' | 'collectiveKind' | 'collectiveName'> {
  const roll = r.next();
  if (roll < 0.12 || members.length < 4) {
    const kind = r.pick(['党派', '界别', '专委会'] as const);
    const name = kind === '党派' ? r.pick(PARTIES) : kind === '界别' ? r.pick(DEFAULT_SECTORS) : r.pick(DEFAULT_COMMITTEES);
    return { proposerKind: '集体', leadMemberId: null, coSignerIds: [], collectiveKind: kind, collectiveName: name };
  }
  const lead = r.pick(members).id;
  if (roll < 0.4) {
    const co = new Set<string>();
    const want = r.int(1, 3);
    while (co.size < want) {
      const id = r.pick(members).id;
      if (id !== lead) co.add(id);
    }
    return { proposerKind: '联名', leadMemberId: lead, coSignerIds: [...co], collectiveKind: null, collectiveName: '' };
  }
  return { proposerKind: '个人', leadMemberId: lead, coSignerIds: [], collectiveKind: null, collectiveName: '' };
}

/** Applies the steps in order while they succeed and are not after today; a sample never needs a refused step. */
function walk(p: Proposal, steps: readonly [TransitionKind, unknown, string][], today: string, target?: Proposal): Proposal {
  let current = p;
  for (const [kind, input, date] of steps) {
    if (date > today) break;
    const r = applyProposalTransition(current, { kind, input }, { operator: '示例操作员', date, at: p.createdAt }, RULES, target);
    if (!r.ok) break;
    current = r.proposal;
  }
  return current;
}

/** Dates count in days from the day the proposal was received. */
function handle(r: Random, p: Proposal, year: number, received: number, today: string, key: boolean): Proposal {
  const day = (d: number) => isoAt(year, received + d);
  const units = [...DEFAULT_UNITS];
  const main = r.pick(units);
  const co = r.chance(0.4) ? [r.pick(units.filter((u) => u !== main))] : [];
  const replyOf = (unit: string, d: number) => ({ unit, date: day(d), replyClass: r.pick(['A', 'A', 'A', 'B', 'B', 'C']), summary: '', faceToFace: r.chance(0.7) });
  const rating = () => (r.chance(0.05) ? '不满意' : r.chance(0.8) ? '满意' : '基本满意');
  const steps: [TransitionKind, unknown, string][] = [['accept', { note: '' }, day(30)]];
  if (r.chance(0.06) || key) steps.push(['key', { key: true, leaders: [r.pick(LEADERS)], activityIds: [] }, day(35)]);
  if (r.chance(0.95)) {
    steps.push(['assign', { mainUnit: main, coUnits: co, assignedDate: day(40), note: '' }, day(40)]);
    if (r.chance(0.92)) {
      steps.push(...co.map((u): [TransitionKind, unknown, string] => ['reply', replyOf(u, r.int(70, 110)), day(110)]));
      steps.push(['reply', replyOf(main, r.int(80, 125)), day(125)]);
      if (r.chance(0.85)) {
        const first = rating();
        steps.push(['feedback', { date: day(140), rating: first, note: '' }, day(140)]);
        if (first === '不满意') {
          steps.push(['reply', replyOf(main, 200), day(200)], ['feedback', { date: day(215), rating: r.chance(0.5) ? '满意' : '基本满意', note: '' }, day(215)]);
        }
        if (r.chance(0.7)) steps.push(['close', { note: '' }, day(230)]);
      }
    }
  }
  return walk(p, steps, today);
}

/** Row ids are drawn from `makeId` so that a generated ledger is the same on every run. */
function withIds(p: Proposal, makeId: () => string): Proposal {
  return {
    ...p,
    history: p.history.map((h) => ({ ...h, id: makeId() })),
    replies: p.replies.map((x) => ({ ...x, id: makeId() })),
    feedback: p.feedback.map((x) => ({ ...x, id: makeId() })),
  };
}

/**
 * `term` and `session`: the plenary session of `year` at which most are submitted (九届二次会议:
 * 9, 2). Nothing is received or handled after `today`; the year's first two proposals are taken
 * through handling as 重点提案, so every year has some.
 */
export function makeSampleProposals(r: Random, year: number, session: number, count: number, members: readonly Member[], makeId: () => string, term = 9, today = '9999-12-31'): Proposal[] {
  const lastDay = Math.floor((Math.min(Date.UTC(year, 11, 31), Date.parse(`${today}T00:00:00Z`)) - Date.UTC(year, 0, 1)) / 86_400_000);
  const made: Proposal[] = [];
  const numbers = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const plenary = i < count * 0.9;
    const received = Math.max(0, Math.min(lastDay, plenary ? r.int(6, 12) : r.int(60, 300)));
    const receivedDate = isoAt(year, received);
    const subject = r.pick(SUBJECTS);
    const fields: ProposalFields = {
      term: plenary ? term : null, session: plenary ? session : null, title: `关于${subject}的建议`, category: r.pick(DEFAULT_PROPOSAL_CATEGORIES),
      receivedDate, text: `针对${subject}，建议……`, ...proposer(r, members),
    };
    const key = plenary ? `${session}` : 'between';
    const number = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, number);
    const at = `${receivedDate}T09:00:00.000Z`;
    const submitted = createProposal(fields, number, '示例操作员', { id: makeId(), createdAt: at, updatedAt: at, deletedAt: null }, true);
    const roll = r.next();
    const sameSession = made.filter((p) => p.sessionKey === submitted.sessionKey && !['已并案', '不予立案', '已撤案'].includes(p.stage));
    const target = sameSession.length ? r.pick(sameSession) : undefined;
    const date = isoAt(year, received + 20);
    const p =
      i < 2 ? handle(r, submitted, year, received, today, true)
      : roll < 0.05 && target ? walk(submitted, [['merge', { targetId: target.id, note: '' }, date]], today, target)
      : roll < 0.13 ? walk(submitted, [['reject', { reason: r.pick(REJECTION_REASONS), rejectedAs: r.pick(REJECTED_AS), note: '' }, date]], today)
      : roll < 0.16 ? walk(submitted, [['withdraw', { note: '提案人申请撤案' }, date]], today)
      : roll < 0.19 ? submitted
      : handle(r, submitted, year, received, today, false);
    made.push(withIds(p, makeId));
  }
  return made;
}
