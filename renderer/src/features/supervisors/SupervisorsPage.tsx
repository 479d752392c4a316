// 监督员: the members serving as 民主监督员 / 特约监督员 in the chosen year (in surname stroke
// order) with their units, groups and terms, and the groups' 民主监督建议书; the year's figures
// above, the 阳光执法, 现场办公 and 满意度测评 ones counted from the activity ledger.
import { useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { AppointmentRow } from '../../db/supervisors-repo';
import type { SupervisionLetter, SupervisorAppointment } from '../../domain/supervisors/supervisor';
import { formatChineseDate } from '../../domain/common/dates';
import { useSelectedYear } from '../../app/stores/year-store';
import { SampleTag } from '../shared/SampleTag';
import { SupervisionFiguresRow } from './SupervisionFiguresRow';
import { AppointmentModal } from './AppointmentModal';
import { LetterModal } from './LetterModal';

export function SupervisorsPage() {
  const { message } = App.useApp();
  const year = useSelectedYear();
  const appointments = useLiveQuery(() => appLedger.supervisors.listAppointments(year), [year]);
  const letters = useLiveQuery(() => appLedger.supervisors.listLetters(year), [year]);
  const [appointment, setAppointment] = useState<SupervisorAppointment | null | undefined>(undefined);
  const [letter, setLetter] = useState<SupervisionLetter | null | undefined>(undefined);

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{year}年度民主监督员、特约监督员</Typography.Title>
      <SupervisionFiguresRow year={year} />
      <Card size="small" title="聘任名单（按姓氏笔画为序）" style={{ marginBottom: 16 }} extra={<Button type="primary" onClick={() => setAppointment(null)}>新增聘任</Button>}>
        <Table<AppointmentRow>
          aria-label="聘任名单"
          rowKey="id"
          size="small"
          loading={appointments === undefined}
          dataSource={appointments ?? []}
          pagination={false}
          locale={{ emptyText: `${year}年度没有在任的监督员` }}
          columns={[
            { title: '姓名', dataIndex: 'memberName', render: (n: string, a) => <>{n} <SampleTag isSample={a.isSample} /></> },
            { title: '类别', dataIndex: 'kind', width: 110 },
            { title: '派驻单位', dataIndex: 'unit' },
            { title: '监督小组', dataIndex: 'group', width: 130 },
            { title: '聘任期限', key: 'term', width: 260, render: (_: unknown, a) => `${formatChineseDate(a.fromDate)}至${a.toDate ? formatChineseDate(a.toDate) : '今'}` },
            {
              title: '', key: 'actions', width: 110,
              render: (_: unknown, a) => (
                <Space>
                  <a onClick={() => setAppointment(a)}>修改</a>
                  <Popconfirm title="删除这条聘任记录？" okText="删除" cancelText="取消"
                    onConfirm={() => void appLedger.supervisors.deleteAppointment(a.id).then(() => message.success('已移入回收站'))}><a>删除</a></Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="民主监督建议书" extra={<Button onClick={() => setLetter(null)}>新增建议书</Button>}>
        <Table<SupervisionLetter>
          aria-label="民主监督建议书"
          rowKey="id"
          size="small"
          loading={letters === undefined}
          dataSource={letters ?? []}
          pagination={false}
          locale={{ emptyText: `${year}年度还没有登记建议书` }}
          columns={[
            { title: '提交日期', dataIndex: 'date', width: 150, render: (d: string) => formatChineseDate(d) },
            { title: '监督小组', dataIndex: 'group', width: 130 },
            { title: '标题', dataIndex: 'title' },
            { title: '涉及单位', key: 'units', render: (_: unknown, l) => l.units.join('、') },
            {
              title: '', key: 'actions', width: 110,
              render: (_: unknown, l) => (
                <Space>
                  <a onClick={() => setLetter(l)}>修改</a>
                  <Popconfirm title="删除这份建议书？" okText="删除" cancelText="取消"
                    onConfirm={() => void appLedger.supervisors.deleteLetter(l.id).then(() => message.success('已移入回收站'))}><a>删除</a></Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {appointment !== undefined && <AppointmentModal appointment={appointment} year={year} onClose={() => setAppointment(undefined)} />}
      {letter !== undefined && <LetterModal letter={letter} year={year} onClose={() => setLetter(undefined)} />}
    </>
  );
}
