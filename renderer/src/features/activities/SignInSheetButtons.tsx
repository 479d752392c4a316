// 签到表 (Word / Excel) on an activity's page: the participants in stroke order with a column to
// sign in (domain/activities/sign-in-sheet.ts), the .docx in the office's report layout. An
// activity with nobody entered yet offers the sheet of whom its type calls, or says there is
// nobody to list. The writers are loaded on the first click, keeping docx and exceljs out of the
// page's bundle.
import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { getPlatform, WORD_FILTERS, XLSX_FILTERS } from '../../platform';
import { liveParticipants, type Activity } from '../../domain/activities/activity';
import { buildSignInSheet, signInPeople, type SignInSheet } from '../../domain/activities/sign-in-sheet';
import { layoutInForce } from '../../domain/settings/report-settings';

type Format = 'docx' | 'xlsx';

const FILTERS = { docx: WORD_FILTERS, xlsx: XLSX_FILTERS } as const;

async function writeSheet(sheet: SignInSheet, format: Format): Promise<Uint8Array> {
  if (format === 'xlsx') return (await import('../../export/xlsx/write-sign-in-xlsx')).writeSignInXlsx(sheet);
  const [{ writeSignInDocx }, { reportLayoutFrom }, reportSettings] = await Promise.all([
    import('../../export/docx/write-sign-in-docx'), import('../../export/docx/write-report-docx'), appLedger.reports.loadReportSettings(),
  ]);
  return writeSignInDocx(sheet, reportLayoutFrom(layoutInForce(reportSettings.settings)));
}

export function SignInSheetButtons({ activity }: { activity: Activity }) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<Format | null>(null);

  const save = async (sheet: SignInSheet, format: Format) => {
    setBusy(format);
    try {
      const saved = await getPlatform().saveFile(`${sheet.title}.${format}`, await writeSheet(sheet, format), FILTERS[format]);
      if (saved) message.success(`已导出签到表（${sheet.rows.length}人）：${saved.fileName}`);
    } catch (e) {
      message.error(`导出签到表失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const start = async (format: Format) => {
    const members = await appLedger.members.listMembers();
    const hasParticipants = liveParticipants(activity).length > 0;
    const called = hasParticipants ? null : await appLedger.meetingCalls.loadCalledMembers(activity.type, activity.startDate);
    const { from, people } = signInPeople(activity, members, called);
    if (from === 'nobody') {
      message.info(hasParticipants ? '参加人员都已从委员名单删除，签到表无人可列' : `该活动还没有登记参加人员，“${activity.type}”也没有按类型应到的委员，签到表无人可列。请先编辑活动添加参加人员`);
      return;
    }
    const sheet = buildSignInSheet(activity, people);
    if (from === 'participants') {
      await save(sheet, format);
      return;
    }
    modal.confirm({
      title: '该活动还没有登记参加人员',
      content: `按“${activity.type}”应到的${people.length}位委员生成签到表？`,
      okText: '生成签到表',
      cancelText: '取消',
      onOk: () => save(sheet, format),
    });
  };

  return (
    <Space.Compact>
      <Button loading={busy === 'docx'} onClick={() => void start('docx')}>签到表（Word）</Button>
      <Button loading={busy === 'xlsx'} onClick={() => void start('xlsx')}>签到表（Excel）</Button>
    </Space.Compact>
  );
}
