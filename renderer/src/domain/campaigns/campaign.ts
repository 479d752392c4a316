// 委员履职主题实践活动: each year the committee runs one campaign with a theme, and the
// activities that belong to it — organised by 界别 or by 乡镇 — are linked from the activity
// ledger rather than entered again. The report counts its kinds of activity (X余类), its
// activities and the members who took part.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { textField } from '../common/text';
import { validateWith, type FieldErrors, type Validated } from '../common/validation';

export interface CampaignFields {
  year: number;
  theme: string;
  activityIds: string[];
  note: string;
}

export interface Campaign extends BaseRecord, CampaignFields {
  isSample: boolean;
}

export const campaignSchema = baseRecordSchema.extend({
  year: z.number().int().min(1900).max(2200),
  theme: z.string().min(1).max(100),
  activityIds: z.array(z.string().min(1).max(64)).max(5000),
  note: z.string().max(2000),
  isSample: z.boolean(),
});

export const campaignInputSchema = z.object({
  year: z.number({ error: '请填写年度' }).int('年度应为整数').min(1900, '年度不正确').max(2200, '年度不正确'),
  theme: z.preprocess(textField, z.string().min(1, '请填写活动主题').max(100, tooLong('主题', 100))),
  activityIds: z.array(z.string().min(1).max(64)).max(5000, '关联活动不超过5000项'),
  note: z.preprocess(textField, z.string().max(2000, tooLong('备注', 2000))),
});

/**
 * Shape, and each linked activity must be a live activity of the campaign's year (`yearOf`
 * gives it; undefined for one that does not exist). The same activity twice is refused.
 */
export function validateCampaignInput(input: unknown, yearOf: (activityId: string) => number | undefined): Validated<CampaignFields> {
  const shaped = validateWith(campaignInputSchema, input);
  if (!shaped.ok) return shaped;
  const errors: FieldErrors = {};
  const { year, activityIds } = shaped.value;
  activityIds.forEach((id, i) => {
    const y = yearOf(id);
    if (y === undefined) errors[`activityIds.${i}`] = `第${i + 1}项关联活动不存在或已被删除`;
    else if (y !== year) errors[`activityIds.${i}`] = `第${i + 1}项关联活动不是${year}年度的活动`;
    else if (activityIds.indexOf(id) !== i) errors[`activityIds.${i}`] = `第${i + 1}项关联活动与前面的重复`;
  });
  const first = Object.keys(errors)[0];
  if (first) errors.activityIds = errors[first]!;
  return Object.keys(errors).length ? { ok: false, errors } : shaped;
}

