// A record's files in one line, for a row of a table (a reply's 答复函): each file a link that
// saves it, a small 删除, and 上传 to add one. The same store and rules as AttachmentsPanel.
import { Button, Popconfirm, Space, Upload } from 'antd';
import { useAttachments, type AttachmentOwner } from './use-attachments';

export function AttachmentLinks({ owner, addLabel = '上传' }: { owner: AttachmentOwner; addLabel?: string }) {
  const { files, adding, addFile, download, remove } = useAttachments(owner);
  return (
    <Space size={4} wrap>
      {(files ?? []).map((f) => (
        <Space key={f.id} size={0}>
          <Button type="link" size="small" aria-label={`下载附件：${f.name}`} onClick={() => void download(f)}>{f.name}</Button>
          <Popconfirm title={`删除附件“${f.name}”？`} description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={() => remove(f)}>
            <Button type="link" size="small" danger aria-label={`删除附件：${f.name}`}>×</Button>
          </Popconfirm>
        </Space>
      ))}
      <Upload
        showUploadList={false}
        beforeUpload={(file) => {
          void addFile(file);
          return false;
        }}
      >
        <Button size="small" disabled={adding}>{addLabel}</Button>
      </Upload>
    </Space>
  );
}
