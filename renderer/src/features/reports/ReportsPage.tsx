// 报告: choose the kind and the 截至 date (the year is the shell's), see the report page by page
// as it will print with every figure openable, check all figures in 数据核对, edit the office's
// template and the layout, and export the .docx in one click. Export is refused, with the
// reason beside the button, while a placeholder names no figure.
import { useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Select, Space, Spin, Tabs, Tooltip, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { useSelectedYear } from '../../app/stores/year-store';
import { REPORT_KIND_LABELS, REPORT_TEMPLATE_KINDS, figureKeysOf, type ReportKind } from '../../domain/report/report-template';
import { problemMessage } from '../../domain/report/render-report';
import { toIsoDate } from '../../domain/common/dates';
import { layoutInForce, templateInForce } from '../../domain/settings/report-settings';
import { CHINESE_DATE_FORMAT, fromIso, toIso } from '../shared/dates';
import { buildReport, exportRefusal } from './build-report';
import { defaultUntil, untilProblem } from './report-scope';
import { saveReportDocx } from './save-report';
import { ReportPreview } from './preview/ReportPreview';
import { FigureRecordsDrawer } from './figures/FigureRecordsDrawer';
import { FigureCheckList } from './figures/FigureCheckList';
import { TemplateEditor } from './template/TemplateEditor';
import { LayoutSettingsPanel } from './layout/LayoutSettingsPanel';

export function ReportsPage() {
  const year = useSelectedYear();
  // A new year starts again from its default 截至 date.
  return <ReportsScreen key={year} year={year} />;
}

function ReportsScreen({ year }: { year: number }) {
  const { message } = App.useApp();
  const [kind, setKind] = useState<ReportKind>('supervision');
  const [until, setUntil] = useState(() => defaultUntil(year, toIsoDate(new Date())));
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const ledger = useLiveQuery(() => appLedger.reports.loadReportLedger(), []);
  const loaded = useLiveQuery(() => appLedger.reports.loadReportSettings(), []);
  const template = useMemo(() => (loaded ? templateInForce(loaded.settings, kind) : undefined), [loaded, kind]);
  const layout = layoutInForce(loaded?.settings);
  const scopeProblem = untilProblem(year, until);
  const built = useMemo(
    () => (ledger && template && !scopeProblem ? buildReport(ledger, template, { year, until }, toIsoDate(new Date())) : undefined),
    [ledger, template, scopeProblem, year, until],
  );
  const usedKeys = useMemo(() => new Set(template ? figureKeysOf(template) : []), [template]);

  if (!loaded || !template) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const refusal = scopeProblem ?? (built ? exportRefusal(built.blockers) : '正在计算数字…');

  const exportDocx = async () => {
    if (!built || refusal) return;
    setExporting(true);
    try {
      const saved = await saveReportDocx(built.doc, layout, year);
      if (saved) message.success(`报告已导出：${saved.fileName}`);
    } catch (e) {
      message.error(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const warnings = built?.doc.problems ?? [];
  return (
    <>
      <Typography.Title level={4}>报告</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="报告类型" value={kind} style={{ width: 220 }} onChange={setKind} options={REPORT_TEMPLATE_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))} />
        <span>{year}年度，截至</span>
        <DatePicker aria-label="截至日期" allowClear={false} format={CHINESE_DATE_FORMAT} value={fromIso(until)} onChange={(d) => setUntil(toIso(d))} />
        <Tooltip title={refusal ?? undefined}>
          <Button type="primary" loading={exporting} disabled={refusal !== null} onClick={() => void exportDocx()}>导出Word</Button>
        </Tooltip>
      </Space>
      {refusal && built && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={`不能导出：${refusal}`} />}
      {scopeProblem && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={scopeProblem} />}
      {loaded.problems.map((p) => <Alert key={p} type="warning" showIcon style={{ marginBottom: 12 }} title={p} />)}
      <Tabs
        items={[
          {
            key: 'preview', label: '预览',
            children: built ? (
              <>
                {warnings.length > 0 && (
                  <Alert type={built.blockers.length ? 'error' : 'warning'} showIcon style={{ marginBottom: 12 }} title={`有${warnings.length}处需要核对（页面上已标出）`}
                    description={<ul style={{ margin: 0, maxHeight: 132, overflowY: 'auto' }}>{[...new Set(warnings.map(problemMessage))].map((m) => <li key={m}>{m}</li>)}</ul>} />
                )}
                <ReportPreview doc={built.doc} runs={built.runs} figures={built.figures} layout={layout} onOpenFigure={setOpenKey} />
              </>
            ) : <Spin />,
          },
          { key: 'check', label: '数据核对', children: built ? <FigureCheckList figures={built.figures} usedKeys={usedKeys} onOpen={setOpenKey} /> : <Spin /> },
          {
            key: 'template', label: '编辑模板',
            // Keyed by what is saved, so the editor starts again from it after a save or reset.
            children: <TemplateEditor key={`${kind}:${JSON.stringify(template)}`} template={template} customised={loaded.settings.templates[kind] !== undefined} figures={built?.figures ?? new Map()} />,
          },
          { key: 'layout', label: '版式设置', children: <LayoutSettingsPanel key={JSON.stringify(layout)} layout={layout} /> },
        ]}
      />
      <FigureRecordsDrawer figureKey={openKey} result={openKey ? built?.figures.get(openKey) : undefined} onClose={() => setOpenKey(null)} />
    </>
  );
}
