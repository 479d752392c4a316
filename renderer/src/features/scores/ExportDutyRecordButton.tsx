// 导出履职档案: a member's year as a .docx on the GB/T 9704 page, in the office's report layout
// (fonts, page numbers). The Word writer is loaded on the first click, keeping docx out of the
// member page's bundle.
import { useState } from 'react';
import { App, Button } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { getPlatform, WORD_FILTERS } from '../../platform';
import type { Member } from '../../domain/members/member';
import { buildDutyRecordModel } from '../../domain/scores/duty-record-model';
import { layoutInForce } from '../../domain/settings/report-settings';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';


export function ExportDutyRecordButton({ member, year }: { member: Member; year: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportRecord = async () => {
    setBusy(true);
    try {
      const [{ duty, rules }, settings, reportSettings] = await Promise.all([
        appLedger.scores.loadMemberDuty(member.id, year),
        appLedger.settings.getSettings(),
        appLedger.reports.loadReportSettings(),
      ]);
      const committee = { name: settings?.committee.name ?? '', shortName: settings?.committee.shortName ?? '' };
      // The year's counts run to today while it lasts (loadMemberDuty counts what is recorded so far).
      const today = toIsoDate(new Date());
      const doc = buildDutyRecordModel({ member, duty, rules: rules.rules, committee, dateText: formatChineseDate(today), until: today < `${year}-12-31` ? today : `${year}-12-31` });
      const { writeReportDocx, reportFileName, reportLayoutFrom } = await import('../../export/docx/write-report-docx');
      const bytes = await writeReportDocx(doc, reportLayoutFrom(layoutInForce(reportSettings.settings)));
      const saved = await getPlatform().saveFile(reportFileName(doc, year), bytes, WORD_FILTERS);
      if (saved) message.success(`已导出履职档案：${saved.fileName}`);
    } catch (e) {
      message.error(`导出履职档案失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button loading={busy} onClick={() => void exportRecord()}>
      导出履职档案
    </Button>
  );
}
