// What the station form sends, checked with Chinese messages keyed by field: the township from
// its dictionary, one or two staff members from the committee's roll, and the "八个有" checklist
// as one date per item ('' while not met) — a date after today is refused, since the checklist
// records what a station has, not what it plans.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { isIsoDate } from '../common/dates';
import { textField } from '../common/text';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';
import { EIGHT_HAS, type StationFields, type StationWork } from './station';
import type { Wanted } from '../common/row-stamps';

const text = (max: number, label: string) => z.preprocess(textField, z.string().max(max, tooLong(label, max)));
const isoDate = (label: string) => z.string({ error: `请填写${label}` }).refine(isIsoDate, `请填写正确的${label}，格式如 2025-03-05`);
const count = (label: string) => z.number({ error: `${label}应为数字` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(99999, `${label}不超过99999`);

export const stationInputSchema = z.object({
  township: z.preprocess(textField, z.string().min(1, '请选择乡镇').max(30, tooLong('乡镇', 30))),
  establishedDate: isoDate('成立日期'),
  head: text(20, '站长姓名'),
  staffMemberIds: z.array(z.string().min(1).max(64)).min(1, '请选择1至2名工作人员').max(2, '工作人员为1至2名'),
  // Every one of the eight items, each a date or empty; the message names the item.
  checklist: z.record(z.enum(EIGHT_HAS), z.string()).superRefine((checklist, ctx) => {
    for (const item of EIGHT_HAS) {
      if (checklist[item] !== '' && !isIsoDate(checklist[item])) ctx.addIssue({ code: 'custom', path: [item], message: `请填写正确的“${item}”日期` });
    }
  }),
  // A row loaded from the station keeps its id, so saving (stampRows) edits that row.
  work: z.array(z.object({
    id: z.string().min(1).max(64).optional(),
    date: isoDate('日期'),
    opinions: count('收集意见条数'),
    problems: count('解决问题个数'),
    note: text(1000, '说明'),
  })).max(1000, '工作记录不超过1000条'),
  note: text(2000, '备注'),
});
export type StationInput = z.infer<typeof stationInputSchema>;

export interface StationContext {
  townships: readonly string[];
  /** The committee's serving members: only they can staff a station. */
  memberIds: ReadonlySet<string>;
  /** Today, ISO: no date may be after it. */
  today: string;
}

/** Shape, then the rules across fields and records; the value is what the station stores. */
/** What the station stores, its work log as the rows wanted (stamped when saved). */
export type StationValue = Omit<StationFields, 'work'> & { work: Wanted<StationWork>[] };

export function validateStationInput(input: unknown, ctx: StationContext): Validated<StationValue> {
  const shaped = validateWith(stationInputSchema, input);
  if (!shaped.ok) return shaped;
  const v = shaped.value;
  const errors: FieldErrors = {};
  checkInDictionary(errors, 'township', '乡镇', v.township, ctx.townships);
  const future = (date: string) => date > ctx.today;
  if (future(v.establishedDate)) errors.establishedDate = '成立日期不能晚于今天';
  v.staffMemberIds.forEach((id, i) => {
    if (!ctx.memberIds.has(id)) errors[`staffMemberIds.${i}`] = `第${i + 1}名工作人员不是本会政协委员，工作人员须由驻地政协委员担任`;
    else if (v.staffMemberIds.indexOf(id) !== i) errors[`staffMemberIds.${i}`] = `第${i + 1}名工作人员与前面的重复`;
  });
  // antd shows an error on the list itself only under the list's own name.
  const firstStaffError = Object.keys(errors).find((k) => k.startsWith('staffMemberIds.'));
  if (firstStaffError) errors.staffMemberIds = errors[firstStaffError]!;
  for (const item of EIGHT_HAS) {
    const date = v.checklist[item];
    if (date && future(date)) errors[`checklist.${item}`] = `“${item}”的日期不能晚于今天`;
  }
  v.work.forEach((w, i) => {
    if (future(w.date)) errors[`work.${i}.date`] = `第${i + 1}条工作记录的日期不能晚于今天`;
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      township: v.township,
      establishedDate: v.establishedDate,
      head: v.head,
      staffMemberIds: v.staffMemberIds,
      checklist: EIGHT_HAS.filter((item) => v.checklist[item]).map((item) => ({ item, date: v.checklist[item] })),
      work: [...v.work].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      note: v.note,
    },
  };
}

/** The form's checklist: a date per item, '' for those not met. */
export function checklistFormValue(checklist: readonly { item: (typeof EIGHT_HAS)[number]; date: string }[]): Record<(typeof EIGHT_HAS)[number], string> {
  return Object.fromEntries(EIGHT_HAS.map((item) => [item, checklist.find((c) => c.item === item)?.date ?? ''])) as Record<(typeof EIGHT_HAS)[number], string>;
}
