// `ledger learn`: the numbers of a report .docx as JSON in document order with their proposals,
// and the refusals in Chinese for what it cannot read.
import { describe, expect, it } from 'vitest';
import { runLedgerCli } from './cli';
import type { CliIo } from './cli-io';
import type { LearnLine } from './learn-command';
import { parseAnnotatedReport } from '../../tests/fixtures/learn-reports/annotated';
import { buildReportDocx } from '../../tests/fixtures/learn-reports/build-report-docx';

async function run(argv: string[], files: Record<string, Uint8Array>) {
  let out = '';
  let err = '';
  const io: CliIo = {
    readText: () => Promise.reject(new Error('text not expected')),
    readBytes: (path) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }))),
    writeBytes: () => Promise.reject(new Error('no writing expected')),
    out: (t) => (out += t),
    err: (t) => (err += t),
  };
  const code = await runLedgerCli(argv, io);
  return { code, out, err };
}

const REPORT = parseAnnotatedReport(`
T: 关于⟦2025|year⟧年提案工作情况的报告
H1: 一、提案办理情况
P: 共收到提案⟦134|proposals.received⟧件，立案⟦120|proposals.registered⟧件，办结率⟦98.3%|proposals.replyRate⟧。召开主席会议⟦十二|activities.type.chairs⟧次。驻地⟦1—2|stations.staffMin⟧名委员担任联络站工作人员。主席会议每月听取⟦一|text⟧次汇报，接待群众⟦37|text⟧人次。
`);

describe('ledger learn', () => {
  it('prints every number of the report in order with the figure it proposes', async () => {
    const docx = await buildReportDocx(REPORT, 'word');
    const { code, out, err } = await run(['learn', '去年.docx', '--kind', 'proposals'], { '去年.docx': docx });
    expect(code).toBe(0);
    const lines = JSON.parse(out) as LearnLine[];
    expect(lines.map((l) => [l.text, l.value, l.unit, l.key])).toEqual([
      ['关于2025年', 2025, '年', null],
      ['共收到提案134件', 134, '件', 'proposals.received'],
      ['立案120件', 120, '件', 'proposals.registered'],
      ['办结率98.3%', 98.3, '%', 'proposals.replyRate'],
      ['召开主席会议十二次', 12, '次', 'activities.type.chairs'],
      ['驻地1—2名', 1, '名', 'stations.staffMin'],
      ['主席会议每月听取一次', 1, '次', null],
      ['接待群众37人次', 37, '人次', null],
    ]);
    expect(lines[0]!.role).toBe('year');
    expect(lines[1]!.sure).toBe(true);
    expect(lines[5]).toMatchObject({ to: 2, toKey: 'stations.staffMax' });
    // What it could not place is listed for the clerk.
    expect(err).toContain('接待群众37人次');
  });

  it('refuses a PDF, an old .doc and a file that is not there, in Chinese', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const files = { 'a.pdf': new TextEncoder().encode('%PDF-1.7 …'), 'b.doc': ole };
    expect((await run(['learn', 'a.pdf', '--kind', 'supervision'], files)).err).toContain('另存为');
    const doc = await run(['learn', 'b.doc', '--kind', 'supervision'], files);
    expect(doc.code).toBe(1);
    expect(doc.err).toContain('旧版 Word 的 .doc 格式');
    expect((await run(['learn', 'c.docx', '--kind', 'standing'], files)).err).toContain('找不到文件：c.docx');
    expect((await run(['learn', 'a.pdf', '--kind', 'member'], files)).err).toContain('请用 --kind 指明报告类型');
  });
});
