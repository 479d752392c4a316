// 文史资料 and 委员事迹宣传 figures (domain/culture): 万字 and photos collected, volumes (辑)
// published with their 万字 and copies, and the members interviewed.
import type { Ledger } from '../../ledger/ledger';
import { formatChineseDate } from '../../common/dates';
import { computeCultureFigures, type CultureFigures } from '../../culture/culture-figures';
import type { CultureRecord } from '../../culture/culture';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import type { FigureRecordRef } from '../figure-result';
import { memberRef, memo, scopeKey } from './figure-slices';

const GROUP = '文史资料';

function cultureSlice(ledger: Ledger, scope: FigureScope): CultureFigures {
  return memo(ledger, `culture|${scopeKey(scope)}`, () => computeCultureFigures(ledger.culture ?? [], scope.year, scope.until));
}

function cultureRef(r: CultureRecord): FigureRecordRef {
  return { table: 'culture', id: r.id, label: `${formatChineseDate(r.date)} ${r.title || r.kind}` };
}

function figure(key: string, label: string, unit: string, count: (f: CultureFigures, ledger: Ledger) => { value: number; records: FigureRecordRef[] }): FigureDefinition {
  return { key, label, unit, group: GROUP, count: (ledger, scope) => count(cultureSlice(ledger, scope), ledger) };
}

export const CULTURE_REPORT_FIGURES: readonly FigureDefinition[] = withSynonyms([
  figure('culture.collectedWan', '收集文史文稿', '万字', (f) => ({ value: f.collectedWan, records: f.materials.map(cultureRef) })),
  figure('culture.materials', '收集文史文稿', '篇', (f) => ({ value: f.materials.length, records: f.materials.map(cultureRef) })),
  figure('culture.photos', '收集文史图片', '张', (f) => ({ value: f.photos, records: f.materials.filter((m) => m.photos > 0).map(cultureRef) })),
  figure('culture.volumes', '出版文史资料', '辑', (f) => ({ value: f.volumes.length, records: f.volumes.map(cultureRef) })),
  figure('culture.publishedWan', '出版文史资料', '万字', (f) => ({ value: f.publishedWan, records: f.volumes.map(cultureRef) })),
  figure('culture.copies', '文史资料印数', '册', (f) => ({ value: f.copies, records: f.volumes.map(cultureRef) })),
  figure('culture.interviewedMembers', '采访宣传委员', '名', (f, ledger) => {
    const byId = new Map(ledger.members.map((m) => [m.id, m]));
    return { value: f.memberIds.length, records: f.memberIds.flatMap((id) => { const m = byId.get(id); return m ? [memberRef(m)] : []; }) };
  }),
  figure('culture.interviews', '委员事迹报道', '篇', (f) => ({ value: f.interviews.length, records: f.interviews.map(cultureRef) })),
], {
  'culture.collectedWan': ['收集文稿', '征集文稿', '文稿', '文史稿件', '文史文稿'],
  'culture.photos': ['图片', '收集图片', '照片'],
  'culture.publishedWan': ['出版', '整理、出版', '出版文史资料'],
  'culture.volumes': ['出版文史资料', '文史资料'],
  'culture.interviewedMembers': ['采访委员', '共采访委员'],
  'culture.materials': ['文史稿件', '征集文史稿件', '文史文稿'],
});
