// 提案工作情况报告 for a session ("×届×次会议以来"), in docs/domain.md's sentence pattern: received,
// registered, rate, what unregistered ones became, the fields (named as the dictionary and the
// table by 类别 name them), replies and classes, feedback, and its own 存在问题 and 下步打算.
// The scope's sessionKey chooses the session; without it the report covers the year's proposals.
// Read at a standing committee meeting, so the speech header is offered but off by default.
// The lists under a whole add up to it (the proposers' kinds, the fields) or say 其中包括.
import type { ReportTemplate } from '../template-types';
import { section, stays } from './authoring';

export const PROPOSALS_TEMPLATE: ReportTemplate = {
  kind: 'proposals',
  title: '{{committee}}常务委员会关于{{session}}以来提案工作情况的报告',
  occasion: '——在{{committee}}全体会议上',
  speaker: '',
  useSpeechHeader: false,
  phrases: [],
  sections: [
    section('opening', 1, '', [stays('{{session}}以来，{{committee}}常务委员会坚持把提案工作作为履行职能的重要载体，着力提高提案质量和办理实效。现将提案工作情况报告如下。')]),
    section('submission', 1, '提案提交和审查情况', [
      [
        { text: '{{session}}以来，共收到提案{{proposals.received}}件[[，其中[[集体提案{{proposals.proposer.collective}}件]]、[[联名提案{{proposals.proposer.joint}}件]]、[[个人提案{{proposals.proposer.individual}}件]]]]。', missing: '未登记收到的提案' },
        { text: '经提案委员会审查，立案{{proposals.registered}}件[[，立案率{{proposals.registrationRate}}]][[；并案处理{{proposals.merged}}件]][[；不予立案{{proposals.rejected}}件[[，其中包括[[作为社情民意信息处理{{proposals.rejectedAs.publicOpinion}}件]]、[[作为委员来信处理{{proposals.rejectedAs.letter}}件]]]]]]。', missing: '未登记立案的提案' },
      ],
      { text: '在立案的提案中，[[{{category.economy}}方面{{proposals.category.economy}}件，占{{proposals.category.economy.share}}]]；[[{{category.politics}}方面{{proposals.category.politics}}件，占{{proposals.category.politics.share}}]]；[[{{category.culture}}方面{{proposals.category.culture}}件，占{{proposals.category.culture.share}}]]；[[{{category.society}}方面{{proposals.category.society}}件，占{{proposals.category.society.share}}]]；[[{{category.ecology}}方面{{proposals.category.ecology}}件，占{{proposals.category.ecology.share}}]]；[[{{category.other}}方面{{proposals.category.other}}件，占{{proposals.category.other.share}}]]。', missing: '立案的提案未分类' },
      '{{table:proposals.byCategory}}',
    ]),
    section('handling', 1, '提案办理情况', [
      { text: '立案的提案交{{proposals.unitsAssigned}}个承办单位办理[[。截至{{untilMonth}}，立案的{{proposals.registered}}件提案已办复{{proposals.replied}}件[[，办复率{{proposals.replyRate}}]][[，其中面商办理{{proposals.faceToFace}}件[[，面商率{{proposals.faceToFaceRate}}]]]]]]。', missing: '立案的提案尚未交办' },
      { text: '从办理结果看，[[所提问题已经解决或基本解决的{{proposals.result.solved}}件，占{{proposals.result.solved.share}}]]；[[正在解决或列入计划逐步解决的{{proposals.result.planned}}件，占{{proposals.result.planned.share}}]]；[[因条件限制留作参考的{{proposals.result.reference}}件，占{{proposals.result.reference.share}}]]。', missing: '尚无办复的提案' },
      '{{table:proposals.byClass}}',
      [
        { text: '共收到委员反馈的征询意见表{{proposals.feedbackReturned}}份，其中满意{{proposals.satisfied}}份、基本满意{{proposals.basicallySatisfied}}份、不满意{{proposals.dissatisfied}}份', keepWhenZero: true, missing: '尚未收到征询意见表' },
        { text: '，满意率{{proposals.satisfactionRate}}[[，满意和基本满意率{{proposals.satisfiedOrBasicRate}}]]', keepWhenZero: true },
        '。',
      ],
    ]),
    section('key', 1, '重点提案督办情况', [
      { text: '经主席会议研究，确定重点提案{{proposals.keyCount}}件[[，由{{proposals.keyLeaders}}名{{area}}领导领衔督办]]，通过召开提案办理协商会、实地视察等方式推动办理落实。', missing: '本届未确定重点提案' },
    ]),
    // The 提案 report's own 存在问题 and 下步打算 (the 工作要点 screen's 提案工作 fields): the year's
    // general notes are the supervision and plan work's, which this report must not print as its own.
    section('problems', 1, '存在问题', [
      { text: '{{notes.proposals.problems}}', fallback: '提案工作也还存在一些不足：一是部分提案调查研究不够深入，质量有待进一步提高。二是个别承办单位重答复、轻落实，办理实效有待进一步增强。三是提案办理协商和跟踪督办机制有待进一步完善。' },
    ]),
    section('next', 1, '下步打算', [
      { text: '{{notes.proposals.nextSteps}}', fallback: '下一步，我们将进一步提高提案质量，完善提案审查、交办、督办和办理协商机制，推动提案办理从“重答复”向“重落实”转变，切实提高提案工作实效。' },
    ]),
  ],
};
