// What the detail and edit pages show for an activity that is deleted or never existed.
import { Result } from 'antd';
import { hrefOf } from '../../app/router';

export function ActivityNotFound() {
  return <Result status="404" title="未找到该活动（可能已被删除）" extra={<a href={hrefOf({ name: 'activities' })}>返回履职活动</a>} />;
}
