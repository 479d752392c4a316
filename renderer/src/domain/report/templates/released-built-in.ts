// The built-in wording of the earlier release (paragraphs as plain strings, 县委/全县 written out,
// no year-bound phrases), frozen: template-migration.ts recognises a saved template's paragraph that
// is still this wording, so it can take today's built-in clauses instead of keeping the old
// sentence with its all-or-nothing figures. Never edit it: it is what offices saved.

export interface ReleasedSection {
  id: string;
  level: 1 | 2;
  heading: string;
  paragraphs: readonly string[];
}

export interface ReleasedTemplate {
  title: string;
  occasion: string;
  sections: readonly ReleasedSection[];
}

export const RELEASED_BUILT_IN: Readonly<Record<'supervision' | 'standing' | 'proposals', ReleasedTemplate>> = {
  supervision: {
    title: "{{committee}}关于{{year}}年民主监督工作情况的汇报",
    occasion: "——在{{committee}}常务委员会会议上",
    sections: [
      { id: "opening", level: 1, heading: "", paragraphs: [
        "{{year}}年以来，{{committee}}在县委的坚强领导和上级政协的具体指导下，把民主监督工作纳入政协履职的全局，统筹部署、积极组织、全面推进，通过抓规范、抓创新、抓质量等措施，逐步强化民主监督职能，积极提高民主监督实效。截至{{until}}，共组织开展各类履职活动{{activities.total}}次，委员参加活动{{activities.personTimes}}人次。现将有关情况汇报如下。",
      ] },
      { id: "routine", level: 1, heading: "抓好规范建设，强化常规监督", paragraphs: [
        "政协会议、视察、调研、提案、协商座谈等是政协履职的主要形式和常规方式，更是政协民主监督的重要途径和有效办法。我们多措并举，增强民主监督意识，规范民主监督形式，增强民主监督实效。",
        "一是坚持会议制度。召开全体会议{{activities.type.plenary}}次、常委会议{{activities.type.standing}}次、主席会议{{activities.type.chairs}}次，通过会议传达贯彻上级精神，集思广益，正确反映社情民意。全体会议应到委员{{meetings.plenary.expected}}人次、实到{{meetings.plenary.present}}人次，出席率{{meetings.plenary.rate}}；常委会议应到{{meetings.standing.expected}}人次、实到{{meetings.standing.present}}人次，出席率{{meetings.standing.rate}}。",
        "二是提升监督水平。举办委员培训{{activities.type.training}}次，培训委员{{activities.type.training.personTimes}}人次，提高委员监督意识、明确监督重点、创新监督方法、规范监督行为，有效提升了委员履行民主监督职能的水平和能力。",
        "三是规范监督程序。健全政协各项会议规则和提案、调研、视察、协商等实施细则，规范政协各项民主监督和参政议政活动，做到监督不偏激、帮忙不添乱、履职不越位。",
      ] },
      { id: "innovation", level: 1, heading: "抓好监督创新，拓展监督平台", paragraphs: [
        "民主监督必须与时俱进、开拓创新。我们积极探索民主监督新形式、搭建民主监督新平台，开创民主监督新局面。",
        "一是搭建新平台。每年开展一个委员履职主题实践活动，以界别、乡镇为单位组织委员开展民主监督等{{campaigns.kinds}}类丰富多彩的履职活动{{campaigns.activities}}次，参加委员{{campaigns.members}}名、{{campaigns.personTimes}}人次，为委员搭建了交流学习、履职尽责新平台、新载体，较好地发挥了委员在群众中的带头作用、本职工作中的表率作用、政协工作中的主体作用。",
        "二是探索新形式。从{{evaluations.firstYear}}年开始，坚持每年集中开展政协民主评议政风行风活动。今年开展民主评议{{evaluations.rounds}}次，委员参加{{activities.type.evaluation.personTimes}}人次，通过召开民主测评会、走访座谈、发放调查问卷等形式，对{{evaluations.unitsEvaluated}}个县直单位和行政执法部门进行政风行风民主评议，平均满意率{{evaluations.satisfactionRate}}，形成专题评议报告，排出各单位测评名次，{{evaluations.topNamed}}个单位评为满意单位，{{evaluations.bottomNamed}}个单位列为重点监督单位；列出存在问题{{evaluations.problemsFound}}条，报县委、县政府，督促有关部门认真整改，已整改{{evaluations.problemsRectified}}条，开展整改“回头看”{{evaluations.revisits}}次。",
        "{{table:evaluations.ranking}}",
        "三是开辟新阵地。在全县{{stations.townships}}个乡镇设立乡镇政协工作联络站，已建成{{stations.built}}个，驻地{{stations.staffMin}}—{{stations.staffMax}}名政协委员担任工作人员，负责驻本乡镇{{stations.residents}}名委员的日常联络管理和履职服务工作。按照有标牌、有办公室、有责任人、有信息员、有办公设施设备、有档案柜、有工作机制制度、有工作经费的“八个有”要求规范建设，{{stations.complete}}个联络站已全部达到。各联络站组织驻乡镇委员开展活动{{stations.activities}}次，收集意见建议{{stations.opinions}}条，推动解决问题{{stations.problems}}个，驻乡镇委员积极性明显增强，履职活动明显增多。",
      ] },
      { id: "quality", level: 1, heading: "抓好监督质量，增强监督实效", paragraphs: [
        "民主监督没有质量也就没有份量。我们严格落实“1234”工作要求，在提高民主监督质量上下功夫。组织委员开展视察{{activities.type.inspection}}次、调研{{activities.type.research}}次，开展专题协商、对口协商、界别协商等协商活动{{activities.category.consultation}}次。",
        "年初制定年度工作要点，安排调研{{plans.planned.research}}项、视察{{plans.planned.inspection}}项、提案协商{{plans.planned.proposalConsultation}}项、民主评议{{plans.planned.evaluation}}项，已完成{{plans.done}}项。每项活动做到提前4周制定方案、提前3周下发通知、提前2周向委员发放材料，{{rule.activities}}次活动中方案按时制定{{rule.scheme.onTime}}次、通知按时下发{{rule.notice.onTime}}次、材料按时送达{{rule.materials.onTime}}次；活动成果会同县政府督查室跟踪{{rule.followedUp}}次，报告县委、县政府{{rule.reported}}次。",
        "形成调研报告{{activities.reports.researchReports}}篇、视察报告{{activities.reports.inspectionReports}}篇，提出意见建议{{activities.suggestions}}条，被采纳{{activities.adopted}}条；成果报送县委{{activities.sentToParty}}次、县政府{{activities.sentToGovernment}}次，获领导批示{{activities.instructions}}次；县政协办公室会同县政府督查室跟踪督办协商监督成果{{activities.followedUp}}项，已落实{{activities.implemented}}项。",
      ] },
      { id: "focus", level: 1, heading: "聚焦重点，主动实施民主监督", paragraphs: [
        "一是把提案工作作为民主监督的重要载体来抓。共收到提案{{proposals.received}}件，经提案委员会审查，立案{{proposals.registered}}件，立案率{{proposals.registrationRate}}。截至{{untilMonth}}，已办复{{proposals.replied}}件，办复率{{proposals.replyRate}}。经主席会议研究，确定重点提案{{proposals.keyCount}}件，由{{proposals.keyLeaders}}名领导领衔督办。",
        "二是积极参与行风监督。{{supervisors.appointed}}名政协委员分别担任{{supervisors.unitsCovered}}个职能部门的民主监督员、特约监督员，提出民主监督建议书{{supervisors.letters}}份；{{activities.type.lawEnforcement.members}}名政协委员先后参加阳光执法{{activities.type.lawEnforcement}}次，{{activities.type.onSiteOffice.members}}名政协委员先后参加职能部门现场办公{{activities.type.onSiteOffice}}次，委员参加满意度测评{{activities.type.satisfactionPoll}}次，提高了政协民主监督的实效和公信度。",
        "三是定期听取有关部门工作情况汇报。邀请有关部门向常委会作阶段性工作汇报{{activities.type.departmentReport}}次，有效促进常委会共同参与协商部门工作中存在的疑难问题和不足，为促进部门工作积极建言献策。",
        "四是积极反映社情民意。收集社情民意信息{{opinions.collected}}条，编发{{opinions.issuesCompiled}}期，被各级政协采用{{opinions.adoptedItems}}条，获领导批示{{opinions.instructions}}次。",
        "五是开展“三个一”活动，助力脱贫攻坚。组织委员积极参与“助一村、帮一户、献一策”活动，{{pairings.sectors}}个界别的委员共联系{{pairings.villages}}个村、{{pairings.households}}户群众，为民办实事好事{{pairings.deeds}}件次，其中出钱出力{{pairings.deeds.money}}件次、建言建策{{pairings.deeds.advice}}件次，直接参与和组织发动有关委员单位企业投入资金及物资折款{{pairings.money}}万元。",
        "六是加强文史资料工作。认真做好文史资料的收集、整理、出版工作，收集文稿{{culture.collectedWan}}万字、图片{{culture.photos}}张，出版文史资料{{culture.volumes}}辑{{culture.publishedWan}}万字、印制{{culture.copies}}册；加强对政协委员先进事迹的采访宣传，共采访委员{{culture.interviewedMembers}}名。",
        "七是加强团结联谊交流。开展联谊交流活动{{activities.type.exchange}}次，搭建交流合作平台，服务全县中心工作。",
      ] },
      { id: "centre", level: 1, heading: "围绕全县中心工作，开展民主监督", paragraphs: [
        "我们把民主监督与党内监督、法律监督、群众监督、舆论监督有机结合起来，针对县委重大决策部署落实过程中存在的问题，通过协商会议、委员视察、提案办理、社情民意信息等形式进行监督，助力全县中心工作有序、规范、高效推进。坚持把关注民生作为履行职能的出发点和落脚点，多谋为民之策，多解群众之忧，让察实情、建真言、求实效成为政协工作的鲜明特色。",
      ] },
      { id: "problems", level: 1, heading: "存在问题及建议", paragraphs: [
        "我县政协民主监督工作虽然取得了一些成效，但距上级的要求和群众的期望还有差距。一是委员监督意识和单位接受监督意愿不强。二是民主监督制度不够完善，具体操作办法有待健全。三是民主监督的力度有限，监督意见的落实主要取决于被监督单位的自觉程度。",
        "下一步，我们将继续坚持党对政协民主监督工作的领导，加强政协履职能力建设，完善民主监督工作机制，深入开展民主监督实践，为推动全县经济社会发展作出新的贡献。",
      ] },
    ],
  },
  standing: {
    title: "{{committee}}常务委员会工作报告",
    occasion: "——在{{committee}}全体会议上",
    sections: [
      { id: "opening", level: 1, heading: "", paragraphs: [
        "现在，我代表{{committee}}常务委员会，向大会报告工作，请予审议。",
      ] },
      { id: "review", level: 1, heading: "{{year}}年工作回顾", paragraphs: [
        "{{year}}年，在县委的坚强领导下，政协常委会坚持团结和民主两大主题，紧扣全县中心工作，认真履行政治协商、民主监督、参政议政职能。截至{{until}}，共组织开展各类履职活动{{activities.total}}次，委员参加活动{{activities.personTimes}}人次，{{activities.members}}名委员参加了政协组织的履职活动。",
      ] },
      { id: "meetings", level: 2, heading: "坚持团结民主，会议履职有质量", paragraphs: [
        "召开全体会议{{activities.type.plenary}}次、常委会议{{activities.type.standing}}次、主席会议{{activities.type.chairs}}次、秘书长会议{{activities.type.secretaries}}次。全体会议应到委员{{meetings.plenary.expected}}人次、实到{{meetings.plenary.present}}人次，出席率{{meetings.plenary.rate}}；常委会议出席率{{meetings.standing.rate}}。",
      ] },
      { id: "consultation", level: 2, heading: "立足职能优势，协商议政有深度", paragraphs: [
        "围绕全县发展大局开展协商活动{{activities.category.consultation}}次，其中专题协商会{{activities.type.topicConsultation}}次、协商座谈会{{activities.type.consultationForum}}次、对口协商{{activities.type.counterpartConsultation}}次、界别协商{{activities.type.sectorConsultation}}次，委员参加协商{{activities.category.consultation.personTimes}}人次。",
        "组织视察{{activities.type.inspection}}次、调研{{activities.type.research}}次，形成调研报告{{activities.reports.researchReports}}篇、视察报告{{activities.reports.inspectionReports}}篇、建议案{{activities.reports.formalAdvice}}件，提出意见建议{{activities.suggestions}}条，被采纳{{activities.adopted}}条，获领导批示{{activities.instructions}}次。",
      ] },
      { id: "supervision", level: 2, heading: "聚焦民生关切，民主监督有实效", paragraphs: [
        "共收到提案{{proposals.received}}件，立案{{proposals.registered}}件，立案率{{proposals.registrationRate}}；已办复{{proposals.replied}}件，办复率{{proposals.replyRate}}，委员对办理结果的满意率{{proposals.satisfactionRate}}。开展民主评议{{activities.type.evaluation}}次，委员参加阳光执法{{activities.type.lawEnforcement}}次、现场办公{{activities.type.onSiteOffice}}次、满意度测评{{activities.type.satisfactionPoll}}次。",
        "收集社情民意信息{{opinions.collected}}条，编发{{opinions.issuesCompiled}}期，被各级政协采用{{opinions.adoptedItems}}条（一条信息可被多级采用），其中被县政协采用{{opinions.adopted.county}}条、被市政协采用{{opinions.adopted.city}}条、被省政协采用{{opinions.adopted.province}}条、被全国政协采用{{opinions.adopted.national}}条。",
      ] },
      { id: "selfbuilding", level: 2, heading: "加强自身建设，履职能力有提升", paragraphs: [
        "举办委员培训{{activities.type.training}}次，培训委员{{activities.type.training.personTimes}}人次；开展委员履职主题实践活动{{activities.type.themedPractice}}次，开展联谊交流活动{{activities.type.exchange}}次。现有委员{{members.total}}名，其中常委会组成人员{{members.standingCommittee}}名、女委员{{members.women}}名、党外委员{{members.nonCommunist}}名。",
      ] },
      { id: "shortcomings", level: 1, heading: "存在的差距和不足", paragraphs: [
        "回顾一年来的工作，我们也清醒地看到存在的差距和不足：一是协商议政的质量有待进一步提高。二是民主监督的实效有待进一步增强。三是委员履职的积极性和主动性有待进一步激发。对此，我们将认真研究，切实加以改进。",
      ] },
    ],
  },
  proposals: {
    title: "{{committee}}常务委员会关于{{session}}以来提案工作情况的报告",
    occasion: "——在{{committee}}全体会议上",
    sections: [
      { id: "opening", level: 1, heading: "", paragraphs: [
        "{{session}}以来，{{committee}}常务委员会坚持把提案工作作为履行职能的重要载体，着力提高提案质量和办理实效。现将提案工作情况报告如下。",
      ] },
      { id: "submission", level: 1, heading: "提案提交和审查情况", paragraphs: [
        "{{session}}以来，共收到提案{{proposals.received}}件，其中集体提案{{proposals.proposer.collective}}件、联名提案{{proposals.proposer.joint}}件、个人提案{{proposals.proposer.individual}}件。经提案委员会审查，立案{{proposals.registered}}件，立案率{{proposals.registrationRate}}；并案处理{{proposals.merged}}件；不予立案{{proposals.rejected}}件，其中作为社情民意信息处理{{proposals.rejectedAs.publicOpinion}}件、作为委员来信处理{{proposals.rejectedAs.letter}}件。",
        "在立案的提案中，经济建设方面{{proposals.category.economy}}件，占{{proposals.category.economy.share}}；政治建设方面{{proposals.category.politics}}件，占{{proposals.category.politics.share}}；文化建设方面{{proposals.category.culture}}件，占{{proposals.category.culture.share}}；社会建设方面{{proposals.category.society}}件，占{{proposals.category.society.share}}；生态文明建设方面{{proposals.category.ecology}}件，占{{proposals.category.ecology.share}}；其他方面{{proposals.category.other}}件，占{{proposals.category.other.share}}。",
        "{{table:proposals.byCategory}}",
      ] },
      { id: "handling", level: 1, heading: "提案办理情况", paragraphs: [
        "立案的提案交{{proposals.unitsAssigned}}个承办单位办理。截至{{untilMonth}}，立案的{{proposals.registered}}件提案已办复{{proposals.replied}}件，办复率{{proposals.replyRate}}，其中面商办理{{proposals.faceToFace}}件，面商率{{proposals.faceToFaceRate}}。",
        "从办理结果看，所提问题已经解决或基本解决的{{proposals.result.solved}}件，占{{proposals.result.solved.share}}；正在解决或列入计划逐步解决的{{proposals.result.planned}}件，占{{proposals.result.planned.share}}；因条件限制留作参考的{{proposals.result.reference}}件，占{{proposals.result.reference.share}}。",
        "{{table:proposals.byClass}}",
        "共收到委员反馈的征询意见表{{proposals.feedbackReturned}}份，其中满意{{proposals.satisfied}}份、基本满意{{proposals.basicallySatisfied}}份、不满意{{proposals.dissatisfied}}份，满意率{{proposals.satisfactionRate}}，满意和基本满意率{{proposals.satisfiedOrBasicRate}}。",
      ] },
      { id: "key", level: 1, heading: "重点提案督办情况", paragraphs: [
        "经主席会议研究，确定重点提案{{proposals.keyCount}}件，由{{proposals.keyLeaders}}名县领导领衔督办，通过召开提案办理协商会、实地视察等方式推动办理落实。",
      ] },
      { id: "next", level: 1, heading: "下步打算", paragraphs: [
        "下一步，我们将进一步提高提案质量，完善提案审查、交办、督办和办理协商机制，推动提案办理从“重答复”向“重落实”转变，切实提高提案工作实效。",
      ] },
    ],
  },
};
