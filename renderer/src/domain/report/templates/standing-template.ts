// 常委会工作报告, the year-in-review part: read at the plenary by the chair. The speech header
// (occasion line, speaker, 各位委员、同志们：) is a switch in the template editor; it is off by
// default because GB/T 9704 checkers read the 楷体 occasion line and the flush-left salutation as
// body text and reports them as faults, though docs/layout.md lays them out that way. The paired
// four-character headings and the 一是……二是…… enumerations are the trade's (docs/domain.md). The
// 不足 and 打算 are the office's words from the 工作要点 screen, each its own section; the default
// gives the frame only. The opening speaks for the term's committee (政协青山县第九届委员会).
// Every fact the 民主监督工作情况汇报 also states is the same figure key there (one figure, one definition).
import type { ReportTemplate } from '../template-types';
import { section, stays } from './authoring';

export const STANDING_TEMPLATE: ReportTemplate = {
  kind: 'standing',
  title: '{{termCommittee}}常务委员会工作报告',
  occasion: '——在{{committee}}全体会议上',
  speaker: '',
  useSpeechHeader: false,
  phrases: [],
  sections: [
    section('opening', 1, '', [stays('现在，我代表{{termCommittee}}常务委员会，向大会报告工作，请予审议。')]),
    section('review', 1, '{{year}}年工作回顾', [
      [
        stays('{{year}}年，在{{party}}的坚强领导下，{{short}}常委会坚持团结和民主两大主题，紧扣全{{area}}中心工作，认真履行政治协商、民主监督、参政议政职能。'),
        { text: '截至{{until}}，共组织开展各类履职活动{{activities.total}}次[[，委员参加活动{{activities.personTimes}}人次]][[，{{activities.members}}名委员参加了政协组织的履职活动]]。', missing: '本年未登记履职活动' },
      ],
    ]),
    // The meetings and their attendance read as one paragraph, as offices write it.
    section('meetings', 2, '坚持团结民主，会议履职有质量', [[
      { text: '召开[[全体会议{{activities.type.plenary}}次]]、[[常委会议{{activities.type.standing}}次]]、[[主席会议{{activities.type.chairs}}次]]、[[秘书长会议{{activities.type.secretaries}}次]]。', missing: '本年未登记会议' },
      { text: '[[全体会议应到委员{{meetings.plenary.expected}}人次、实到{{meetings.plenary.present}}人次，出席率{{meetings.plenary.rate}}]][[；常委会议应到{{meetings.standing.expected}}人次、实到{{meetings.standing.present}}人次，出席率{{meetings.standing.rate}}]]。', missing: '本年未登记会议出席' },
    ]]),
    section('consultation', 2, '立足职能优势，协商议政有深度', [
      { text: '围绕全{{area}}发展大局开展协商活动{{activities.category.consultation}}次[[，其中包括[[专题协商会{{activities.type.topicConsultation}}次]]、[[协商座谈会{{activities.type.consultationForum}}次]]、[[对口协商{{activities.type.counterpartConsultation}}次]]、[[界别协商{{activities.type.sectorConsultation}}次]]]][[，委员参加协商{{activities.category.consultation.personTimes}}人次]]。', missing: '本年未登记协商活动' },
      { text: '组织[[视察{{activities.type.inspection}}次]]、[[调研{{activities.type.research}}次]][[，形成[[调研报告{{activities.reports.researchReports}}篇]]、[[视察报告{{activities.reports.inspectionReports}}篇]]、[[建议案{{activities.reports.formalAdvice}}件]]]][[，提出意见建议{{activities.suggestions}}条[[，被采纳{{activities.adopted}}条]]]][[，获领导批示{{activities.instructions}}次]]。', missing: '本年未登记视察和调研' },
    ]),
    section('supervision', 2, '聚焦民生关切，民主监督有实效', [
      { text: '共收到提案{{proposals.received}}件[[，立案{{proposals.registered}}件[[，立案率{{proposals.registrationRate}}]]]][[；已办复{{proposals.replied}}件[[，办复率{{proposals.replyRate}}]]]][[，委员对办理结果的满意率{{proposals.satisfactionRate}}]]。', missing: '本年未登记提案' },
      { text: '开展民主评议{{evaluations.rounds}}次[[，对{{evaluations.unitsEvaluated}}个{{area}}直单位和行政执法部门进行评议]]。', missing: '本年未登记民主评议' },
      { text: '委员参加[[阳光执法{{activities.type.lawEnforcement}}次]]、[[现场办公{{activities.type.onSiteOffice}}次]]、[[满意度测评{{activities.type.satisfactionPoll}}次]]。', missing: '本年未登记阳光执法、现场办公和满意度测评' },
      { text: '收集社情民意信息{{opinions.collected}}条[[，编发{{opinions.issuesCompiled}}期]][[，被各级政协采用{{opinions.adoptedItems}}条]]。', missing: '本年未登记社情民意信息' },
      // One item may be adopted at several levels, so the levels are not parts of the items adopted: each level is its own count.
      { text: '按采用层级统计，[[{{short}}采用{{opinions.adopted.county}}条]]、[[{{upperCommittee}}采用{{opinions.adopted.city}}条]]、[[省政协采用{{opinions.adopted.province}}条]]、[[全国政协采用{{opinions.adopted.national}}条]]（同一条信息可被多级采用）。', missing: '本年社情民意信息未被采用' },
    ]),
    section('selfbuilding', 2, '加强自身建设，履职能力有提升', [
      { text: '举办委员培训{{activities.type.training}}次[[，培训委员{{activities.type.training.personTimes}}人次]]。', missing: '本年未登记委员培训' },
      { text: '开展委员履职主题实践活动，组织委员开展履职活动{{campaigns.activities}}次[[，参加委员{{campaigns.members}}名]]。', missing: '本年未登记委员履职主题实践活动' },
      { text: '开展联谊交流活动{{activities.type.exchange}}次。', missing: '本年未登记联谊交流活动' },
      { text: '现有委员{{members.total}}名[[，其中包括[[常委会组成人员{{members.standingCommittee}}名]]、[[女委员{{members.women}}名]]、[[党外委员{{members.nonCommunist}}名]]]]。', missing: '委员名册为空' },
    ]),
    section('shortcomings', 1, '存在的差距和不足', [
      {
        text: '{{notes.problems}}',
        fallback: '回顾{{year}}年以来的工作，我们也清醒地看到存在的差距和不足：一是协商议政的质量有待进一步提高。二是民主监督的实效有待进一步增强。三是委员履职的积极性和主动性有待进一步激发。',
      },
    ]),
    // The plans under their own heading: pasted after the shortcomings they read as more of them.
    section('next', 1, '下一步工作打算', [
      { text: '{{notes.nextSteps}}', fallback: '下一步，{{short}}常委会将坚持团结和民主两大主题，围绕全{{area}}中心工作，进一步提高协商议政质量，增强民主监督实效，加强委员队伍建设，为推动全{{area}}经济社会发展作出新的贡献。' },
    ]),
  ],
};
