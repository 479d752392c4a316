// 民主监督工作情况汇报: the seed's genre and order (一、抓好规范建设，强化常规监督 … 六、存在问题及
// 建议), its sentences kept where the ledger can count what they say: the activity ledger, 民主评议,
// 特约监督员, the plan and "1234", 联络站, 主题实践活动, "三个一" and 文史资料 each fill the
// sentences about them, and a sentence whose records the office does not keep is left out.
// Wording rules every built-in template keeps (template-wording.test.ts and report-identities.property.test.ts check them):
// the full name ({{committee}}) only in the title and opening, {{short}} after; {{party}} and
// {{government}} for 县委/县政府 by the committee's level; a list under a whole either adds up to it
// or says 其中包括; the same fact is the same figure key in every kind.
import type { ReportTemplate } from '../template-types';
import { numbered, section, stays } from './authoring';

/** 助力脱贫攻坚 up to 2020, 助力乡村振兴 from 2021: the "三个一" activity's aim, by year. */
export const RURAL_AIM_PHRASE = {
  key: 'ruralAim',
  label: '“三个一”活动的目标',
  variants: [
    { fromYear: null, toYear: 2020, text: '助力脱贫攻坚' },
    { fromYear: 2021, toYear: null, text: '助力乡村振兴' },
  ],
};

export const SUPERVISION_TEMPLATE: ReportTemplate = {
  kind: 'supervision',
  title: '{{committee}}关于{{year}}年民主监督工作情况的汇报',
  occasion: '——在{{committee}}常务委员会会议上',
  speaker: '',
  useSpeechHeader: false,
  phrases: [RURAL_AIM_PHRASE],
  sections: [
    section('opening', 1, '', [
      [
        stays('{{year}}年以来，{{committee}}在{{party}}的坚强领导和上级政协的具体指导下，把民主监督工作纳入政协履职的全局，统筹部署、积极组织、全面推进，通过抓规范、抓创新、抓质量等措施，逐步强化民主监督职能，积极提高民主监督实效。'),
        { text: '截至{{until}}，共组织开展各类履职活动{{activities.total}}次[[，委员参加活动{{activities.personTimes}}人次]]。', missing: '本年未登记履职活动' },
        stays('现将有关情况汇报如下。'),
      ],
    ]),
    section('routine', 1, '抓好规范建设，强化常规监督', [
      '政协会议、视察、调研、提案、协商座谈等是政协履职的主要形式和常规方式，更是政协民主监督的重要途径和有效办法。我们多措并举，增强民主监督意识，规范民主监督形式，增强民主监督实效。',
      numbered('坚持会议制度。召开[[全体会议{{activities.type.plenary}}次]]、[[常委会议{{activities.type.standing}}次]]、[[主席会议{{activities.type.chairs}}次]]，通过会议传达贯彻上级精神，集思广益，正确反映社情民意。[[全体会议应到委员{{meetings.plenary.expected}}人次、实到{{meetings.plenary.present}}人次，出席率{{meetings.plenary.rate}}]][[；常委会议应到{{meetings.standing.expected}}人次、实到{{meetings.standing.present}}人次，出席率{{meetings.standing.rate}}]]。', { missing: '本年未登记全体会议、常委会议和主席会议' }),
      numbered('提升监督水平。举办委员培训{{activities.type.training}}次[[，培训委员{{activities.type.training.personTimes}}人次]]，提高委员监督意识、明确监督重点、创新监督方法、规范监督行为，有效提升了委员履行民主监督职能的水平和能力。', { missing: '本年未登记委员培训' }),
      numbered('规范监督程序。健全政协各项会议规则和提案、调研、视察、协商等实施细则，规范政协各项民主监督和参政议政活动，做到监督不偏激、帮忙不添乱、履职不越位。'),
    ]),
    section('innovation', 1, '抓好监督创新，拓展监督平台', [
      '民主监督必须与时俱进、开拓创新。我们积极探索民主监督新形式、搭建民主监督新平台，开创民主监督新局面。',
      // The year's 委员履职主题实践活动 (domain/campaigns): the activities linked to it, their kinds and members.
      numbered('搭建新平台。开展委员履职主题实践活动，以界别、{{township}}为单位组织委员开展[[{{campaigns.kinds}}类]]履职活动{{campaigns.activities}}次[[，参加委员{{campaigns.members}}名]][[、{{campaigns.personTimes}}人次]]，为委员搭建了交流学习、履职尽责新平台、新载体，较好地发挥了委员在群众中的带头作用、本职工作中的表率作用、政协工作中的主体作用。', { missing: '本年未登记委员履职主题实践活动' }),
      // 民主评议 rounds (domain/evaluations): the units, 满意率, the ranking and the problems' 整改; the table is the latest round's ranking.
      [
        numbered('探索新形式。[[从{{evaluations.firstYear}}年开始，]]坚持集中开展政协民主评议政风行风活动。{{year}}年开展民主评议{{evaluations.rounds}}次[[，委员参加{{activities.type.evaluation.personTimes}}人次]]，通过召开民主测评会、走访座谈、发放调查问卷等形式，对{{evaluations.unitsEvaluated}}个{{area}}直单位和行政执法部门进行政风行风民主评议[[，平均满意率{{evaluations.satisfactionRate}}]]，形成专题评议报告，排出各单位测评名次[[，[[{{evaluations.topNamed}}个单位评为满意单位]]、[[{{evaluations.bottomNamed}}个单位列为重点监督单位]]]]。', { missing: '本年未登记民主评议' }),
        { text: '列出存在问题{{evaluations.problemsFound}}条，报{{party}}、{{government}}，督促有关部门认真整改[[，已整改{{evaluations.problemsRectified}}条]][[，开展整改“回头看”{{evaluations.revisits}}次]]。', missing: '本年民主评议未登记问题' },
      ],
      '{{table:evaluations.ranking}}',
      // 联络站 (domain/stations): units built, staff per unit (a range), resident members, "八个有", their activities.
      [
        numbered('开辟新阵地。在全{{area}}设立{{unit}}{{stations.built}}个[[，驻地{{stations.staffMin~stations.staffMax}}名政协委员担任工作人员]][[，负责驻本{{township}}{{stations.residents}}名委员的日常联络管理和履职服务工作]]。', { missing: '本年未登记{{unit}}' }),
        { text: '按照有标牌、有办公室、有责任人、有信息员、有办公设施设备、有档案柜、有工作机制制度、有工作经费的“八个有”要求规范建设，已有{{stations.complete}}个{{unit}}八项全部达到。', missing: '没有{{unit}}八项全部达到“八个有”要求' },
        { text: '各{{unit}}组织驻{{township}}委员开展活动{{stations.activities}}次[[，收集意见建议{{stations.opinions}}条]][[，推动解决问题{{stations.problems}}个]]，驻{{township}}委员积极性明显增强，履职活动明显增多。', missing: '本年未登记{{unit}}活动' },
      ],
    ]),
    section('quality', 1, '抓好监督质量，增强监督实效', [
      [
        '民主监督没有质量也就没有份量。我们严格落实“1234”工作要求，在提高民主监督质量上下功夫。',
        { text: '组织委员[[开展[[视察{{activities.type.inspection}}次]]、[[调研{{activities.type.research}}次]]]][[，开展专题协商、对口协商、界别协商等协商活动{{activities.category.consultation}}次]]。', missing: '本年未登记视察、调研和协商活动' },
      ],
      // The year's plan and the "1234" steps (domain/plans): 4 方案, 3 通知, 2 材料 weeks ahead; 1 跟踪, 2 报告. The base is the plan's activities held.
      [
        { text: '年初制定年度工作要点，共安排重点工作{{plans.planned}}项[[，其中包括[[调研{{plans.planned.research}}项]]、[[视察{{plans.planned.inspection}}项]]、[[协商{{plans.planned.consultation}}项]]、[[民主评议{{plans.planned.evaluation}}项]]]][[，截至{{untilMonth}}已完成{{plans.done}}项]]。', missing: '本年未登记年度工作要点' },
        { text: '每项活动做到提前4周制定方案、提前3周下发通知、提前2周向委员发放材料[[，工作要点已开展的{{rule.plan.activities}}次活动中，[[方案按时制定{{rule.plan.scheme.onTime}}次]]、[[通知按时下发{{rule.plan.notice.onTime}}次]]、[[材料按时送达{{rule.plan.materials.onTime}}次]]]]；[[活动成果会同{{government}}督查室跟踪{{rule.plan.followedUp}}次]]、[[报告{{party}}、{{government}}{{rule.plan.reported}}次]]。', missing: '工作要点的活动未登记“1234”环节' },
      ],
      { text: '形成[[调研报告{{activities.reports.researchReports}}篇]]、[[视察报告{{activities.reports.inspectionReports}}篇]][[，提出意见建议{{activities.suggestions}}条[[，被采纳{{activities.adopted}}条]]]][[；成果报送[[{{party}}{{activities.sentToParty}}次]]、[[{{government}}{{activities.sentToGovernment}}次]]]][[，获领导批示{{activities.instructions}}次]][[；{{short}}办公室会同{{government}}督查室跟踪督办协商监督成果{{activities.followedUp}}项[[，已落实{{activities.implemented}}项]]]]。', missing: '本年未登记视察调研成果' },
    ]),
    section('focus', 1, '聚焦重点，主动实施民主监督', [
      numbered('把提案工作作为民主监督的重要载体来抓。共收到提案{{proposals.received}}件[[，经提案委员会审查，立案{{proposals.registered}}件[[，立案率{{proposals.registrationRate}}]]]][[。截至{{untilMonth}}，已办复{{proposals.replied}}件[[，办复率{{proposals.replyRate}}]]]][[。经主席会议研究，确定重点提案{{proposals.keyCount}}件[[，由{{proposals.keyLeaders}}名领导领衔督办]]]]。', { missing: '本年未登记提案' }),
      // 特约监督员 from their appointments (domain/supervisors); the participation below is counted from activities.
      numbered('积极参与行风监督。[[{{supervisors.appointed}}名政协委员分别担任{{supervisors.unitsCovered}}个职能部门的民主监督员、特约监督员[[，提出民主监督建议书{{supervisors.letters}}份]]；]][[{{activities.type.lawEnforcement.members}}名政协委员先后参加阳光执法{{activities.type.lawEnforcement}}次]][[，{{activities.type.onSiteOffice.members}}名政协委员先后参加职能部门现场办公{{activities.type.onSiteOffice}}次]][[，委员参加满意度测评{{activities.type.satisfactionPoll}}次]]，提高了政协民主监督的实效和公信度。', { missing: '本年未登记民主监督员和行风监督活动' }),
      numbered('定期听取有关部门工作情况汇报。邀请有关部门向常委会作阶段性工作汇报{{activities.type.departmentReport}}次，有效促进常委会共同参与协商部门工作中存在的疑难问题和不足，为促进部门工作积极建言献策。', { missing: '本年未登记部门工作汇报' }),
      numbered('积极反映社情民意。收集社情民意信息{{opinions.collected}}条[[，编发{{opinions.issuesCompiled}}期]][[，被各级政协采用{{opinions.adoptedItems}}条]][[，获领导批示{{opinions.instructions}}次]]。', { missing: '本年未登记社情民意信息' }),
      // "三个一" (domain/pairings) and 文史资料 (domain/culture), in the seed's order before the exchanges.
      numbered('开展“三个一”活动，{{phrase:ruralAim}}。组织委员积极参与“助一村、帮一户、献一策”活动，[[{{pairings.sectors}}个界别的]]委员共联系[[{{pairings.villages}}个村]]、[[{{pairings.households}}户群众]][[，为民办实事好事{{pairings.deeds}}件次[[，其中包括[[出钱出力{{pairings.deeds.money}}件次]]、[[建言建策{{pairings.deeds.advice}}件次]]]]]][[，直接参与和组织发动有关委员单位企业投入资金及物资折款{{pairings.money}}万元]]。', { missing: '本年未登记“三个一”结对帮扶' }),
      numbered('加强文史资料工作。认真做好文史资料的收集、整理、出版工作[[，收集文稿{{culture.collectedWan}}万字[[、图片{{culture.photos}}张]]]][[，出版文史资料{{culture.volumes}}辑{{culture.publishedWan}}万字[[、印制{{culture.copies}}册]]]][[；加强对政协委员先进事迹的采访宣传，共采访委员{{culture.interviewedMembers}}名]]。', { missing: '本年未登记文史资料' }),
      numbered('加强团结联谊交流。开展联谊交流活动{{activities.type.exchange}}次，搭建交流合作平台，服务全{{area}}中心工作。', { missing: '本年未登记联谊交流活动' }),
    ]),
    section('centre', 1, '围绕全{{area}}中心工作，开展民主监督', [
      '我们把民主监督与党内监督、法律监督、群众监督、舆论监督有机结合起来，针对{{party}}重大决策部署落实过程中存在的问题，通过协商会议、委员视察、提案办理、社情民意信息等形式进行监督，助力全{{area}}中心工作有序、规范、高效推进。坚持把关注民生作为履行职能的出发点和落脚点，多谋为民之策，多解群众之忧，让察实情、建真言、求实效成为政协工作的鲜明特色。',
    ]),
    // The year's problems and plans are the office's own words (the 工作要点 screen), each under its
    // own heading so the plans never read as more problems; the trade's frame only when it wrote none.
    section('problems', 1, '存在问题', [
      {
        text: '{{notes.problems}}',
        fallback: '{{short}}民主监督工作虽然取得了一些成效，但距上级的要求和群众的期望还有差距。一是委员监督意识和单位接受监督意愿不强。二是民主监督制度不够完善，具体操作办法有待健全。三是民主监督的力度有限，监督意见的落实主要取决于被监督单位的自觉程度。',
      },
    ]),
    section('next', 1, '下步打算', [
      {
        text: '{{notes.nextSteps}}',
        fallback: '下一步，我们将继续坚持党对政协民主监督工作的领导，加强政协履职能力建设，完善民主监督工作机制，深入开展民主监督实践，为推动全{{area}}经济社会发展作出新的贡献。',
      },
    ]),
  ],
};
