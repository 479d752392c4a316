// What the pairing and deed forms send, checked with Chinese messages at the field: a link is
// from a serving member or from a 界别 in the dictionary, never both; money is a number of 元,
// not negative, to the fen — "一万" or "-50" is refused where it was typed.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { isIsoDate } from '../common/dates';
import { textField } from '../common/text';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';
import { DEED_KINDS, PAIRING_LINK_KINDS, type PairingFields } from './pairing';

const text = (max: number, label: string) => z.preprocess(textField, z.string().max(max, tooLong(label, max)));
const isoDate = (label: string) => z.string({ error: `请填写${label}` }).refine(isIsoDate, `请填写正确的${label}，格式如 2025-03-05`);

export const pairingInputSchema = z
  .object({
    linkKind: z.enum(PAIRING_LINK_KINDS, { error: '请选择结对主体：委员或界别' }),
    memberId: z.string().max(64).nullable(),
    sector: text(30, '界别'),
    village: z.preprocess(textField, z.string().min(1, '请填写结对村').max(60, tooLong('村名', 60))),
    households: z.array(z.preprocess(textField, z.string().min(1, '户主姓名不能为空').max(30, tooLong('户主姓名', 30)))).max(500, '帮扶户不超过500户'),
    startDate: isoDate('结对日期'),
    note: text(2000, '备注'),
  })
  .superRefine((p, ctx) => {
    if (p.linkKind === '委员' && !p.memberId) ctx.addIssue({ code: 'custom', path: ['memberId'], message: '请选择结对委员' });
    if (p.linkKind === '界别' && !p.sector) ctx.addIssue({ code: 'custom', path: ['sector'], message: '请选择结对界别' });
    const seen = new Set<string>();
    p.households.forEach((h, i) => {
      if (seen.has(h)) ctx.addIssue({ code: 'custom', path: ['households', i], message: `第${i + 1}户与前面的重复` });
      seen.add(h);
    });
  });

export interface PairingContext {
  sectors: readonly string[];
  memberIds: ReadonlySet<string>;
}

export function validatePairingInput(input: unknown, ctx: PairingContext): Validated<PairingFields> {
  const shaped = validateWith(pairingInputSchema, input);
  if (!shaped.ok) return shaped;
  const v = shaped.value;
  const errors: FieldErrors = {};
  if (v.linkKind === '委员' && v.memberId && !ctx.memberIds.has(v.memberId)) errors.memberId = '结对委员不在委员名单中';
  if (v.linkKind === '界别') checkInDictionary(errors, 'sector', '界别', v.sector, ctx.sectors);
  if (Object.keys(errors).length) return { ok: false, errors };
  // The other side of the link is cleared, so a record never names both.
  return { ok: true, value: { ...v, memberId: v.linkKind === '委员' ? v.memberId : null, sector: v.linkKind === '界别' ? v.sector : '' } };
}

/** Money as typed: a number, or digits with up to two decimals; anything else stays as typed and fails. */
function moneyValue(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return value;
}

export const deedInputSchema = z.object({
  date: isoDate('日期'),
  kind: z.enum(DEED_KINDS, { error: '类别只能是出钱出力、建言建策或办实事好事' }),
  description: z.preprocess(textField, z.string().min(1, '请填写事项说明').max(1000, tooLong('说明', 1000))),
  amountYuan: z.preprocess(moneyValue, z.number({ error: '金额应为数字（单位：元）' })
    .min(0, '金额不能为负数')
    .max(1e10, '金额过大，请核对')
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, '金额最多保留两位小数（到分）')),
});
export type DeedInput = z.infer<typeof deedInputSchema>;

/** A deed is done for a link that exists: not before the link began, not after today. */
export function checkDeed(p: { startDate: string }, input: unknown, today: string): Validated<DeedInput> {
  const v = validateWith(deedInputSchema, input);
  if (!v.ok) return v;
  if (v.value.date < p.startDate) return { ok: false, errors: { date: '日期不能早于结对日期' } };
  if (v.value.date > today) return { ok: false, errors: { date: '日期不能晚于今天' } };
  return v;
}
