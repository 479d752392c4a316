// The command line has no browser to draw a chart with: a saved template's {{chart:…}} is left
// out of the .docx with a note on stderr naming it, and the rest of the report is written.
import type { ReportTemplate } from '../../renderer/src/domain/report/report-template';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { serializeBackup } from '../../renderer/src/domain/backup/backup-format';
import { reportFixtureLedger } from '../../renderer/src/domain/report/report-fixtures';
import { runLedgerCli } from './cli';
import type { CliIo } from './cli-io';

const META = { createdAt: '2025-12-01T08:00:00.000Z', appVersion: '0.1.0', schemaVersion: 2 };

describe('npm run ledger -- report with a chart in the template', () => {
  it('writes the report without the chart and says so in Chinese', async () => {
    const ledger = reportFixtureLedger();
    ledger.settings!.reports = {
      templates: { standing: // As the earlier release saved it: paragraphs as plain strings, migrated when read.
      { kind: 'standing', title: '工作报告', occasion: '', speaker: '', useSpeechHeader: false, sections: [{ id: 'a', level: 1, heading: '提案', hidden: false, paragraphs: ['收到提案{{proposals.received}}件。', '{{chart:proposals.replyClass}}'] }] } as unknown as ReportTemplate },
    };
    const backup = await serializeBackup(ledger, META);
    const written = new Map<string, Uint8Array>();
    let err = '';
    const io: CliIo = {
      readText: () => Promise.resolve(backup),
      writeBytes: (path, bytes) => Promise.resolve(void written.set(path, bytes)),
      out: () => undefined,
      err: (t) => void (err += t),
    };
    expect(await runLedgerCli(['report', 'b.json', '--year', '2025', '--until', '2025-11-30', '--kind', 'standing', '--out', 'r.docx'], io)).toBe(0);
    expect(err).toContain('提示：命令行无法把图表绘制为图片，已略去“提案答复类别统计图”');
    const document = await (await JSZip.loadAsync(written.get('r.docx')!)).file('word/document.xml')!.async('string');
    expect(document).toContain('收到提案7件。');
    expect(document).not.toContain('<w:drawing>');
  });
});
