// 数据交换: move the ledger's changes between PCs by USB stick — export a package here, import
// one from another PC (previewed, conflicts settled by the user), the committees whose records
// the ledger holds (a city office's counties), and the log of both.
import { Typography } from 'antd';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { ExchangeLogSection } from './ExchangeLogSection';
import { CommitteesSection } from './CommitteesSection';

export function ExchangePage() {
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>数据交换</Typography.Title>
      <ExportSection />
      <ImportSection />
      <CommitteesSection />
      <ExchangeLogSection />
    </>
  );
}
