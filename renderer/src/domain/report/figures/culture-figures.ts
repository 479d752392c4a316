// 文史资料 and 委员事迹宣传 figures (domain/culture): 万字 and photos collected, volumes (辑)
// published with their 万字 and copies, and the members interviewed.
import type { Ledger } from '../../ledger/ledger';
import { computeCultureFigures, type CultureFigures } from '../../culture/culture-figures';
import type { CultureRecord } from '../../culture/culture';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { referencedOnRead, type FigureRecordRef, type FigureResult } from '../figure-result';
import { dateText, memberRef, membersById, memo, scopeKey } from './figure-slices';

const GROUP = '文史资料';

function cultureSlice(ledger: Ledger, scope: FigureScope): CultureFigures {
  return memo(ledger, `culture|${scopeKey(scope)}`, () => computeCultureFigures(ledger.culture ?? [], scope.year, scope.until));
}

function cultureRef(r: CultureRecord): FigureRecordRef {
  return { table: 'culture', id: r.id, label: `${dateText(r.date)} ${r.title || r.kind}` };
}

function figure(key: string, label: string, unit: string, count: (f: CultureFigures, ledger: Ledger) => FigureResult): FigureDefinition {
  return { key, label, unit, group: GROUP, count: (ledger, scope) => count(cultureSlice(ledger, scope), ledger) };
}

export const CULTURE_REPORT_FIGURES: readonly FigureDefinition[] = withSynonyms([
  figure('culture.collectedWan', '收集文史文稿', '万字', (f) => referencedOnRead(f.collectedWan, f.materials, cultureRef)),
  figure('culture.materials', '收集文史文稿', '篇', (f) => referencedOnRead(f.materials.length, f.materials, cultureRef)),
  figure('culture.photos', '收集文史图片', '张', (f) => referencedOnRead(f.photos, f.materials.filter((m) => m.photos > 0), cultureRef)),
  figure('culture.volumes', '出版文史资料', '辑', (f) => referencedOnRead(f.volumes.length, f.volumes, cultureRef)),
  figure('culture.publishedWan', '出版文史资料', '万字', (f) => referencedOnRead(f.publishedWan, f.volumes, cultureRef)),
  figure('culture.copies', '文史资料印数', '册', (f) => referencedOnRead(f.copies, f.volumes, cultureRef)),
  figure('culture.interviewedMembers', '采访宣传委员', '名', (f, ledger) => {
    const byId = membersById(ledger);
    return { value: f.memberIds.length, records: f.memberIds.flatMap((id) => { const m = byId.get(id); return m ? [memberRef(m)] : []; }) };
  }),
  figure('culture.interviews', '委员事迹报道', '篇', (f) => referencedOnRead(f.interviews.length, f.interviews, cultureRef)),
], {
  'culture.collectedWan': ['收集文稿', '征集文稿', '文稿', '文史稿件', '文史文稿'],
  'culture.photos': ['图片', '收集图片', '照片'],
  'culture.publishedWan': ['出版', '整理、出版', '出版文史资料'],
  'culture.volumes': ['出版文史资料', '文史资料', '编辑出版'],
  'culture.interviewedMembers': ['采访委员', '共采访委员'],
  'culture.materials': ['文史稿件', '征集文史稿件', '文史文稿'],
});
