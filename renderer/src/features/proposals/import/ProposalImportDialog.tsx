// 导入一览表: choose the office's .xlsx 提案办理情况一览表 → preview every row with its problems →
// 确认导入, which writes every good row's proposal in one transaction. Nothing is written before
// that click; a 案号 taken meanwhile refuses the whole import.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Modal, Space, Spin, Steps, Typography, Upload } from 'antd';
import { appLedger } from '../../../db/app-ledger';
import { planProposalImport } from '../../../domain/proposals/proposal-table-import';
import { openProposalTable, type ProposalTableSource } from './proposal-table-source';
import { ProposalImportPreview } from './ProposalImportPreview';
import { SourceFileLine } from '../../shared/SourceFileLine';
import { SaveBar } from '../../shared/SaveBar';

function ChooseFile({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  return (
    <Spin spinning={busy} description="正在读取一览表…">
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          onFile(file);
          return false; // read here in the renderer; nothing is uploaded anywhere
        }}
      >
        <Typography.Paragraph style={{ fontSize: 16, marginBottom: 8 }}>点击选择或拖入提案办理情况一览表（.xlsx）</Typography.Paragraph>
        <Typography.Text type="secondary">
          表头需有“案由”列；案号、提案者、类别、主办、协办、办复日期、答复类别、满意度等列顺序不限。届次会议可写在标题中。提案者应已在委员名单中。
        </Typography.Text>
      </Upload.Dragger>
    </Spin>
  );
}

function ImportFlow({ onClose }: { onClose: (imported: number) => void }) {
  const { message } = App.useApp();
  const [source, setSource] = useState<ProposalTableSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plan = useMemo(() => (source ? planProposalImport(source.rows) : null), [source]);

  const chooseFile = async (file: File, sheet?: string) => {
    setBusy(true);
    setError(null);
    try {
      const opened = await openProposalTable(file, sheet);
      if (opened.ok) setSource(opened.source);
      else setError(opened.message);
    } catch (e) {
      setError(`读取一览表时出错：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const confirmImport = async () => {
    if (!plan || plan.proposals.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await appLedger.proposalImport.importProposalTable(plan.proposals);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      message.success(`已导入${result.added}件提案`);
      onClose(result.added);
    } catch (e) {
      setError(`导入失败，未写入任何数据：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space orientation="vertical" size="medium" style={{ width: '100%' }}>
        <Steps size="small" current={source ? 1 : 0} items={[{ title: '选择文件' }, { title: '预览并确认' }]} />
        {source && (
          <SourceFileLine
            fileName={source.fileName} sheetName={source.sheetName} sheets={source.sheets} busy={busy}
            onPickSheet={(sheet) => void chooseFile(source.file, sheet)}
          />
        )}
        {error && <Alert type="error" showIcon title={error} />}
        {!source && <ChooseFile busy={busy} onFile={(file) => void chooseFile(file)} />}
        {source && plan && <ProposalImportPreview source={source} plan={plan} />}
      </Space>
      {/* A year's table is far taller than the window: the buttons stay at its bottom edge
          (outside the Space, whose per-child box a sticky bar could not leave). */}
      <SaveBar>
        {source && <Button onClick={() => { setError(null); setSource(null); }} disabled={busy}>重新选择文件</Button>}
        <Button onClick={() => onClose(0)} disabled={busy}>取消</Button>
        {source && (
          <Button type="primary" loading={busy} disabled={!plan || plan.proposals.length === 0} onClick={() => void confirmImport()}>确认导入</Button>
        )}
      </SaveBar>
    </>
  );
}

export function ProposalImportDialog({ open, onClose }: { open: boolean; onClose: (imported: number) => void }) {
  return (
    <Modal open={open} title="导入提案办理情况一览表" width={1200} footer={null} onCancel={() => onClose(0)} mask={{ closable: false }} destroyOnHidden>
      <ImportFlow onClose={onClose} />
    </Modal>
  );
}
