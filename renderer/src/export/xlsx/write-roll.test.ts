// The exported roll: its layout (merged title, note, frozen header, stroke order) and the promise
// that matters most — an exported roll imports back as exactly the members it was made from.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { writeRollXlsx, ROLL_COLUMNS } from './write-roll';
import { readRollGrid } from './read-roll';
import { detectRollHeader, planRollImport, previewRoll } from '../../domain/members/roll-import';
import { emptyMemberFields, GENDERS, MEMBER_ROLES, MEMBER_STATUSES, type MemberFields } from '../../domain/members/member';
import { sortByStroke } from '../../domain/common/stroke-order';
import { DEFAULT_COMMITTEES, DEFAULT_PARTIES, DEFAULT_SECTORS } from '../../domain/dictionaries/default-dictionaries';
import { SAMPLE_TOWNSHIPS } from '../../domain/sample/sample-places';
import type { Dictionaries } from '../../domain/dictionaries/dictionary-kinds';

const dicts: Dictionaries = {
  sector: [...DEFAULT_SECTORS], party: [...DEFAULT_PARTIES], township: [...SAMPLE_TOWNSHIPS],
  committee: [...DEFAULT_COMMITTEES], unit: [], activityType: [], proposalCategory: [],
};

const member = (patch: Partial<MemberFields>): MemberFields => ({ ...emptyMemberFields(9), ...patch });

const MEMBERS: MemberFields[] = [
  member({ name: '王明', gender: '男', ethnicity: '仫佬族', birthMonth: '1975-04', sector: '教育界', party: '民盟', township: '城关镇', workplace: '县第一中学校长', role: '常委', committees: ['教科卫体委员会', '提案委员会'], phone: '13800000001' }),
  member({ name: '欧阳晓东', gender: '女', birthMonth: '1980-10', sector: '经济界', party: '无党派人士', workplace: '罗城某某有限公司董事长', phone: '0778-8212345', note: '新任\n第二行' }),
  member({ name: '丁一', gender: '男', birthMonth: '1962-01', sector: '中共', party: '中共', term: 8, status: '调离', statusDate: '2024-06-30' }),
  member({ name: '韦小宝' }),
];

async function importBack(bytes: Uint8Array): Promise<MemberFields[]> {
  const read = await readRollGrid(bytes);
  if (!read.ok) throw new Error(read.message);
  const detected = detectRollHeader(read.grid);
  if (!detected.ok) throw new Error(detected.message);
  expect(detected.header.sure).toBe(true);
  const rows = previewRoll(read.grid, detected.header, { dictionaries: dicts, existingMembers: [], currentTerm: 9, today: '2025-12-31' });
  for (const row of rows) expect(row.problems).toEqual([]);
  return planRollImport(rows, { accepted: [] }).members;
}

describe('writeRollXlsx', () => {
  it('lays the roll out with a merged title, the note, a frozen header and members in stroke order', async () => {
    const bytes = await writeRollXlsx({ title: '罗城仫佬族自治县政协委员名册', members: MEMBERS });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('罗城仫佬族自治县政协委员名册');
    expect(sheet.getCell('P1').isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toBe('（按姓氏笔画为序）');
    expect(sheet.getRow(3).values).toEqual([undefined, ...ROLL_COLUMNS.map((c) => c.header)]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const names = [4, 5, 6, 7].map((r) => sheet.getCell(r, 2).value);
    expect(names).toEqual(sortByStroke(MEMBERS, (m) => m.name).map((m) => m.name));
    expect(names[0]).toBe('丁一');
    expect(sheet.getCell(4, 5).value).toBe('1962.01');
    expect(sheet.getCell(4, 11).value).toBe('第八届');
    expect(sheet.getCell(4, 2).border.top).toEqual({ style: 'thin' });
  });

  it('imports back unchanged through read-roll and roll-import', async () => {
    const bytes = await writeRollXlsx({ title: '委员名册', members: MEMBERS });
    expect(await importBack(bytes)).toEqual(sortByStroke(MEMBERS, (m) => m.name));
  });

  it('round-trips any valid members', async () => {
    const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
    const text = (max: number) => fc.string({ maxLength: max }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim());
    const arbMember = fc.record({
      name: fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...'王李张欧阳覃韦明华丽强军') }),
      gender: pick(['', ...GENDERS] as const),
      ethnicity: text(6),
      birthMonth: fc.option(fc.tuple(fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 1, max: 12 })), { nil: null })
        .map((ym) => (ym ? `${ym[0]}-${String(ym[1]).padStart(2, '0')}` : '')),
      sector: pick(['', ...DEFAULT_SECTORS]),
      party: pick(['', ...DEFAULT_PARTIES]),
      township: pick(['', ...SAMPLE_TOWNSHIPS]),
      workplace: text(30),
      role: pick(MEMBER_ROLES),
      term: fc.integer({ min: 1, max: 30 }),
      committees: fc.uniqueArray(pick(DEFAULT_COMMITTEES), { maxLength: 3 }),
      phone: fc.stringMatching(/^[0-9]{0,11}$/),
      note: text(20),
      status: pick(MEMBER_STATUSES),
      statusDate: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), { nil: null })
        .map((d) => (d ? d.toISOString().slice(0, 10) : '')),
    }).map((m) => ({ ...emptyMemberFields(9), ...m, statusDate: m.status !== '在任' && !m.statusDate ? '2024-06-30' : m.statusDate }));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(arbMember, { minLength: 1, maxLength: 5, selector: (m) => m.name }), async (members) => {
        const back = await importBack(await writeRollXlsx({ title: '委员名册', members }));
        expect(back).toEqual(sortByStroke(members, (m) => m.name));
      }),
      { numRuns: 25 },
    );
  });
});
