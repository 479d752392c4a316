// Every .docx and .xlsx the program writes opens in a strict XML parser even when the ledger's
// text holds characters XML cannot: each export is made from text salted with U+FFFE, U+FFFF,
// lone surrogates and C0 controls, and every XML part of the zip is decoded as strict UTF-8 and
// parsed by saxes (which refuses any character outside XML 1.0's Char, raw or escaped).
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { xmlSafeText, xmlSafeDeep } from './xml-safe-text';
import { writeRollXlsx } from './xlsx/write-roll';
import { writeProposalTableXlsx } from './xlsx/write-proposal-table';
import { writeDutyTableXlsx } from './xlsx/write-duty-table';
import { writeReportDocx } from './docx/write-report-docx';
import { emptyMemberFields } from '../domain/members/member';
import { PROPOSAL_TABLE_FIELDS, type ProposalTableRow } from '../domain/proposals/proposal-table-columns';
import { buildDutyTable } from '../domain/scores/duty-table';
import { DEFAULT_SCORE_RULES } from '../domain/scores/score-rules';
import { DUTY_INPUT, MEMBERS } from '../domain/scores/scores-fixture';
import { buildDutyRecordModel } from '../domain/scores/duty-record-model';
import { computeMemberDuties } from '../domain/scores/member-duty';
import type { ReportDocument } from '../domain/report/render-report';
import { DEFAULT_REPORT_LAYOUT } from './docx/write-report-docx';
import { writeSignInDocx } from './docx/write-sign-in-docx';
import { writeSignInXlsx } from './xlsx/write-sign-in-xlsx';
import { buildSignInSheet } from '../domain/activities/sign-in-sheet';

/** Every kind of character XML 1.0 cannot hold, between words that must survive. */
const BAD = '甲\uFFFE乙\uFFFF丙\uD800丁\uDFFF戊\u0000己\u0001庚\u001F辛\u0008壬';
const CLEANED = '甲乙丙丁戊己庚辛壬';

async function expectStrictXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/u.test(n));
  expect(names.length).toBeGreaterThan(2);
  let all = '';
  for (const name of names) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await zip.file(name)!.async('uint8array'));
    const parser = new SaxesParser({ xmlns: true });
    const errors: string[] = [];
    parser.on('error', (e) => errors.push(`${name}: ${e.message}`));
    parser.write(text).close();
    expect(errors).toEqual([]);
    all += text;
  }
  return all;
}

describe('xmlSafeText', () => {
  it('removes what XML cannot hold and keeps everything it can, astral characters included', () => {
    expect(xmlSafeText(BAD)).toBe(CLEANED);
    expect(xmlSafeText('a\tb\nc\rd 𠮷 \uD83D\uDE00 \uFFFD')).toBe('a\tb\nc\rd 𠮷 \uD83D\uDE00 \uFFFD');
    expect(xmlSafeText('第一行\u000b第二行\u000c')).toBe('第一行\n第二行\n');
  });

  it('cleans every string of plain data and passes bytes through untouched', () => {
    const png = new Uint8Array([0, 1, 0xff]);
    expect(xmlSafeDeep({ a: [BAD, { b: BAD }], n: 3, png })).toEqual({ a: [CLEANED, { b: CLEANED }], n: 3, png });
  });

  it('gives back what needs no cleaning as it is, and copies only the way down to a text that does', () => {
    const clean = { a: ['一', { b: '二' }], n: 3 };
    expect(xmlSafeDeep(clean)).toBe(clean);
    const mixed = { kept: { b: '二' }, changed: [{ c: BAD }] };
    const out = xmlSafeDeep(mixed);
    expect(out).toEqual({ kept: { b: '二' }, changed: [{ c: CLEANED }] });
    expect(out.kept).toBe(mixed.kept);
    expect(mixed.changed[0]!.c).toBe(BAD);
  });
});

describe('every writer gives a file a strict XML parser opens', () => {
  it('the roll .xlsx', async () => {
    const member = { ...emptyMemberFields(9), name: `王${BAD}`, workplace: BAD, note: BAD, committees: [BAD] };
    const xml = await expectStrictXml(await writeRollXlsx({ title: `名册${BAD}`, members: [member] }));
    expect(xml).toContain(CLEANED);
  });

  it('the 提案办理情况一览表 .xlsx', async () => {
    const row = Object.fromEntries(PROPOSAL_TABLE_FIELDS.map((f) => [f, BAD])) as ProposalTableRow;
    const xml = await expectStrictXml(await writeProposalTableXlsx({ title: BAD, subtitle: BAD, rows: [row] }));
    expect(xml).toContain(CLEANED);
  });

  it('the 履职情况统计表 .xlsx', async () => {
    const members = MEMBERS.map((m) => ({ ...m, name: `${m.name}${BAD}` }));
    const rows = buildDutyTable(members, DUTY_INPUT, DEFAULT_SCORE_RULES, 2025, ['中共', '教育']);
    const xml = await expectStrictXml(await writeDutyTableXlsx({ title: BAD, rows }));
    expect(xml).toContain(CLEANED);
  });

  it('a report .docx, with bad text in every kind of block and in the chosen font names', async () => {
    const doc: ReportDocument = {
      title: BAD, titleLines: [BAD], header: { occasion: BAD, speaker: BAD, salutation: '各位委员、同志们：' },
      blocks: [
        { kind: 'heading', level: 1, text: BAD },
        { kind: 'paragraph', text: BAD, figureKeys: [] },
        { kind: 'table', caption: BAD, columns: [BAD, BAD], rows: [[BAD, BAD]] },
      ],
      issuer: BAD, dateText: BAD, problems: [],
    };
    const layout = { ...DEFAULT_REPORT_LAYOUT, fonts: { ...DEFAULT_REPORT_LAYOUT.fonts, body: `仿宋${BAD}` } };
    const xml = await expectStrictXml(await writeReportDocx(doc, layout));
    expect(xml).toContain(CLEANED);
  });

  it('a member’s 履职档案 .docx', async () => {
    const [duty] = computeMemberDuties(['a'], DUTY_INPUT, DEFAULT_SCORE_RULES, 2025);
    const member = { ...MEMBERS[0]!, name: `张${BAD}` };
    const doc = buildDutyRecordModel({ member, duty: duty!, rules: DEFAULT_SCORE_RULES, committee: { name: `罗城${BAD}`, shortName: '县政协' }, dateText: '2025年12月20日' });
    const xml = await expectStrictXml(await writeReportDocx(doc));
    expect(xml).toContain(CLEANED);
  });

  it('an activity’s 签到表, .docx and .xlsx', async () => {
    const activity = { title: BAD, startDate: '2025-03-05', endDate: '2025-03-05', location: BAD };
    const sheet = buildSignInSheet(activity, [{ name: `王${BAD}`, sector: BAD, workplace: BAD }]);
    const layout = { ...DEFAULT_REPORT_LAYOUT, fonts: { ...DEFAULT_REPORT_LAYOUT.fonts, heading1: `黑体${BAD}` } };
    for (const bytes of [await writeSignInDocx(sheet, layout), await writeSignInXlsx(sheet)]) {
      expect(await expectStrictXml(bytes)).toContain(CLEANED);
    }
  });
});
