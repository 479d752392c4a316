// 导出名次表: the round's ranking as a .docx on the GB/T 9704 page, in the office's report layout
// (fonts, page numbers), through the report's own Word writer. A round with no results is
// refused with the domain's message rather than printing an empty table.
import { useState } from 'react';
import { App, Button } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { getPlatform, WORD_FILTERS } from '../../platform';
import type { EvaluationRound } from '../../domain/evaluations/evaluation';
import { rankRound } from '../../domain/evaluations/evaluation-ranking';
import { buildRankingDocument } from '../../domain/evaluations/ranking-document';
import { layoutInForce } from '../../domain/settings/report-settings';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';


export function ExportRankingButton({ round }: { round: EvaluationRound }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportRanking = async () => {
    const ranking = rankRound(round);
    if (!ranking.ok) {
      message.error(Object.values(ranking.errors).join('；'));
      return;
    }
    setBusy(true);
    try {
      const [settings, reportSettings] = await Promise.all([appLedger.settings.getSettings(), appLedger.reports.loadReportSettings()]);
      const doc = buildRankingDocument({ round, ranking: ranking.value, issuer: settings?.committee.name ?? '', dateText: formatChineseDate(toIsoDate(new Date())) });
      const { writeReportDocx, reportFileName, reportLayoutFrom } = await import('../../export/docx/write-report-docx');
      const bytes = await writeReportDocx(doc, reportLayoutFrom(layoutInForce(reportSettings.settings)));
      const saved = await getPlatform().saveFile(reportFileName(doc, round.year), bytes, WORD_FILTERS);
      if (saved) message.success(`已导出测评名次表：${saved.fileName}`);
    } catch (e) {
      message.error(`导出测评名次表失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return <Button loading={busy} onClick={() => void exportRanking()}>导出名次表（Word）</Button>;
}
