// 报告: choose the kind, the 截至 date, the 成文日期, the county, the session or the member (the
// year is the shell's; the choices stay for the session, report-choices-store.ts), see the report page by page
// as it will print with every figure openable, check all figures in 数据核对, edit the office's
// template and the layout, and export the .docx in one click. Export is refused, with the
// reason beside the button, while a placeholder names no figure. Only the chosen year's part of
// the ledger is read (reports-repo.ts loadReportLedger). 委员履职档案 is one member's: the member is
// picked here and the document is their duty record. Switching the kind asks first when the
// template has unsaved edits.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Empty, Radio, Select, Space, Spin, Tabs, Tooltip, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { useSelectedYear } from '../../app/stores/year-store';
import { REPORT_KIND_LABELS, REPORT_TEMPLATE_KINDS, type ReportKind, type ReportTemplate } from '../../domain/report/report-template';
import { figureKeysOf } from '../../domain/report/template-keys';
import { toIsoDate } from '../../domain/common/dates';
import { layoutInForce, styleInForce, templateInForce } from '../../domain/settings/report-settings';
import { CHINESE_DATE_FORMAT, fromIso, toIso } from '../shared/dates';
import { buildReport, exportRefusal } from './build-report';
import { defaultReportDate, defaultUntil, reportDateProblem, untilProblem, untilWarning } from './report-scope';
import { useReportChoices, vanishedChoices } from './report-choices-store';
import { saveReportCopies } from './save-report';
import { ReportSummary } from './ReportSummary';
import { ReportPreview } from './preview/ReportPreview';
import { FigureRecordsDrawer } from './figures/FigureRecordsDrawer';
import { FigureCheckList } from './figures/FigureCheckList';
import { TemplateEditor } from './template/TemplateEditor';
import { LayoutSettingsPanel } from './layout/LayoutSettingsPanel';
import { buildMemberReport } from './member/build-member-report';
import { MemberReportPicker } from './member/MemberReportPicker';
import { CommitteeSelect } from '../exchange/CommitteeSelect';
import { LearnFromDocument } from './learn/LearnFromDocument';
import type { DictionaryEntry } from '../../domain/dictionaries/dictionary-kinds';
import { defaultNaming } from './figure-naming';

/** Until the year's ledger is read: no office names yet, the catalogue's own. */
const NO_ENTRIES: readonly DictionaryEntry[] = [];

export function ReportsPage() {
  const year = useSelectedYear();
  // A new year starts again from its default kind and dates.
  return <ReportsScreen key={year} year={year} />;
}

function ReportsScreen({ year }: { year: number }) {
  const { message, modal } = App.useApp();
  // The day the screen opened: the defaults are worked out from it.
  const [today] = useState(() => toIsoDate(new Date()));
  const choices = useReportChoices(year);
  const { kind, choose } = choices;
  const until = choices.until ?? defaultUntil(year, today);
  const reportDate = choices.reportDate ?? defaultReportDate(until, today);
  const { memberId } = choices;
  // A city ledger's report for one county, or (undefined) for all of them together.
  const committee = choices.committee ?? undefined;
  // 提案工作情况报告 is usually for one plenary session (九届二次会议以来); undefined: the whole year.
  const sessionKey = choices.sessionKey ?? undefined;
  const sessions = useLiveQuery(async () => (await appLedger.proposals.listProposalSessions()).filter((x) => !x.sessionKey.startsWith('平时-')), []);
  const reportSession = kind === 'proposals' ? sessionKey : undefined;
  const [templateDirty, setTemplateDirty] = useState(false);
  const onDirtyChange = useCallback((dirty: boolean) => setTemplateDirty(dirty), []);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [copy, setCopy] = useState<'print' | 'review'>('print');
  const ledger = useLiveQuery(() => appLedger.reports.loadReportLedger({ year, sessionKey: reportSession }), [year, reportSession]);
  const loaded = useLiveQuery(() => appLedger.reports.loadReportSettings(), []);
  const scoreRules = useLiveQuery(() => appLedger.scoreRules.loadScoreRules(), []);
  const template = useMemo(() => (loaded ? templateInForce(loaded.settings, kind) : undefined), [loaded, kind]);
  const layout = layoutInForce(loaded?.settings);
  const scopeProblem = untilProblem(year, until) ?? reportDateProblem(until, reportDate);
  const scopeWarning = scopeProblem ? null : untilWarning(until, today);
  const member = kind === 'member' ? ledger?.members.find((m) => m.id === memberId && m.deletedAt === null) : undefined;
  // A remembered member deleted since, or a session whose proposals all went, is chosen no more.
  const vanished = vanishedChoices(choices, { sessionKeys: sessions?.map((x) => x.sessionKey), memberIds: ledger?.members.filter((m) => m.deletedAt === null).map((m) => m.id) });
  const anyVanished = Object.keys(vanished).length > 0;
  useEffect(() => {
    if (anyVanished) choose(vanished);
  }, [anyVanished, choose, vanished]);
  const scope = useMemo(() => ({ year, until, ...(committee === undefined ? {} : { committee }), ...(reportSession === undefined ? {} : { sessionKey: reportSession }) }), [year, until, committee, reportSession]);
  const built = useMemo(() => {
    if (!ledger || !template || scopeProblem) return undefined;
    if (kind !== 'member') {
      return buildReport(ledger, template, scope, reportDate, styleInForce(loaded?.settings));
    }
    return member && scoreRules ? buildMemberReport(ledger, member, scoreRules.rules, { year, until }, reportDate) : undefined;
  }, [ledger, template, scopeProblem, year, until, reportDate, kind, member, scoreRules, scope, loaded]);
  const draftOf = useCallback(
    (learned: ReportTemplate) => (ledger && !scopeProblem ? buildReport(ledger, learned, scope, reportDate, styleInForce(loaded?.settings)) : undefined),
    [ledger, scopeProblem, scope, reportDate, loaded],
  );
  const usedKeys = useMemo(() => new Set(template ? figureKeysOf(template) : []), [template]);

  if (!loaded || !template) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const noMember = kind === 'member' && !member;
  const refusal = scopeProblem ?? (noMember ? '请先选择委员' : built ? exportRefusal(built.blockers) : '正在计算数字…');

  const chooseKind = (next: ReportKind) => {
    if (next === kind) return;
    if (!templateDirty) {
      choose({ kind: next });
      return;
    }
    modal.confirm({
      title: '放弃未保存的模板修改？',
      content: `“${REPORT_KIND_LABELS[kind]}”的模板有修改尚未保存，切换报告类型将丢失这些修改。`,
      okText: '放弃修改并切换',
      cancelText: '继续编辑',
      onOk: () => {
        setTemplateDirty(false);
        choose({ kind: next });
      },
    });
  };

  const exportDocx = async () => {
    if (!built || refusal) return;
    setExporting(true);
    try {
      const saved = await saveReportCopies(built, layout, year);
      if (saved.length) message.success(`报告已导出：${saved.map((f) => f.fileName).join('、')}`);
    } catch (e) {
      message.error(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>报告</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="报告类型" value={kind} style={{ width: 220 }} onChange={chooseKind} options={REPORT_TEMPLATE_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))} />
        {kind === 'member' && <MemberReportPicker members={ledger?.members ?? []} value={member ? memberId : null} onChange={(id) => choose({ memberId: id })} />}
        {kind !== 'member' && <CommitteeSelect value={committee} onChange={(c) => choose({ committee: c ?? null })} />}
        {kind === 'proposals' && (
          <Select
            aria-label="提案会议"
            style={{ width: 220 }}
            value={sessionKey ?? ''}
            onChange={(v: string) => choose({ sessionKey: v === '' ? null : v })}
            options={[{ value: '', label: `${year}年全年的提案` }, ...(sessions ?? []).map((x) => ({ value: x.sessionKey, label: `${x.label}以来` }))]}
          />
        )}
        <span>{year}年度，截至</span>
        <DatePicker aria-label="截至日期" allowClear={false} format={CHINESE_DATE_FORMAT} value={fromIso(until)} onChange={(d) => choose({ until: toIso(d) })} />
        <span>成文日期</span>
        <DatePicker aria-label="成文日期" allowClear={false} format={CHINESE_DATE_FORMAT} value={fromIso(reportDate)} onChange={(d) => choose({ reportDate: toIso(d) })} />
        <Tooltip title={refusal ?? undefined}>
          <Button type="primary" loading={exporting} disabled={refusal !== null} onClick={() => void exportDocx()}>导出Word（印发稿和核对稿）</Button>
        </Tooltip>
      </Space>
      {kind === 'member' && scoreRules?.problem && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={scoreRules.problem} />}
      {refusal && built && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={`不能导出：${refusal}`} />}
      {scopeProblem && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={scopeProblem} />}
      {scopeWarning && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={scopeWarning} />}
      {loaded.problems.map((p) => <Alert key={p} type="warning" showIcon style={{ marginBottom: 12 }} title={p} />)}
      <Tabs
        items={[
          {
            key: 'preview', label: '预览',
            children: built ? (
              <>
                {kind !== 'member' && <ReportSummary doc={built.doc} naming={built} />}
                {kind !== 'member' && (
                  <Radio.Group aria-label="预览的稿本" style={{ margin: '8px 0 12px' }} value={copy} onChange={(e) => setCopy(e.target.value as 'print' | 'review')} optionType="button"
                    options={[{ value: 'print', label: '印发稿' }, { value: 'review', label: '核对稿（标出数字和未写入的内容）' }]} />
                )}
                {copy === 'review' && kind !== 'member'
                  ? <ReportPreview doc={built.review} runs={built.reviewRuns} figures={built.figures} naming={built} layout={layout} onOpenFigure={setOpenKey} />
                  : <ReportPreview doc={built.doc} runs={built.runs} figures={built.figures} naming={built} layout={layout} onOpenFigure={setOpenKey} />}
              </>
            ) : noMember ? <Empty description="请在上方选择委员，生成其本年度履职档案" /> : <Spin />,
          },
          {
            key: 'check', label: '数据核对',
            children: kind === 'member'
              ? <Alert type="info" showIcon title="委员履职档案的各项计数和积分见预览中的“履职积分明细”表；委员参加的活动可在委员页面查看" />
              : built ? <FigureCheckList figures={built.figures} usedKeys={usedKeys} naming={built} onOpen={setOpenKey} /> : <Spin />,
          },
          {
            key: 'template', label: '编辑模板',
            // Keyed by what is saved, so the editor starts again from it after a save or reset.
            children: kind === 'member'
              ? <Alert type="info" showIcon title="委员履职档案按“设置 → 履职积分”的规则，从委员本年度的会议、活动、提案和社情民意记录生成，不使用模板" />
              : <TemplateEditor key={`${kind}:${JSON.stringify(template)}`} template={template} customised={loaded.settings.templates[kind] !== undefined} figures={built?.figures ?? new Map()} naming={built ?? defaultNaming(ledger?.dictionary ?? NO_ENTRIES)} onDirtyChange={onDirtyChange} />,
          },
          {
            key: 'learn', label: '照着去年写',
            children: kind === 'member'
              ? <Alert type="info" showIcon title="委员履职档案不使用模板" />
              : <LearnFromDocument key={kind} kind={kind} customised={loaded.settings.templates[kind] !== undefined} draftOf={draftOf} />,
          },
          { key: 'layout', label: '版式设置', children: <LayoutSettingsPanel key={JSON.stringify(layout)} layout={layout} /> },
        ]}
      />
      <FigureRecordsDrawer figureKey={openKey} result={openKey ? built?.figures.get(openKey) : undefined} naming={built ?? defaultNaming(NO_ENTRIES)} onClose={() => setOpenKey(null)} />
    </>
  );
}
