// 生成年度报告 on the home screen: the chosen year's 民主监督工作情况汇报 in one click, with the
// office's template and layout, downloaded (or saved where the user chooses) as .docx. When the
// template cannot print (a placeholder names no figure) it says why and points to 报告.
import { useState } from 'react';
import { App, Button } from 'antd';
import { navigate } from '../../app/router';

/** `committee`: the committee chosen on the home screen of a city ledger, if any. */
export function YearReportButton({ year, committee }: { year: number; committee?: string | undefined }) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    try {
      // The Word writer is loaded on the first click, so the home screen opens without it.
      const { makeYearReport } = await import('./make-report');
      const saved = await makeYearReport('supervision', year, committee);
      if (saved) message.success(`${year}年度报告已生成：${saved.fileName}`);
    } catch (e) {
      modal.error({
        title: '报告未生成',
        content: e instanceof Error ? e.message : String(e),
        okText: '到“报告”页查看',
        onOk: () => navigate({ name: 'reports' }),
      });
    } finally {
      setBusy(false);
    }
  };
  return <Button type="primary" loading={busy} onClick={() => void make()}>生成年度报告</Button>;
}
