// The files kept with one record (an activity, a proposal, one reply row of a proposal): the
// list, and adding, saving to disk and deleting (to the recycle bin) with the messages the user
// sees. Both the attachments table and the inline links of a reply row use it. A file the ledger
// would refuse (type, size) is refused before its bytes are read.
import { useState } from 'react';
import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { AttachmentMeta } from '../../db/attachments-repo';
import { attachmentProblem, type AttachmentOwnerKind } from '../../domain/attachments/attachment';
import { saveAttachmentToDisk } from './save-attachment';

export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: string;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function useAttachments(owner: AttachmentOwner) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(0);
  const { kind, id } = owner;
  const files = useLiveQuery(() => appLedger.attachments.listAttachments(id), [id]);

  const addFile = async (file: File) => {
    const problem = attachmentProblem(file.name, file.size);
    if (problem) {
      message.error(problem);
      return;
    }
    setAdding((n) => n + 1);
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      const result = await appLedger.attachments.addAttachment({ kind, id }, { name: file.name, mime: file.type, data });
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

  return { files, adding: adding > 0, addFile, download, remove };
}
