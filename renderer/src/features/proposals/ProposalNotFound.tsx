// What a proposal's page shows for a proposal that is deleted or never existed.
import { Result } from 'antd';
import { hrefOf } from '../../app/router';

export function ProposalNotFound() {
  return <Result status="404" title="未找到该提案（可能已被删除）" extra={<a href={hrefOf({ name: 'proposals' })}>返回提案</a>} />;
}
