// A member's 履职档案 through the report writer: a valid .docx on the GB/T 9704 page whose text
// holds the title, the sentences and the table of points.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { writeReportDocx, reportFileName } from './write-report-docx';
import { buildDutyRecordModel } from '../../domain/scores/duty-record-model';
import { computeMemberDuties } from '../../domain/scores/member-duty';
import { DEFAULT_SCORE_RULES } from '../../domain/scores/score-rules';
import { DUTY_INPUT, MEMBERS } from '../../domain/scores/scores-fixture';

describe('履职档案 .docx', () => {
  it('lays the record out on the A4 GB/T page with its title, sentences and points', async () => {
    const [duty] = computeMemberDuties(['a'], DUTY_INPUT, DEFAULT_SCORE_RULES, 2025);
    const doc = buildDutyRecordModel({ member: MEMBERS[0]!, duty: duty!, rules: DEFAULT_SCORE_RULES, committee: { name: '罗城仫佬族自治县政协', shortName: '县政协' }, dateText: '2025年12月20日' });
    const zip = await JSZip.loadAsync(await writeReportDocx(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
    expect(text).toContain('张三同志2025年度履职档案');
    expect(text).toContain('全年积分98分（满分100分），等次为优秀。');
    expect(text).toContain('会议：出席全体会议6个半天5分/半天30');
    expect(text).toContain('合计98');
    expect(reportFileName(doc, 2025)).toBe('张三同志2025年度履职档案.docx');
  });
});
