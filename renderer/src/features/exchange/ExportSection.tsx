// 导出交换包: what changed since the last export (the default, with its date shown), since a
// chosen date, or everything, written as one .cppcc-exchange file where the user chooses.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Dayjs } from 'dayjs';
import { App, Button, Card, DatePicker, Radio, Space, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { LATEST_SCHEMA_VERSION } from '../../db/schema-versions';
import { exchangeFileName, packageStamp, serializeExchangePackage } from '../../domain/exchange/exchange-format';
import { packageVersions } from '../../domain/exchange/exchange-log';
import { RECORD_TABLES, rowsOf } from '../../domain/exchange/exchange-tables';
import { getPlatform } from '../../platform';
import { APP_VERSION, errorText } from '../backup/backup-view';
import { CHINESE_DATE_FORMAT, formatDateTime } from '../shared/dates';
import { EXCHANGE_FILTERS } from './exchange-view';
import { installationId } from './installation-id';

type Scope = 'last' | 'date' | 'all';

export function ExportSection() {
  const { message } = App.useApp();
  // undefined while loading; null when this PC never exported.
  const lastExport = useLiveQuery(() => appLedger.exchange.lastExportAt(), []);
  const [chosen, setChosen] = useState<Scope | null>(null);
  const [date, setDate] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const scope: Scope = chosen ?? (lastExport ? 'last' : 'all');

  const since = (): string | null => {
    if (scope === 'last') return lastExport ?? null;
    if (scope === 'date') return date ? date.startOf('day').toDate().toISOString() : null;
    return null;
  };

  const exportPackage = async () => {
    if (scope === 'date' && !date) {
      message.warning('请选择从哪一天起导出');
      return;
    }
    setBusy(true);
    try {
      // Stamped before reading, so an edit made while the package is written is in the next one.
      const createdAt = new Date();
      const from = since();
      const [{ records, arrivedAt }, settings, seenFrom] = await Promise.all([appLedger.exchange.readChangesSince(from), appLedger.settings.getSettings(), appLedger.exchange.seenFromPcs()]);
      const committee = settings?.committee;
      const meta = {
        schemaVersion: LATEST_SCHEMA_VERSION, appVersion: APP_VERSION, installationId: installationId(),
        // As the header will say it (never before a stamp or arrival the package holds), so the log records the same instant.
        committee: committee?.name ?? '', since: from, createdAt: packageStamp(records, arrivedAt, createdAt.toISOString()), seenFrom, arrivedAt,
      };
      const bytes = new TextEncoder().encode(await serializeExchangePackage(records, meta));
      const saved = await getPlatform().saveFile(exchangeFileName(committee?.shortName ?? '', createdAt), bytes, EXCHANGE_FILTERS);
      if (!saved) return;
      const count = RECORD_TABLES.reduce((n, t) => n + rowsOf(records, t).length, 0);
      await appLedger.exchange.recordExport({
        fileName: saved.fileName, sourceInstallationId: meta.installationId, sourceCommittee: meta.committee,
        packageCreatedAt: meta.createdAt, since: from, records: count, versions: packageVersions(records),
      });
      message.success(`交换包已保存：${saved.fileName}（${count} 条记录）`);
    } catch (e) {
      message.error(`导出失败：${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="导出交换包" style={{ marginBottom: 16 }}>
      <section aria-label="导出交换包">
        <Typography.Paragraph>
          把本机台账中修改过的记录（包括删除到回收站的记录和附件）保存为一个交换包（.cppcc-exchange），用U盘带到另一台电脑上导入。本会设置不随交换包带走。
        </Typography.Paragraph>
        <Space orientation="vertical" size="middle">
          <Radio.Group value={scope} onChange={(e) => setChosen(e.target.value as Scope)} aria-label="导出范围">
            <Space orientation="vertical">
              <Radio value="last" disabled={!lastExport}>
                {lastExport ? `上次导出（${formatDateTime(lastExport)}）以来的修改` : '上次导出以来的修改（本机还没有导出过）'}
              </Radio>
              <Radio value="date">
                <Space>
                  从这一天起的修改
                  <DatePicker aria-label="导出起始日期" format={CHINESE_DATE_FORMAT} value={date} onChange={(d) => { setDate(d); setChosen('date'); }} />
                </Space>
              </Radio>
              <Radio value="all">全部记录（对方从未收到过本机的数据时选这一项）</Radio>
            </Space>
          </Radio.Group>
          <Button type="primary" loading={busy} onClick={() => void exportPackage()}>
            导出交换包
          </Button>
        </Space>
      </section>
    </Card>
  );
}
