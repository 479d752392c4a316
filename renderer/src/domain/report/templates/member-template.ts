// 委员履职档案: one member's year. Its numbers are a member's, not the committee's, so they are
// not in the ledger-wide catalogue: the member duty record (履职档案 / 履职积分,
// another engineer's work in progress) supplies the `member.*` figures for one member. Until it
// does, these placeholders are unknown figures: the preview shows them as errors and export is
// refused, rather than printing numbers nobody counted.
import type { ReportTemplate } from '../template-types';
import { section } from './authoring';

export const MEMBER_TEMPLATE: ReportTemplate = {
  kind: 'member',
  title: '{{committee}}委员{{year}}年度履职档案',
  occasion: '',
  speaker: '',
  useSpeechHeader: false,
  phrases: [],
  sections: [
    section('meetings', 1, '参加会议情况', ['{{year}}年应参加会议{{member.meetings.expected}}次，出席{{member.meetings.present}}次，请假{{member.meetings.excused}}次，缺席{{member.meetings.absent}}次。']),
    section('activities', 1, '参加履职活动情况', ['参加视察、调研、协商等履职活动{{member.activities}}次。']),
    section('proposals', 1, '提交提案情况', ['[[作为第一提案人提交提案{{member.proposals.lead}}件]][[，附议提案{{member.proposals.coSigned}}件]][[；其中立案{{member.proposals.registered}}件[[，列为重点提案{{member.proposals.key}}件]]]]。']),
    section('opinions', 1, '反映社情民意情况', ['报送社情民意信息{{member.opinions.submitted}}条，被采用{{member.opinions.adopted}}条。']),
    section('score', 1, '履职积分', ['按照履职积分办法，{{year}}年度履职积分{{member.points}}分。']),
  ],
};
