// Marks a 示例数据 record wherever it is shown, so sample records are never taken for real ones.
import { Tag } from 'antd';

export function SampleTag({ isSample }: { isSample: boolean }) {
  return isSample ? <Tag color="orange">示例</Tag> : null;
}
