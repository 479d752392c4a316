// 附件 of a record (an activity's photos, a proposal's scanned text …): the files kept with it,
// each can be saved to disk (下载) or moved to the recycle bin (删除); 添加附件 stores new files in
// the ledger.
import { Button, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import type { AttachmentMeta } from '../../db/attachments-repo';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { formatSize, useAttachments, type AttachmentOwner } from './use-attachments';

interface Props {
  owner: AttachmentOwner;
  title?: string;
  /** What the empty table says; by default the kinds of file that can be added. */
  emptyText?: string;
}

const DEFAULT_EMPTY = '没有附件。可添加照片、PDF、Word、Excel 或文本文件，单个不超过 20 MB';

export function AttachmentsPanel({ owner, title = '附件', emptyText = DEFAULT_EMPTY }: Props) {
  const { files, adding, addFile, download, remove } = useAttachments(owner);
  return (
    <section aria-label={title}>
      <Space style={{ margin: '8px 0', justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{title}</Typography.Title>
        <Upload
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void addFile(file);
            return false;
          }}
        >
          <Button disabled={adding}>添加附件</Button>
        </Upload>
      </Space>
      <Table<AttachmentMeta>
        rowKey="id"
        size="small"
        loading={files === undefined}
        dataSource={files ?? []}
        pagination={false}
        locale={{ emptyText }}
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
    </section>
  );
}
