// Shown for an item that does not exist or was deleted (a stale link, the recycle bin).
import { Button, Result } from 'antd';
import { navigate } from '../../app/router';

export function OpinionNotFound() {
  return (
    <Result status="404" title="找不到这条社情民意信息" subTitle="它可能已被删除（可在回收站恢复）"
      extra={<Button onClick={() => navigate({ name: 'opinions' })}>返回社情民意列表</Button>} />
  );
}
