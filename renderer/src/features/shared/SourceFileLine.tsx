// The line above an Excel import's columns and preview: the file, the worksheet read from it, and
// — when the workbook has several — a choice of another, so a second sheet is never left behind
// without a word.
import { Alert, Select, Space, Typography } from 'antd';
import { sheetNote, type SheetOption } from '../../domain/common/sheet-choice';

export interface SourceFileLineProps {
  fileName: string;
  sheetName: string;
  sheets: readonly SheetOption[];
  busy: boolean;
  onPickSheet: (name: string) => void;
}

export function SourceFileLine({ fileName, sheetName, sheets, busy, onPickSheet }: SourceFileLineProps) {
  const note = sheetNote(sheetName, sheets);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <Typography.Text type="secondary">文件：{fileName}</Typography.Text>
        {sheets.length > 1 ? (
          <Space size="small">
            <Typography.Text type="secondary">工作表：</Typography.Text>
            <Select
              aria-label="工作表"
              value={sheetName}
              disabled={busy}
              style={{ minWidth: 220 }}
              options={sheets.map((s) => ({ value: s.name, label: `${s.name}（${s.filledRows}行）` }))}
              onChange={onPickSheet}
            />
          </Space>
        ) : (
          <Typography.Text type="secondary">工作表：{sheetName}</Typography.Text>
        )}
      </Space>
      {note && <Alert type="info" showIcon title={note} />}
    </Space>
  );
}
