// 附件 of an activity: the files kept with it (photos, the PDF of a report …), each can be saved
// to disk (下载) or moved to the recycle bin (删除); 添加附件 stores new files in the ledger. A file
// the ledger would refuse (type, size) is refused before its bytes are read.
import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { AttachmentMeta } from '../../db/attachments-repo';
import { attachmentProblem } from '../../domain/attachments/attachment';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { saveAttachmentToDisk } from './save-attachment';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function AttachmentsPanel({ activityId }: { activityId: string }) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(0);
  const files = useLiveQuery(() => appLedger.attachments.listAttachments(activityId), [activityId]);

  const addFile = async (file: File) => {
    const problem = attachmentProblem(file.name, file.size);
    if (problem) {
      message.error(problem);
      return;
    }
    setAdding((n) => n + 1);
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      const result = await appLedger.attachments.addAttachment({ kind: 'activity', id: activityId }, { name: file.name, mime: file.type, data });
      if (result.ok) message.success(`已添加附件“${file.name}”`);
      else message.error(result.message);
    } catch {
      message.error(`读取“${file.name}”失败，请确认文件没有被其他程序占用`);
    } finally {
      setAdding((n) => n - 1);
    }
  };

  const download = async (meta: AttachmentMeta) => {
    const file = await appLedger.attachments.readAttachment(meta.id);
    if (!file) {
      message.error('该附件已被删除');
      return;
    }
    try {
      const saved = await saveAttachmentToDisk(file.name, file.data);
      if (saved) message.success(`已保存为“${saved.fileName}”`);
    } catch (e) {
      message.error(e instanceof Error && e.message ? e.message : `“${file.name}”未能保存，请换一个位置再试`);
    }
  };

  const remove = async (meta: AttachmentMeta) => {
    await appLedger.attachments.deleteAttachment(meta.id);
    message.success('已移入回收站');
  };

  return (
    <>
      <Space style={{ margin: '8px 0', justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>附件</Typography.Title>
        <Upload
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void addFile(file);
            return false;
          }}
        >
          <Button disabled={adding > 0}>添加附件</Button>
        </Upload>
      </Space>
      <Table<AttachmentMeta>
        rowKey="id"
        size="small"
        loading={files === undefined}
        dataSource={files ?? []}
        pagination={false}
        locale={{ emptyText: '没有附件。可添加照片、PDF、Word、Excel 或文本文件，单个不超过 20 MB' }}
        columns={[
          { title: '文件名', dataIndex: 'name' },
          { title: '大小', dataIndex: 'size', width: 100, render: (size: number) => formatSize(size) },
          { title: '添加日期', dataIndex: 'createdAt', width: 140, render: (at: string) => formatChineseDate(toIsoDate(new Date(at))) },
          {
            title: '操作', key: 'actions', width: 140,
            render: (_: unknown, f) => (
              <Space>
                <Button type="link" size="small" aria-label={`下载附件：${f.name}`} onClick={() => void download(f)}>下载</Button>
                <Popconfirm title={`删除附件“${f.name}”？`} description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={() => remove(f)}>
                  <Button type="link" size="small" danger aria-label={`删除附件：${f.name}`}>删除</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
