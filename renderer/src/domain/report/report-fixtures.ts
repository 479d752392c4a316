// For the report tests (figures, rendering, docx, the command line): a small county's 2025 whose
// every figure is worked out by hand in HAND_FIGURES below, with records that must NOT count
// beside those that must — deleted ones, another year's, ones after the 截至 date (2025-11-30),
// a participant taken off a list, a member who left before it. Proposals are built through the
// real steps (proposal-fixtures.ts), so each is in a state the program itself can reach.
import type { Ledger } from '../ledger/ledger';
import type { Member } from '../members/member';
import { withDerivedFields, type Activity, type ActivityFields, type Attendance, type AttendanceStatus } from '../activities/activity';
import type { Opinion } from '../opinions/opinion';
import { defaultDictionaryEntries } from '../dictionaries/default-dictionaries';
import { assign, assigned, feedback, reply, step, submitted } from '../proposals/proposal-fixtures';
import type { SettingsRecord } from '../settings/committee-settings';
import { emptyActivityFields } from '../activities/activity';
import { EVALUATION_HAND_FIGURES, evaluationFixture } from '../evaluations/evaluation-report-fixtures';
import { reportFixturePlans } from '../plans/plan-report-fixture';
import { yearNotesId, type YearNotes } from '../plans/year-notes';
import { GRASSROOTS_HAND_FIGURES, grassRootsReportFixture } from '../stations/grassroots-report-fixture';
import { newRow } from '../common/row-stamps';

export const FIXTURE_SCOPE = { year: 2025, until: '2025-11-30' } as const;
/** The fixture county's eleven 乡镇, as its office entered them at setup. */
export const FIXTURE_TOWNSHIPS = ['城关镇', '东门镇', '龙岸镇', '黄金镇', '小长安镇', '四把镇', '天河镇', '怀群镇', '宝坛乡', '乔善乡', '纳翁乡'];

export const FIXTURE_COMMITTEE = '罗城仫佬族自治县政协';

const stamp = (day: string, deleted = false) => ({ createdAt: `${day}T09:00:00.000Z`, updatedAt: `${day}T09:00:00.000Z`, deletedAt: deleted ? `${day}T10:00:00.000Z` : null });

function member(id: string, name: string, fields: Partial<Member>, created = '2024-12-01', deleted = false): Member {
  return {
    id, ...stamp(created, deleted), name, gender: '男', ethnicity: '汉族', birthMonth: '', sector: '中共', party: '中共党员', township: '城关镇',
    workplace: '', role: '委员', term: 9, committees: [], phone: '', status: '在任', statusDate: '', note: '', isSample: false, ...fields,
  };
}

const MEMBERS: Member[] = [
  member('m1', '王明', { role: '常委' }),
  member('m2', '李芳', { gender: '女', sector: '教育', party: '民盟' }),
  // Left after the 截至 date: still serving on 2025-11-30.
  member('m3', '张强', { sector: '医药卫生', party: '民建', status: '调离', statusDate: '2025-12-15' }),
  // Left before it: not counted.
  member('m4', '刘丽', { gender: '女', sector: '农业', party: '无党派人士', status: '辞去', statusDate: '2025-06-01' }),
  member('m5', '陈刚', { role: '副主席' }, '2025-03-01'),
  member('m6', '赵删', {}, '2025-02-01', true),
];

function row(activityId: string, memberId: string, status: AttendanceStatus, deleted = false): Attendance {
  return { id: `${activityId}-${memberId}`, ...stamp('2025-01-01', deleted), memberId, status, reason: status === '请假' ? '因公出差' : '' };
}

function activity(id: string, type: string, date: string, rows: [string, AttendanceStatus, boolean?][], extra: Partial<Omit<ActivityFields, 'instructions'> & Pick<Activity, 'instructions'>> = {}, deleted = false): Activity {
  return withDerivedFields({
    id, ...stamp(date, deleted), ...emptyActivityFields(date), title: `${type}活动${id}`, type, ...extra,
    participants: rows.map(([m, s, d]) => row(id, m, s, d)),
  });
}

const outcomes = (reports: ActivityFields['outcomes']['reports'], suggestions: number, adopted: number, sentTo: ActivityFields['outcomes']['sentTo']) => ({ reports, suggestions, adopted, sentTo });

const ACTIVITIES: Activity[] = [
  activity('a1', '全体会议', '2025-01-10', [['m1', '出席'], ['m2', '出席'], ['m3', '请假'], ['m5', '缺席']]),
  activity('a2', '常委会议', '2025-03-15', [['m1', '出席'], ['m5', '出席'], ['m2', '出席'], ['m3', '出席', true]]),
  activity('a3', '视察', '2025-05-20', [['m1', '出席'], ['m2', '出席'], ['m3', '出席']], {
    outcomes: outcomes([{ kind: '视察报告', title: '关于城区停车难问题的视察报告' }], 5, 2, ['县委']),
    instructions: [
      newRow({ level: '县', leader: '县委书记', date: '2025-06-01', text: '请县住建局研究落实。' }, '2025-06-01T08:00:00.000Z'),
      // Taken off the list (a tombstone): no figure counts it.
      { ...newRow({ level: '市', leader: '副市长', date: '2025-06-02', text: '录入有误。' }, '2025-06-02T08:00:00.000Z'), deletedAt: '2025-06-03T08:00:00.000Z' },
    ],
    followUp: '已落实',
  }),
  activity('a4', '调研', '2025-07-01', [['m2', '出席'], ['m5', '请假']], {
    outcomes: outcomes([{ kind: '调研报告', title: '乡村振兴调研报告' }, { kind: '调研报告', title: '农村饮水安全调研报告' }], 3, 1, ['县政府', '县委']),
    followUp: '跟踪中',
  }),
  activity('a5', '调研', '2025-12-10', [['m1', '出席']]),
  activity('a6', '视察', '2025-04-01', [['m1', '出席']], {}, true),
  activity('a7', '培训', '2024-11-01', [['m1', '出席']]),
  activity('a8', '专题协商会', '2025-09-09', [['m1', '出席'], ['m3', '出席'], ['m4', '缺席']]),
];

function proposals() {
  const p1 = step(step(step(assigned('p1', 1, '县教育局'), 'reply', reply('县教育局', 'A', true, '2025-04-01'), '2025-04-01'), 'feedback', feedback('满意', '2025-04-20'), '2025-04-20'), 'key', { key: true, leaders: ['县长张三'], activityIds: [] }, '2025-04-25');
  const p2 = step(step(assigned('p2', 2, '县教育局', [], { category: '社会', proposerKind: '联名', coSignerIds: ['m3'] }), 'reply', reply('县教育局', 'B', false, '2025-05-01'), '2025-05-01'), 'feedback', feedback('基本满意', '2025-05-20'), '2025-05-20');
  // Replied only after the 截至 date: on 2025-11-30 it was still being handled.
  const p3 = step(assigned('p3', 3, '县卫生健康局', [], { category: '社会' }), 'reply', reply('县卫生健康局', 'C', false, '2025-12-05'), '2025-12-05');
  const p4 = step(step(submitted('p4', 4, { category: '生态文明', proposerKind: '集体', leadMemberId: null, collectiveKind: '党派', collectiveName: '民盟罗城县委' }), 'accept', { note: '' }), 'assign', assign('县交通运输局', ['县财政局']), '2025-02-10');
  const p5 = step(submitted('p5', 5), 'reject', { reason: '涉及提案者本人及亲属的个人事务', rejectedAs: '委员来信', note: '' });
  const p6 = step(submitted('p6', 6), 'merge', { targetId: 'p1', note: '' }, '2025-02-01', undefined, p1);
  const p7 = submitted('p7', 7, { receivedDate: '2025-01-12' });
  const p8 = submitted('p8', 1, { term: null, session: null, receivedDate: '2025-12-03' });
  const p9 = submitted('p9', 9, { term: 9, session: 1, receivedDate: '2024-01-10' });
  const p10 = { ...submitted('p10', 10), deletedAt: '2025-03-01T09:00:00.000Z' };
  return [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10];
}

function opinion(id: string, received: string, extra: Partial<Opinion>): Opinion {
  return { id, ...stamp(received), title: `社情民意${id}`, memberIds: ['m1'], groups: [], receivedDate: received, text: '', year: Number(received.slice(0, 4)), sourceProposalId: null, issue: null, adoptions: [], instructions: [], isSample: false, ...extra };
}

const OPINIONS: Opinion[] = [
  opinion('o1', '2025-02-01', {
    issue: { year: 2025, number: 1, date: '2025-02-10' },
    adoptions: [{ level: '市', nationalMode: null, date: '2025-03-01', note: '' }],
    instructions: [newRow({ level: '市', leader: '市委副书记', date: '2025-03-05', text: '' }, '2025-03-05T08:00:00.000Z')],
  }),
  opinion('o2', '2025-06-01', {
    issue: { year: 2025, number: 2, date: '2025-06-10' },
    adoptions: [{ level: '省', nationalMode: null, date: '2025-06-20', note: '' }, { level: '全国', nationalMode: '单篇采用', date: '2025-07-01', note: '' }],
  }),
  opinion('o3', '2025-11-28', { adoptions: [{ level: '县', nationalMode: null, date: '2025-12-02', note: '' }] }),
];

const SETTINGS: SettingsRecord = {
  id: 'committee',
  committee: { name: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', term: 9, sessions: [{ number: 2, date: '2025-01-10' }], operator: '韦小宝' },
  sampleLoaded: false,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const EARLIER_NOTES: YearNotes = {
  id: yearNotesId(2022), year: 2022, problems: '委员履职不够平衡。', nextSteps: '', isSample: false,
  createdAt: '2022-12-01T00:00:00.000Z', updatedAt: '2022-12-01T00:00:00.000Z', deletedAt: null,
};

export function reportFixtureLedger(): Ledger {
  return {
    settings: structuredClone(SETTINGS),
    dictionary: defaultDictionaryEntries('2024-12-01T00:00:00.000Z', FIXTURE_TOWNSHIPS),
    members: structuredClone(MEMBERS),
    activities: structuredClone(ACTIVITIES),
    proposals: proposals(),
    attachments: [],
    opinions: structuredClone(OPINIONS),
    history: [],
    // The office kept its 2022 notes here: the ledger reaches back before the first 民主评议 (2023), so that is the year it began.
    plans: reportFixturePlans(), yearNotes: [EARLIER_NOTES],
    recordSources: [],
    ...grassRootsReportFixture(),
    ...evaluationFixture(),
  };
}

/**
 * Every figure of the fixture for 2025 up to 2025-11-30, counted by hand from the records above
 * (a figure left out here is 0; the test checks that too).
 */
export const HAND_FIGURES: Record<string, number> = {
  // a1 a2 a3 a4 a8 (a5 after the date, a6 deleted, a7 in 2024)
  'activities.total': 5,
  'activities.category.meeting': 2, 'activities.category.consultation': 1, 'activities.category.inspection': 1, 'activities.category.research': 1,
  'activities.type.plenary': 1, 'activities.type.standing': 1, 'activities.type.topicConsultation': 1, 'activities.type.inspection': 1, 'activities.type.research': 1,
  // 出席: a1 2 + a2 3 (m3's row taken off) + a3 3 + a4 1 + a8 2
  'activities.personTimes': 11,
  'activities.members': 4,
  'activities.type.inspection.personTimes': 3, 'activities.type.inspection.members': 3,
  'activities.type.research.personTimes': 1, 'activities.type.research.members': 1,
  'activities.category.consultation.personTimes': 2,
  'activities.reports': 3, 'activities.reports.researchReports': 2, 'activities.reports.inspectionReports': 1,
  'activities.suggestions': 8, 'activities.adopted': 3, 'activities.instructions': 1, 'activities.instructions.county': 1,
  'activities.sentToParty': 2, 'activities.sentToGovernment': 1, 'activities.followedUp': 2, 'activities.implemented': 1,
  'meetings.plenary.expected': 4, 'meetings.plenary.present': 2, 'meetings.plenary.excused': 1, 'meetings.plenary.absent': 1, 'meetings.plenary.rate': 50,
  'meetings.standing.expected': 3, 'meetings.standing.present': 3, 'meetings.standing.rate': 100,
  // m1 m2 m3 m5 (m4 left in June, m6 deleted)
  'members.total': 4, 'members.standingCommittee': 2, 'members.women': 1, 'members.nonCommunist': 2, 'members.new': 1,
  'members.sector.中共': 2, 'members.sector.教育': 1, 'members.sector.医药卫生': 1,
  // p1–p7 (p8 after the date, p9 in 2024, p10 deleted)
  'proposals.received': 7, 'proposals.registered': 4, 'proposals.registrationRate': 57.1, 'proposals.merged': 1, 'proposals.rejected': 1,
  'proposals.pending': 1, 'proposals.assigned': 4, 'proposals.unitsAssigned': 4, 'proposals.replied': 2, 'proposals.replyRate': 50,
  'proposals.feedbackReturned': 2, 'proposals.satisfied': 1, 'proposals.basicallySatisfied': 1, 'proposals.satisfactionRate': 50,
  'proposals.satisfiedOrBasicRate': 100, 'proposals.faceToFace': 1, 'proposals.faceToFaceRate': 50, 'proposals.keyCount': 1, 'proposals.keyLeaders': 1,
  'proposals.proposer.individual': 5, 'proposals.proposer.joint': 1, 'proposals.proposer.collective': 1, 'proposals.rejectedAs.letter': 1,
  'proposals.category.economy': 1, 'proposals.category.economy.share': 25, 'proposals.category.society': 2, 'proposals.category.society.share': 50,
  'proposals.category.ecology': 1, 'proposals.category.ecology.share': 25,
  'proposals.class.A': 1, 'proposals.class.A.share': 50, 'proposals.class.B': 1, 'proposals.class.B.share': 50,
  // The same two replies by what they came to (A/B/C: A 已解决, B 列入计划, C 留作参考).
  'proposals.result.solved': 1, 'proposals.result.solved.share': 50, 'proposals.result.planned': 1, 'proposals.result.planned.share': 50,
  // o1 o2 o3; o3's adoption is after the date
  'opinions.collected': 3, 'opinions.issuesCompiled': 2, 'opinions.itemsCompiled': 2, 'opinions.adoptedItems': 2,
  'opinions.adopted.city': 1, 'opinions.adopted.province': 1, 'opinions.adopted.national': 1, 'opinions.adopted.national.single': 1,
  'opinions.instructions': 1, 'opinions.instructions.city': 1,
  ...EVALUATION_HAND_FIGURES,
  ...GRASSROOTS_HAND_FIGURES,
  // Plan (plans/plan-report-fixture.ts): pl1–pl5 (pl6 deleted); done pl1 (a3), pl2 (a4); pl3's a5 is after the date, pl4's a6 deleted.
  'plans.planned': 5, 'plans.planned.research': 2, 'plans.planned.inspection': 2, 'plans.planned.consultation': 1, 'plans.planned.proposalConsultation': 1,
  'plans.done': 2, 'plans.done.research': 1, 'plans.done.inspection': 1, 'plans.notDone': 3,
  // "1234": a3, a4 (linked) and a8 (专题协商会, 协商, no item); the meetings a1 a2 are not under the rule.
  'rule.activities': 3, 'rule.withoutItem': 1,
  'rule.scheme.onTime': 2, 'rule.scheme.missing': 1, 'rule.notice.late': 1, 'rule.notice.missing': 2, 'rule.materials.onTime': 1, 'rule.materials.missing': 2,
  'rule.followedUp': 1, 'rule.reported': 1,
  // The rule over the plan's own activities held: a3 (pl1) and a4 (pl2) — a8 is no plan's, so its missing steps are not these.
  'rule.plan.activities': 2, 'rule.plan.scheme.onTime': 2, 'rule.plan.materials.onTime': 1, 'rule.plan.followedUp': 1, 'rule.plan.reported': 1,
};
