// 照着去年写: the clerk gives the program last year's report (.docx) of this kind; the program
// reads it, proposes what each number is, the clerk checks the numbers, compares last year's
// document with this year's draft, and saves it as the office's template for the kind — after
// which 导出Word and the home screen's one-click report use it. 重置 brings the built-in back.
// Nothing is saved before 保存为本单位模板.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Spin, Steps, Typography, Upload } from 'antd';
import { appLedger } from '../../../db/app-ledger';
import { REPORT_KIND_LABELS, type ReportKind, type ReportTemplate } from '../../../domain/report/report-template';
import { learnReport, type LearnedReport } from '../../../domain/report/learn/learn-report';
import { learnedTemplate } from '../../../domain/report/learn/learned-template';
import type { BuiltReport } from '../build-report';
import { countStates, startReview, type ReviewState } from './review-state';
import { LearnReview } from './LearnReview';
import { LearnCompare } from './LearnCompare';
import { useSave } from '../../shared/use-save';
import { saveErrorMessages } from '../template/save-errors';

interface Props {
  kind: ReportKind;
  /** True when the office has saved its own template for the kind. */
  customised: boolean;
  /** This year's draft from a template, as the 报告 screen builds it. */
  draftOf: (template: ReportTemplate) => BuiltReport | undefined;
}

type Step = 'choose' | 'review' | 'compare';
const STEPS: Step[] = ['choose', 'review', 'compare'];

async function learnFile(file: File, kind: ReportKind): Promise<{ ok: true; report: LearnedReport } | { ok: false; message: string }> {
  // The reader brings mammoth with it: loaded the first time a report is imported.
  const { readReportDocx } = await import('../../../export/learn/read-report-docx');
  const read = await readReportDocx(file.name, new Uint8Array(await file.arrayBuffer()));
  return read.ok ? { ok: true, report: learnReport(read.blocks, kind) } : read;
}

export function LearnFromDocument({ kind, customised, draftOf }: Props) {
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>('choose');
  const [busy, setBusy] = useState(false);
  const { saving, run } = useSave();
  const [error, setError] = useState<string | null>(null);
  const [learned, setLearned] = useState<{ report: LearnedReport; review: ReviewState } | null>(null);
  const made = useMemo(() => (learned ? learnedTemplate(learned.report, learned.review.decisions) : null), [learned]);
  const draft = useMemo(() => (made && step === 'compare' ? draftOf(made.template) : undefined), [made, step, draftOf]);

  const choose = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const result = await learnFile(file, kind);
      if (!result.ok) setError(result.message);
      else {
        setLearned({ report: result.report, review: startReview(result.report) });
        setStep('review');
      }
    } catch (e) {
      setError(`读取失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const save = () => run(async () => {
    if (!made) return;
    const saved = await appLedger.reports.saveReportTemplate(made.template);
    if (!saved.ok) {
      setError(`未保存：${saveErrorMessages(saved.errors, made.template).join('；')}`);
      return;
    }
    setError(null);
    message.success(`已保存为本单位的“${REPORT_KIND_LABELS[kind]}”模板，导出Word和首页一键生成将使用它`);
  });

  const reset = () => run(async () => {
    await appLedger.reports.resetReportTemplate(kind);
    message.success('已恢复程序内置模板');
  });

  const counts = learned ? countStates(learned.report, learned.review) : null;
  return (
    <>
      <Steps size="small" current={STEPS.indexOf(step)} style={{ marginBottom: 16 }} items={[{ title: '选择去年的报告' }, { title: '核对数字' }, { title: '对照并保存' }]} />
      {error && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={error} />}
      {step === 'choose' && (
        <Spin spinning={busy} description="正在读取报告…">
          <Upload.Dragger accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" multiple={false} showUploadList={false} disabled={busy}
            beforeUpload={(file) => {
              void choose(file);
              return false; // read here; nothing is uploaded anywhere
            }}>
            <Typography.Paragraph style={{ fontSize: 16, marginBottom: 8 }}>点击选择或拖入去年的“{REPORT_KIND_LABELS[kind]}”（.docx）</Typography.Paragraph>
            <Typography.Text type="secondary">程序按去年的标题、段落和措辞生成今年的报告，其中的数字换成今年台账的统计数字。旧版 .doc、.wps 或 PDF 请先在 Word/WPS 中另存为 .docx。</Typography.Text>
          </Upload.Dragger>
        </Spin>
      )}
      {learned && step === 'review' && (
        <LearnReview report={learned.report} review={learned.review} onChange={(review) => setLearned({ ...learned, review })} />
      )}
      {learned && step === 'compare' && <LearnCompare report={learned.report} review={learned.review} draft={draft} />}
      {made && made.leftOut.length > 0 && step !== 'choose' && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title="以下内容不能由台账填写，未写入模板" description={<ul style={{ margin: 0 }}>{made.leftOut.map((m) => <li key={m}>{m}</li>)}</ul>} />
      )}
      <Space style={{ marginTop: 12 }} wrap>
        {step !== 'choose' && <Button onClick={() => { setStep('choose'); setLearned(null); }}>重新选择文件</Button>}
        {step === 'review' && <Button onClick={() => setStep('compare')}>下一步：对照去年和今年</Button>}
        {step === 'compare' && <Button onClick={() => setStep('review')}>返回核对数字</Button>}
        {step === 'compare' && <Button type="primary" loading={saving} onClick={() => void save()}>保存为本单位模板</Button>}
        {counts && counts.check > 0 && step !== 'choose' && <Typography.Text type="warning">还有 {counts.check} 个数字待核对（橙色）</Typography.Text>}
        <Popconfirm title="恢复程序内置模板？" description="本类报告将改用程序自带的模板，本单位保存的模板会被替换。" okText="恢复内置" cancelText="取消" onConfirm={() => void reset()} disabled={!customised || saving}>
          <Button danger disabled={!customised}>重置为内置模板</Button>
        </Popconfirm>
      </Space>
    </>
  );
}
