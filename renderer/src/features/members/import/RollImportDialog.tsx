// 导入委员名册: choose an .xlsx roll → (if the header guess is unsure) say which column is which →
// preview every row with its problems → 确认导入, which writes members and accepted dictionary
// values in one transaction. Nothing is written before that click.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Modal, Space, Spin, Steps, Typography, Upload } from 'antd';
import { appLedger } from '../../../db/app-ledger';
import { listUnknownDictionaryValues, planRollImport, previewRoll, type RollMapping, type RollPreviewRow } from '../../../domain/members/roll-import';
import { dictionaryValueKey } from '../../../domain/members/roll-dictionary';
import { isDemocraticParty } from '../../../domain/members/affiliation';
import { openRollFile, type RollSource } from './roll-source';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SourceFileLine } from '../../shared/SourceFileLine';
import { SaveBar } from '../../shared/SaveBar';

export interface RollImportDialogProps {
  open: boolean;
  /** Called with how many members were imported (0 when cancelled). */
  onClose: (imported: number) => void;
}

type Stage =
  | { step: 'choose' }
  | { step: 'map'; source: RollSource; mapping: RollMapping }
  | { step: 'preview'; source: RollSource; mapping: RollMapping; rows: RollPreviewRow[] };

const STEP_INDEX = { choose: 0, map: 1, preview: 2 } as const;

function previewStage(source: RollSource, mapping: RollMapping): Stage {
  return { step: 'preview', source, mapping, rows: previewRoll(source.grid, { headerRowIndex: source.header.headerRowIndex, mapping }, source.context) };
}

function ChooseFile({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  return (
    <Spin spinning={busy} description="正在读取名册…">
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
        <Typography.Paragraph style={{ fontSize: 16, marginBottom: 8 }}>点击选择或拖入 Excel 名册（.xlsx）</Typography.Paragraph>
        <Typography.Text type="secondary">表头需有“姓名”列；性别、民族、出生年月、界别、党派、乡镇、工作单位及职务、联系电话等列可有可无，顺序不限</Typography.Text>
      </Upload.Dragger>
    </Spin>
  );
}

function RollImportFlow({ onClose }: { onClose: (imported: number) => void }) {
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<string[]>([]);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [partyChoices, setPartyChoices] = useState<ReadonlyMap<number, string>>(new Map());

  const rows = stage.step === 'preview' ? stage.rows : null;
  const unknownValues = useMemo(() => (rows ? listUnknownDictionaryValues(rows) : []), [rows]);
  const plan = useMemo(() => {
    if (!rows) return null;
    const keys = new Set(accepted);
    return planRollImport(rows, { accepted: unknownValues.filter((v) => keys.has(dictionaryValueKey(v))), excludedRows: excluded, partyChoices });
  }, [rows, unknownValues, accepted, excluded, partyChoices]);

  const enterPreview = (source: RollSource, mapping: RollMapping) => {
    const next = previewStage(source, mapping);
    // Likely duplicates start unticked so re-importing a roll does not double anyone.
    if (next.step === 'preview') setExcluded(new Set(next.rows.filter((r) => r.likelyDuplicate).map((r) => r.rowNumber)));
    setAccepted([]);
    setPartyChoices(new Map());
    setStage(next);
  };

  const chooseFile = async (file: File, sheet?: string) => {
    setBusy(true);
    setError(null);
    try {
      const opened = await openRollFile(file, sheet);
      if (!opened.ok) setError(opened.message);
      else if (opened.source.header.sure) enterPreview(opened.source, opened.source.header.mapping);
      else setStage({ step: 'map', source: opened.source, mapping: opened.source.header.mapping });
    } catch (e) {
      setError(`读取名册时出错：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const confirmMapping = () => {
    if (stage.step !== 'map') return;
    if (stage.mapping.name === undefined) {
      setError('请指定“姓名”对应的列');
      return;
    }
    setError(null);
    enterPreview(stage.source, stage.mapping);
  };

  const confirmImport = async () => {
    if (!plan || plan.members.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await appLedger.memberImport.importMemberRoll({ members: plan.members, addToDictionary: plan.addToDictionary });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      message.success(`已导入${result.added}位委员`);
      onClose(result.added);
    } catch (e) {
      setError(`导入失败，未写入任何数据：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setError(null);
    setStage({ step: 'choose' });
  };

  return (
    <>
      <Space orientation="vertical" size="medium" style={{ width: '100%' }}>
        <Steps
          size="small"
          current={STEP_INDEX[stage.step]}
          items={[{ title: '选择文件' }, { title: '核对列' }, { title: '预览并确认' }]}
        />
        {stage.step !== 'choose' && (
          <SourceFileLine
            fileName={stage.source.fileName} sheetName={stage.source.sheetName} sheets={stage.source.sheets} busy={busy}
            onPickSheet={(sheet) => void chooseFile(stage.source.file, sheet)}
          />
        )}
        {error && <Alert type="error" showIcon title={error} />}
        {stage.step === 'choose' && <ChooseFile busy={busy} onFile={(file) => void chooseFile(file)} />}
        {stage.step === 'map' && <MappingStep source={stage.source} mapping={stage.mapping} onChange={(mapping) => setStage({ ...stage, mapping })} />}
        {stage.step === 'preview' && plan && (
          <PreviewStep
            plan={plan} unknownValues={unknownValues} accepted={accepted} onAcceptedChange={setAccepted} excluded={excluded} onExcludedChange={setExcluded}
            parties={stage.source.context.dictionaries.party.filter(isDemocraticParty)}
            partyChoices={partyChoices}
            onPartyChoice={(row, party) => setPartyChoices((m) => new Map(m).set(row, party))}
          />
        )}
      </Space>
      {/* A 60-row roll is far taller than the window: the buttons stay at its bottom edge
          (outside the Space, whose per-child box a sticky bar could not leave). */}
      <SaveBar>
        {stage.step !== 'choose' && <Button onClick={restart} disabled={busy}>重新选择文件</Button>}
        {stage.step === 'preview' && <Button onClick={() => setStage({ step: 'map', source: stage.source, mapping: stage.mapping })} disabled={busy}>调整列对应</Button>}
        <Button onClick={() => onClose(0)} disabled={busy}>取消</Button>
        {stage.step === 'map' && <Button type="primary" onClick={confirmMapping}>下一步</Button>}
        {stage.step === 'preview' && (
          <Button type="primary" loading={busy} disabled={!plan || plan.members.length === 0} onClick={() => void confirmImport()}>确认导入</Button>
        )}
      </SaveBar>
    </>
  );
}

export function RollImportDialog({ open, onClose }: RollImportDialogProps) {
  return (
    <Modal open={open} title="导入委员名册" width={1200} footer={null} onCancel={() => onClose(0)} mask={{ closable: false }} destroyOnHidden>
      <RollImportFlow onClose={onClose} />
    </Modal>
  );
}
