// Built-in wording the built-in templates have since replaced, each as a release saved it in an
// office's template (the clause shape). A saved clause still holding one of these exactly is the
// built-in's, not the office's: template-migration.ts gives it today's built-in wording for that
// clause, so the report says what the built-ins now say ({{year}}年, not 今年 or 一年来, which are
// false in a report made in January; 驻{{township}} by the committee's level) and the 核对稿 does not
// call it the office's own 替代文字. Never edit an entry: it is what offices saved. When a built-in
// clause's text or 替代文字 changes, add what it said before.
import type { ReportKind } from '../template-types';

export interface SupersededBuiltIn {
  kind: Exclude<ReportKind, 'member'>;
  /** The clause of today's built-in template that says it now. */
  clauseId: string;
  field: 'text' | 'fallback';
  /** The earlier built-in wording, exactly as saved. */
  old: string;
}

export const SUPERSEDED_BUILT_IN: readonly SupersededBuiltIn[] = [
  { kind: 'standing', clauseId: 'shortcomings.0.0', field: 'fallback', old: '回顾一年来的工作，我们也清醒地看到存在的差距和不足：一是协商议政的质量有待进一步提高。二是民主监督的实效有待进一步增强。三是委员履职的积极性和主动性有待进一步激发。' },
  { kind: 'supervision', clauseId: 'innovation.1.0', field: 'text', old: '搭建新平台。开展委员履职主题实践活动，以界别、乡镇为单位组织委员开展[[{{campaigns.kinds}}类]]履职活动{{campaigns.activities}}次[[，参加委员{{campaigns.members}}名]][[、{{campaigns.personTimes}}人次]]，为委员搭建了交流学习、履职尽责新平台、新载体，较好地发挥了委员在群众中的带头作用、本职工作中的表率作用、政协工作中的主体作用。' },
  { kind: 'supervision', clauseId: 'innovation.2.0', field: 'text', old: '探索新形式。[[从{{evaluations.firstYear}}年开始，]]坚持集中开展政协民主评议政风行风活动。今年开展民主评议{{evaluations.rounds}}次[[，委员参加{{activities.type.evaluation.personTimes}}人次]]，通过召开民主测评会、走访座谈、发放调查问卷等形式，对{{evaluations.unitsEvaluated}}个{{area}}直单位和行政执法部门进行政风行风民主评议[[，平均满意率{{evaluations.satisfactionRate}}]]，形成专题评议报告，排出各单位测评名次[[，[[{{evaluations.topNamed}}个单位评为满意单位]]、[[{{evaluations.bottomNamed}}个单位列为重点监督单位]]]]。' },
  { kind: 'supervision', clauseId: 'innovation.4.0', field: 'text', old: '开辟新阵地。在全{{area}}设立{{unit}}{{stations.built}}个[[，驻地{{stations.staffMin~stations.staffMax}}名政协委员担任工作人员]][[，负责驻本乡镇{{stations.residents}}名委员的日常联络管理和履职服务工作]]。' },
  { kind: 'supervision', clauseId: 'innovation.4.2', field: 'text', old: '各{{unit}}组织驻乡镇委员开展活动{{stations.activities}}次[[，收集意见建议{{stations.opinions}}条]][[，推动解决问题{{stations.problems}}个]]，驻乡镇委员积极性明显增强，履职活动明显增多。' },
];
