import { paragraphsOf } from '../../domain/report/templates/authoring';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { computeFigures } from '../../domain/report/figure-catalogue';
import { renderReport, type ReportContext, type ReportDocument } from '../../domain/report/render-report';
import { DEFAULT_TEMPLATES, type ReportTemplate } from '../../domain/report/report-template';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from '../../domain/report/report-fixtures';
import { DEFAULT_REPORT_LAYOUT, reportFileName, reportLayoutFrom, ReportExportRefused, writeReportDocx } from './write-report-docx';

const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, issuer: '罗城仫佬族自治县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE };
const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
const render = (t: ReportTemplate = DEFAULT_TEMPLATES.supervision) => renderReport(t, figures, context);

async function parts(doc: ReportDocument, layout = DEFAULT_REPORT_LAYOUT) {
  const zip = await JSZip.loadAsync(await writeReportDocx(doc, layout));
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the docx`);
    return file.async('string');
  };
  const rels = await read('word/_rels/document.xml.rels');
  const footerOf = async (type: string) => {
    const document = await read('word/document.xml');
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(document)![1]!;
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
    return read(`word/${target}`);
  };
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), settings: await read('word/settings.xml'), fonts: await read('word/fontTable.xml'), footerOf };
}

/** The <w:style> element with this name. */
const styleNamed = (styles: string, name: string) => new RegExp(`<w:style [^>]*>(?:(?!</w:style>).)*?<w:name w:val="${name}"/>.*?</w:style>`, 's').exec(styles)?.[0] ?? '';
const docDefaults = (styles: string) => /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)![0];
/** All text of a part, as Word shows it. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('the report .docx (GB/T 9704)', () => {
  it('is an A4 page with margins 37/35/28/26 mm and no character grid', async () => {
    const { document } = await parts(render());
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^/]*)\/>/.exec(document)![1]!;
    expect(margins).toContain('w:top="2098"');
    expect(margins).toContain('w:bottom="1984"');
    expect(margins).toContain('w:left="1587"');
    expect(margins).toContain('w:right="1474"');
    expect(margins).toContain('w:footer="1288"');
    expect(document).not.toMatch(/<w:docGrid [^>]*w:type="(lines|linesAndChars|snapToChars)"/);
  });

  it('sets the body in 三号 仿宋_GB2312 with Times New Roman digits, exact 28.95 pt lines, −0.25 pt spacing, 2-character indent', async () => {
    const { styles, document } = await parts(render());
    const defaults = docDefaults(styles);
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"\/>/);
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:spacing w:val="-5"/>');
    expect(defaults).toMatch(/<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);
    expect(defaults).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>');
    expect(defaults).toContain('<w:jc w:val="both"/>');
    expect(defaults).toContain('<w:widowControl w:val="false"/>');
    // Every body paragraph carries the indent itself too, as WPS does not always read it from the defaults.
    const body = [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:t[^>]*>一是坚持会议制度/gs)];
    expect(body).toHaveLength(1);
    expect(body[0]![0]).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>');
  });

  it('sets the title in 二号 方正小标宋简体, centred, in the lines the program chose', async () => {
    const { styles, document } = await parts(render());
    const title = styleNamed(styles, 'Title');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).not.toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    const first = /<w:p>.*?<\/w:p>/s.exec(/<w:body>(.*)/s.exec(document)![1]!)![0];
    expect(first).toContain('<w:pStyle w:val="Title"/>');
    expect(styles.match(/<w:name w:val="Title"\/>/g)).toHaveLength(1);
    expect(first).toMatch(/<w:t xml:space="preserve">罗城仫佬族自治县政协关于2025年<\/w:t><\/w:r><w:r>(?:<w:rPr\/>)?<w:br\/><w:t xml:space="preserve">民主监督工作情况的汇报<\/w:t>/);
  });

  it('sets headings in 黑体, 楷体_GB2312 and 仿宋, 三号, not bold', async () => {
    const { styles, document } = await parts(render(DEFAULT_TEMPLATES.standing));
    for (const [name, face] of [['heading 1', '黑体'], ['heading 2', '楷体_GB2312'], ['heading 3', '仿宋_GB2312'], ['heading 4', '仿宋_GB2312']] as const) {
      const s = styleNamed(styles, name);
      expect(s, name).toContain(`w:eastAsia="${face}"`);
      expect(s, name).toContain('<w:sz w:val="32"/>');
      expect(s, name).toContain('<w:b w:val="false"/>');
      expect(s, name).toContain('w:line="579" w:lineRule="exact"');
      expect(s, name).toContain('<w:color w:val="000000"/>');
    }
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">一、2025年工作回顾/);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">（一）坚持团结民主，会议履职有质量/);
  });

  it('numbers pages — n — in 四号 宋体, odd pages right and even pages left, one character in', async () => {
    const { settings, footerOf } = await parts(render());
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const odd = await footerOf('default');
    const even = await footerOf('even');
    for (const footer of [odd, even]) {
      expect(textOf(footer)).toBe('—  —');
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toContain('<w:sz w:val="28"/>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('w:ascii="宋体"');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(odd).toMatch(/<w:ind [^>]*w:right="280"/);
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(even).toMatch(/<w:ind [^>]*w:left="280"/);
  });

  it('centres the page numbers when the office chooses it, and uses its fonts with fallbacks', async () => {
    const layout = reportLayoutFrom({ pageNumbers: 'centre', fonts: { title: '华文中宋', body: '仿宋', heading1: '方正黑体_GBK', heading2: '楷体' } });
    const { footerOf, styles, fonts } = await parts(render(), layout);
    expect(await footerOf('default')).toContain('<w:jc w:val="center"/>');
    expect(await footerOf('even')).toContain('<w:jc w:val="center"/>');
    expect(docDefaults(styles)).toContain('w:eastAsia="仿宋"');
    expect(styleNamed(styles, 'Title')).toContain('w:eastAsia="华文中宋"');
    expect(fonts).toContain('<w:font w:name="方正黑体_GBK"><w:altName w:val="黑体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
  });

  it('names the default faces with their fallbacks in the font table', async () => {
    const { fonts } = await parts(render());
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
  });

  it('ends with the issuer 右空二字 and the date below it, two characters further right', async () => {
    const { document } = await parts(render());
    // Issuer 13 characters, date 7 (digits are half-width): the date 13 − 7 = 6 characters from the right.
    const paragraphWith = (text: string) => new RegExp(`<w:p><w:pPr>((?:(?!</w:pPr>).)*)</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t>`).exec(document)?.[1] ?? '';
    const issuer = paragraphWith('罗城仫佬族自治县政协办公室');
    const date = paragraphWith('2025年11月30日');
    for (const p of [issuer, date]) expect(p).toContain('<w:jc w:val="right"/>');
    expect(issuer).toMatch(/<w:ind [^>]*w:right="640"/);
    expect(date).toMatch(/<w:ind [^>]*w:right="1920"/);
    // Never split across pages, nor alone on one: the body's last paragraph, the blank line and the
    // issuer each keep with the next.
    expect(issuer).toContain('<w:keepNext/>');
    const tail = document.slice(0, document.indexOf('罗城仫佬族自治县政协办公室</w:t>'));
    const lastParagraphs = tail.split('<w:p>').slice(-3, -1);
    expect(lastParagraphs).toHaveLength(2);
    for (const p of lastParagraphs) expect(p).toContain('<w:keepNext/>');
    expect(date).not.toContain('<w:keepNext/>');
  });

  it('writes the speech header and the tables', async () => {
    const standing = await parts(render({ ...DEFAULT_TEMPLATES.standing, useSpeechHeader: true, speaker: '县政协主席　韦明' }));
    expect(textOf(standing.document)).toContain('——在罗城仫佬族自治县政协全体会议上县政协主席　韦明各位委员、同志们：现在，我代表');
    const proposals = await parts(render(DEFAULT_TEMPLATES.proposals));
    expect(proposals.document.match(/<w:tbl>/g)).toHaveLength(2);
    expect(textOf(proposals.document)).toContain('提案办复类别统计表答复类别件数占比A类150.0%B类150.0%');
  });

  it('never breaks a table row across two pages, and repeats the header row on the next one', async () => {
    const { document } = await parts(render(DEFAULT_TEMPLATES.proposals));
    const rows = document.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows.length).toBeGreaterThan(2);
    // A row of a long label wraps to two lines; split between pages it reads as two rows.
    for (const row of rows) expect(row).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:cantSplit\/>/s);
    expect(rows.filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(2);
  });

  it('writes pasted control characters nowhere and opens with a 300-character title', async () => {
    const t: ReportTemplate = { ...DEFAULT_TEMPLATES.supervision, title: `长${'标题'.repeat(150)}\u000b\u0000`, sections: [{ id: 'x', level: 1, heading: '视察\u000c情况😀', hidden: false, paragraphs: paragraphsOf('x', ['正文\u0001内容']) }] };
    const { document } = await parts(render(t));
    expect(document).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(textOf(document)).toContain('视察情况正文内容');
    expect((document.match(/<w:br\/>/g) ?? []).length).toBeGreaterThanOrEqual(14);
  });

  it('refuses a report with an unknown figure', async () => {
    const doc = render({ ...DEFAULT_TEMPLATES.supervision, sections: [{ id: 'x', level: 1, heading: '', hidden: false, paragraphs: paragraphsOf('x', ['共{{no.such}}件']) }] });
    await expect(writeReportDocx(doc)).rejects.toBeInstanceOf(ReportExportRefused);
    await expect(writeReportDocx(doc)).rejects.toThrow('报告中有不存在的统计数字（no.such），请修正模板后再导出');
  });

  it('names the file after the report and the year', () => {
    expect(reportFileName(render(), 2025)).toBe('罗城仫佬族自治县政协关于2025年民主监督工作情况的汇报.docx');
    expect(reportFileName({ title: '常委会工作报告' }, 2025)).toBe('常委会工作报告（2025年）.docx');
    expect(reportFileName({ title: '关于"A/B"的*报告?' }, 2025)).toBe('关于AB的报告（2025年）.docx');
  });
});
