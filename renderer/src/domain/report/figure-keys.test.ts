// Figure keys are a public API: offices' saved templates write {{key}}, and the command line prints
// them. A released key renamed or removed silently breaks a template, so every released key is held
// here and must stay in the catalogue. To retire or rename one, add it to RENAMED with the key that
// replaces it and make the saved templates migrate (schema upgrade and backup read), never just
// delete it from this list. Keys added since the last release go in UNRELEASED until it ships.
import { describe, expect, it } from 'vitest';
import { FIGURE_CATALOGUE } from './figure-catalogue';

const RELEASED_FIGURE_KEYS: readonly string[] = [
  'activities.adopted', 'activities.category.consultation', 'activities.category.consultation.personTimes',
  'activities.category.exchange', 'activities.category.inspection', 'activities.category.meeting',
  'activities.category.other', 'activities.category.practice', 'activities.category.research',
  'activities.category.supervision', 'activities.category.training', 'activities.followedUp',
  'activities.implemented', 'activities.instructions', 'activities.instructions.city',
  'activities.instructions.county', 'activities.instructions.national', 'activities.instructions.province',
  'activities.members', 'activities.personTimes', 'activities.reports',
  'activities.reports.consultationAdvice', 'activities.reports.formalAdvice',
  'activities.reports.inspectionReports', 'activities.reports.researchReports', 'activities.sentToGovernment',
  'activities.sentToParty', 'activities.suggestions', 'activities.total', 'activities.type.chairs',
  'activities.type.consultationForum', 'activities.type.counterpartConsultation',
  'activities.type.departmentReport', 'activities.type.evaluation', 'activities.type.evaluation.members',
  'activities.type.evaluation.personTimes', 'activities.type.exchange', 'activities.type.inspection',
  'activities.type.inspection.members', 'activities.type.inspection.personTimes',
  'activities.type.lawEnforcement', 'activities.type.lawEnforcement.members',
  'activities.type.lawEnforcement.personTimes', 'activities.type.onSiteOffice',
  'activities.type.onSiteOffice.members', 'activities.type.onSiteOffice.personTimes', 'activities.type.other',
  'activities.type.plenary', 'activities.type.proposalConsultation', 'activities.type.research',
  'activities.type.research.members', 'activities.type.research.personTimes',
  'activities.type.satisfactionPoll', 'activities.type.satisfactionPoll.members',
  'activities.type.satisfactionPoll.personTimes', 'activities.type.secretaries',
  'activities.type.sectorConsultation', 'activities.type.standing', 'activities.type.themedPractice',
  'activities.type.themedPractice.members', 'activities.type.themedPractice.personTimes',
  'activities.type.topicConsultation', 'activities.type.training', 'activities.type.training.members',
  'activities.type.training.personTimes', 'campaigns.activities', 'campaigns.kinds', 'campaigns.members',
  'campaigns.personTimes', 'culture.collectedWan', 'culture.copies', 'culture.interviewedMembers',
  'culture.interviews', 'culture.materials', 'culture.photos', 'culture.publishedWan', 'culture.volumes',
  'evaluations.bottomNamed', 'evaluations.firstYear', 'evaluations.problemsFound',
  'evaluations.problemsInProgress', 'evaluations.problemsRectified', 'evaluations.ranked',
  'evaluations.rectificationRate', 'evaluations.revisits', 'evaluations.rounds',
  'evaluations.satisfactionRate', 'evaluations.topNamed', 'evaluations.unitsEvaluated',
  'meetings.plenary.absent', 'meetings.plenary.excused', 'meetings.plenary.expected',
  'meetings.plenary.present', 'meetings.plenary.rate', 'meetings.standing.absent', 'meetings.standing.excused',
  'meetings.standing.expected', 'meetings.standing.present', 'meetings.standing.rate', 'members.new',
  'members.nonCommunist', 'members.sector.中共', 'members.sector.九三学社', 'members.sector.共青团',
  'members.sector.农业', 'members.sector.农工党', 'members.sector.医药卫生', 'members.sector.台盟', 'members.sector.妇联',
  'members.sector.宗教', 'members.sector.少数民族', 'members.sector.工会', 'members.sector.工商联', 'members.sector.教育',
  'members.sector.文化艺术', 'members.sector.无党派人士', 'members.sector.民建', 'members.sector.民盟', 'members.sector.民进',
  'members.sector.民革', 'members.sector.特邀', 'members.sector.科技', 'members.sector.经济', 'members.sector.致公党',
  'members.standingCommittee', 'members.total', 'members.women', 'opinions.adopted.city',
  'opinions.adopted.county', 'opinions.adopted.national', 'opinions.adopted.national.forwarded',
  'opinions.adopted.national.single', 'opinions.adopted.province', 'opinions.adoptedItems',
  'opinions.collected', 'opinions.instructions', 'opinions.instructions.city', 'opinions.instructions.county',
  'opinions.instructions.national', 'opinions.instructions.province', 'opinions.issuesCompiled',
  'opinions.itemsCompiled', 'pairings.deeds', 'pairings.deeds.advice', 'pairings.deeds.money',
  'pairings.deeds.service', 'pairings.households', 'pairings.members', 'pairings.money', 'pairings.sectors',
  'pairings.villages', 'plans.done', 'plans.done.consultation', 'plans.done.evaluation',
  'plans.done.inspection', 'plans.done.proposalConsultation', 'plans.done.research', 'plans.done.training',
  'plans.notDone', 'plans.planned', 'plans.planned.consultation', 'plans.planned.evaluation',
  'plans.planned.inspection', 'plans.planned.proposalConsultation', 'plans.planned.research',
  'plans.planned.training', 'proposals.assigned', 'proposals.basicallySatisfied', 'proposals.category.culture',
  'proposals.category.culture.share', 'proposals.category.ecology', 'proposals.category.ecology.share',
  'proposals.category.economy', 'proposals.category.economy.share', 'proposals.category.other',
  'proposals.category.other.share', 'proposals.category.politics', 'proposals.category.politics.share',
  'proposals.category.society', 'proposals.category.society.share', 'proposals.class.A',
  'proposals.class.A.share', 'proposals.class.B', 'proposals.class.B.share', 'proposals.class.C',
  'proposals.class.C.share', 'proposals.class.D', 'proposals.class.D.share', 'proposals.dissatisfied',
  'proposals.excellent', 'proposals.faceToFace', 'proposals.faceToFaceRate', 'proposals.feedbackReturned',
  'proposals.keyCount', 'proposals.keyLeaders', 'proposals.merged', 'proposals.pending',
  'proposals.proposer.collective', 'proposals.proposer.individual', 'proposals.proposer.joint',
  'proposals.received', 'proposals.registered', 'proposals.registrationRate', 'proposals.rejected',
  'proposals.rejectedAs.letter', 'proposals.rejectedAs.publicOpinion', 'proposals.rejectedAs.suggestion',
  'proposals.replied', 'proposals.replyRate', 'proposals.result.planned', 'proposals.result.planned.share',
  'proposals.result.reference', 'proposals.result.reference.share', 'proposals.result.solved',
  'proposals.result.solved.share', 'proposals.satisfactionRate', 'proposals.satisfied',
  'proposals.satisfiedOrBasicRate', 'proposals.unitsAssigned', 'proposals.withdrawn', 'rule.activities',
  'rule.allOnTime', 'rule.followedUp', 'rule.materials.late', 'rule.materials.missing',
  'rule.materials.onTime', 'rule.notice.late', 'rule.notice.missing', 'rule.notice.onTime', 'rule.reported',
  'rule.scheme.late', 'rule.scheme.missing', 'rule.scheme.onTime', 'rule.withoutItem', 'stations.activities',
  'stations.built', 'stations.complete', 'stations.opinions', 'stations.problems', 'stations.residents',
  'stations.staffMax', 'stations.staffMin', 'stations.townships', 'supervisors.appointed',
  'supervisors.groups', 'supervisors.letters', 'supervisors.unitsCovered',
];

/** Released keys replaced by another, each with a migration of saved templates. None so far. */
const RENAMED: Readonly<Record<string, string>> = {};

/** Keys new in this version (the 主席会议 and 秘书长会议 rolls), released with it. */
const UNRELEASED: readonly string[] = [
  'meetings.chairs.expected', 'meetings.chairs.present', 'meetings.chairs.excused', 'meetings.chairs.absent', 'meetings.chairs.rate', 'meetings.secretaries.expected', 'meetings.secretaries.present', 'meetings.secretaries.excused', 'meetings.secretaries.absent', 'meetings.secretaries.rate',
  'members.sector.科协',
  'rule.plan.activities', 'rule.plan.scheme.onTime', 'rule.plan.notice.onTime', 'rule.plan.materials.onTime', 'rule.plan.followedUp', 'rule.plan.reported',
];

describe('released figure keys', () => {
  const keys = new Set(FIGURE_CATALOGUE.map((f) => f.key));
  it('are all still in the catalogue, or renamed to a key that is', () => {
    const missing = RELEASED_FIGURE_KEYS.filter((k) => !keys.has(k) && !(k in RENAMED && keys.has(RENAMED[k]!)));
    expect(missing, 'a released figure key was renamed or removed: keep it, or add it to RENAMED with a migration of saved templates').toEqual([]);
  });
  it('list every key of the catalogue, so a new key is noticed and recorded', () => {
    const known = new Set([...RELEASED_FIGURE_KEYS, ...UNRELEASED, ...Object.values(RENAMED)]);
    expect([...keys].filter((k) => !known.has(k)), 'add new keys to UNRELEASED').toEqual([]);
  });
});
