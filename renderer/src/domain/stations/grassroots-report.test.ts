// The 民主监督 report's sentences about 主题实践活动, 联络站, "三个一" and 文史资料, filled from the
// report fixture's grass-roots records (grassroots-report-fixture.ts, worked out by hand there).
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../report/figure-catalogue';
import { renderReport } from '../report/render-report';
import { DEFAULT_TEMPLATES } from '../report/report-template';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from '../report/report-fixtures';

describe('the grass-roots sentences of the 民主监督工作情况汇报', () => {
  const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
  const doc = renderReport(DEFAULT_TEMPLATES.supervision, figures, { committeeName: FIXTURE_COMMITTEE, issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE });
  const text = doc.blocks.map((b) => (b.kind === 'table' || b.kind === 'chart' ? '' : b.text)).join('\n');

  it('states the figures in their sentences', () => {
    for (const sentence of [
      '以界别、乡镇为单位组织委员开展3类履职活动3次，参加委员3名、6人次',
      '在全县设立乡镇政协工作联络站2个，驻地1至2名政协委员担任工作人员，负责驻本乡镇4名委员的日常联络管理和履职服务工作。',
      '已有1个乡镇政协工作联络站八项全部达到。',
      '2个界别的委员共联系2个村、3户群众，为民办实事好事3件次，其中包括出钱出力1件次、建言建策1件次，直接参与和组织发动有关委员单位企业投入资金及物资折款0.65万元。',
      '收集文稿1.2万字、图片10张，出版文史资料1辑15万字、印制2000册；加强对政协委员先进事迹的采访宣传，共采访委员1名。',
    ]) expect(text).toContain(sentence);
    // The fixture's 0 (no activity is a 乡镇's) leaves that sentence out, its 6 opinions and 2 problems with it.
    expect(text).not.toContain('组织驻乡镇委员开展活动');
    expect(doc.omitted!.map((o) => o.reasons)).toContainEqual(['本年未登记乡镇政协工作联络站活动']);
    expect(doc.problems).toEqual([]);
  });
});
