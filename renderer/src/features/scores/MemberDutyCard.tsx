// A member's 履职档案 for the chosen year on their page: the counts from the ledger, the points
// each rule gives, the total and grade, and the export of the 履职档案 to .docx.
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { Member } from '../../domain/members/member';
import { SCORE_AREA_NAMES, type ScoreLine } from '../../domain/scores/member-duty';
import { GRADE_PENDING, NOT_RECORDED } from '../../domain/scores/duty-table-columns';
import { ExportDutyRecordButton } from './ExportDutyRecordButton';
import { scoreNumber as num } from '../../domain/scores/score-rules';
import { scoreLineCountText } from '../../domain/scores/duty-record-model';

export function MemberDutyCard({ member, year }: { member: Member; year: number }) {
  const result = useLiveQuery(() => appLedger.scores.loadMemberDuty(member.id, year), [member.id, year]);
  if (!result) return null;
  const { duty, rules } = result;
  const p = duty.proposals;
  // An area the year's ledger holds nothing of reads 未记录, not 0 (MemberDuty.unrecorded).
  const meetings = (n: number) => (duty.unrecorded.includes('attendance') ? NOT_RECORDED : `${n}次`);
  const proposals = (n: number) => (duty.unrecorded.includes('proposal') ? NOT_RECORDED : `${n}件`);
  return (
    <Card
      size="small"
      title={`${year}年度履职档案`}
      style={{ marginTop: 20 }}
      extra={<ExportDutyRecordButton member={member} year={year} />}
    >
      <Descriptions size="small" column={4} bordered>
        <Descriptions.Item label="出席会议">{meetings(duty.meetings.attended)}</Descriptions.Item>
        <Descriptions.Item label="请假">{meetings(duty.meetings.excused)}</Descriptions.Item>
        <Descriptions.Item label="缺席">{meetings(duty.meetings.absent)}</Descriptions.Item>
        <Descriptions.Item label="参加其他活动">{meetings(duty.activities)}</Descriptions.Item>
        <Descriptions.Item label="领衔提案">{proposals(p.lead)}</Descriptions.Item>
        <Descriptions.Item label="附议提案">{proposals(p.coSigned)}</Descriptions.Item>
        <Descriptions.Item label="立案">{proposals(p.registered)}</Descriptions.Item>
        <Descriptions.Item label="重点提案">{proposals(p.key)}</Descriptions.Item>
        <Descriptions.Item label="社情民意">{duty.opinions ? `${duty.opinions.submitted}条` : NOT_RECORDED}</Descriptions.Item>
        <Descriptions.Item label="被采用">{duty.opinions ? `${duty.opinions.adopted}条` : NOT_RECORDED}</Descriptions.Item>
        <Descriptions.Item label="发言" span={2}>{NOT_RECORDED}</Descriptions.Item>
      </Descriptions>
      <Table<ScoreLine>
        rowKey="ruleId"
        size="small"
        pagination={false}
        style={{ marginTop: 12 }}
        dataSource={duty.lines}
        columns={[
          { title: '类别', dataIndex: 'category', width: 90 },
          { title: '项目', dataIndex: 'item' },
          { title: '计数', render: (_: unknown, l) => scoreLineCountText(duty, rules.rules, l), width: 90, align: 'right' },
          { title: '分值', render: (_: unknown, l) => `${num(l.points)}分/${l.unit}`, width: 100, align: 'right' },
          { title: '得分', render: (_: unknown, l) => <>{num(l.score)}{l.capped && <Tag style={{ marginLeft: 6 }}>已达上限</Tag>}</>, width: 130, align: 'right' },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Typography.Text strong aria-label="履职积分">履职积分 {num(duty.total)} 分</Typography.Text>
        <Typography.Text type="secondary">（满分{rules.rules.fullMarks}分）</Typography.Text>
        <Tag color={duty.grade === null ? 'default' : duty.grade === rules.rules.lowestGrade ? 'red' : 'green'}>{duty.grade ?? GRADE_PENDING}</Tag>
        {duty.unrecorded.length > 0 && (
          <Typography.Text type="secondary">本年台账尚未登记{duty.unrecorded.map((a) => SCORE_AREA_NAMES[a]).join('、')}，积分不含这些项目，等次待登记后评定；本单位不在台账中登记的项目，可在“设置 → 履职积分”中把其分值设为0</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
