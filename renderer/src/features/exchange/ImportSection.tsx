// 导入交换包: choose a package; it is checked (a bad one is refused with the reason and nothing
// is written), then previewed; only 确认导入 writes, in one transaction.
import { useRef, type ChangeEvent } from 'react';
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { filtersToAccept } from '../../platform/file-filters';
import { EXCHANGE_FILTERS } from './exchange-view';
import { ImportPreview } from './ImportPreview';
import { useImportFlow } from './use-import-flow';

export function ImportSection() {
  const inputRef = useRef<HTMLInputElement>(null);
  const flow = useImportFlow();
  const { chosen } = flow;

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    event.target.value = '';
    if (file) void flow.offer(file);
  };

  return (
    // The file button is on the card's title line: below the export card, the body starts past the
    // bottom of a 1366×768 screen.
    <section aria-label="导入交换包">
      <Card title="导入交换包" style={{ marginBottom: 16 }} extra={(
        <Button onClick={() => inputRef.current?.click()} disabled={chosen.kind === 'reading' || flow.busy}>
          选择交换包
        </Button>
      )}>
        <input
          ref={inputRef}
          type="file"
          accept={filtersToAccept(EXCHANGE_FILTERS)}
          data-testid="exchange-file-input"
          aria-label="选择交换包"
          style={{ display: 'none' }}
          onChange={onFileChosen}
        />
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            导入另一台电脑导出的交换包。同一条记录以修改较晚的为准；两台电脑在上次交换后都改过的记录，会并排列出，由您选择保留哪一方。导入前会先显示将要发生的变化。
          </Typography.Paragraph>
          {chosen.kind === 'reading' && (
            <Spin description={`正在读取并检查“${chosen.fileName}”…`}>
              <div style={{ height: 48 }} />
            </Spin>
          )}
          {chosen.kind === 'refused' && <Alert type="error" showIcon title={chosen.message} description={`所选文件：${chosen.fileName}。台账没有任何改动。`} />}
          {chosen.kind === 'ready' && (
            <ImportPreview chosen={chosen} choices={flow.choices} busy={flow.busy} onChoose={flow.choose} onConfirm={flow.confirm} onCancel={flow.cancel} />
          )}
        </Space>
      </Card>
    </section>
  );
}
