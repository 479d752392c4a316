// The office's own report settings: the templates it has edited (a kind it never edited uses
// the default) and the layout choices GB/T 9704 leaves open (page numbers outside or centred,
// the faces its PCs have). Kept inside the settings record beside the proposal settings, so a
// backup carries them and a restore validates them with the rest of the record.
import { z } from 'zod';
import { REPORT_TEMPLATE_KINDS, reportTemplateSchema, resetTemplate, type ReportKind, type ReportTemplate } from '../report/report-template';
import { cleanText } from '../common/text';
import { DEFAULT_REPORT_STYLE, reportStyleSchema, type RangeStyle, type ReportStyle } from '../report/report-style';
import { tooLong } from '../common/too-long';

export const PAGE_NUMBER_POSITIONS = ['outside', 'center'] as const;
export type PageNumberPosition = (typeof PAGE_NUMBER_POSITIONS)[number];

export const PAGE_NUMBER_LABELS: Record<PageNumberPosition, string> = {
  outside: '单页居右、双页居左（公文格式）',
  center: '居中（讲话稿常用）',
};

export interface ReportFonts {
  /** 标题: 二号小标宋 */
  title: string;
  /** 正文 and level 3–4 headings: 三号仿宋 */
  body: string;
  /** 一级标题 一、: 黑体 */
  heading1: string;
  /** 二级标题 （一）: 楷体 */
  heading2: string;
}

export const FONT_ROLE_LABELS: Record<keyof ReportFonts, string> = {
  title: '标题字体',
  body: '正文字体',
  heading1: '一级标题字体',
  heading2: '二级标题字体',
};

/** The faces GB/T 9704 names; the docx names the fallbacks for PCs that lack them. */
export const DEFAULT_REPORT_FONTS: ReportFonts = { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312' };

/** Faces offered in the picker; the office may type any other it has installed. */
export const COMMON_REPORT_FONTS: Record<keyof ReportFonts, string[]> = {
  title: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', '宋体'],
  body: ['仿宋_GB2312', '仿宋', '方正仿宋_GBK', 'FangSong'],
  heading1: ['黑体', '方正黑体_GBK', 'SimHei'],
  heading2: ['楷体_GB2312', '楷体', '方正楷体_GBK', 'KaiTi'],
};

export interface ReportLayoutSettings {
  pageNumbers: PageNumberPosition;
  fonts: ReportFonts;
  /** How a range is written (1至2名); absent in layouts saved before it could be chosen: the default. */
  rangeStyle?: RangeStyle;
  /** Decimals of a rate (95.2% or 88.75%); absent: one. */
  rateDecimals?: 1 | 2;
}

export const DEFAULT_REPORT_LAYOUT_SETTINGS: ReportLayoutSettings = { pageNumbers: 'outside', fonts: DEFAULT_REPORT_FONTS };

const fontName = (label: string) =>
  z.preprocess(
    cleanText,
    z
      .string()
      .min(1, `请填写${label}`)
      .max(40, tooLong(label, 40))
      // The name goes into the document's XML and font table: quotes and angle brackets never belong in a face name.
      .refine((v) => !/[<>"&]/.test(v), `${label}不能含有 < > " & 等符号`),
  );

export const reportLayoutSettingsSchema = z.object({
  pageNumbers: z.enum(PAGE_NUMBER_POSITIONS, { error: '页码位置只能是“单双页左右”或“居中”' }),
  rangeStyle: reportStyleSchema.shape.rangeStyle.optional(),
  rateDecimals: reportStyleSchema.shape.rateDecimals.optional(),
  fonts: z.object({
    title: fontName(FONT_ROLE_LABELS.title),
    body: fontName(FONT_ROLE_LABELS.body),
    heading1: fontName(FONT_ROLE_LABELS.heading1),
    heading2: fontName(FONT_ROLE_LABELS.heading2),
  }),
});

export type SavedTemplates = Partial<Record<ReportKind, ReportTemplate>>;

export interface ReportSettings {
  /** Only the kinds the office has edited and saved. */
  templates: SavedTemplates;
  layout?: ReportLayoutSettings;
}

const templatesSchema = z
  .object(Object.fromEntries(REPORT_TEMPLATE_KINDS.map((k) => [k, reportTemplateSchema.optional()])) as Record<ReportKind, z.ZodOptional<typeof reportTemplateSchema>>)
  .superRefine((templates, ctx) => {
    for (const kind of REPORT_TEMPLATE_KINDS) {
      const t = templates[kind];
      if (t && t.kind !== kind) ctx.addIssue({ code: 'custom', path: [kind, 'kind'], message: `保存为“${kind}”的模板实际是“${t.kind}”类型` });
    }
  });

export const reportSettingsSchema = z.object({
  templates: templatesSchema,
  layout: reportLayoutSettingsSchema.optional(),
});

/** The template in force for a kind: the office's saved one, or a fresh copy of the default. */
export function templateInForce(settings: ReportSettings | undefined, kind: ReportKind): ReportTemplate {
  const saved = settings?.templates[kind];
  return saved ? structuredClone(saved) : resetTemplate(kind);
}

export function layoutInForce(settings: ReportSettings | undefined): ReportLayoutSettings {
  return settings?.layout ?? DEFAULT_REPORT_LAYOUT_SETTINGS;
}

/** How the office writes ranges and rates, from its saved layout (the defaults where it chose nothing). */
export function styleInForce(settings: ReportSettings | undefined): ReportStyle {
  const layout = settings?.layout;
  return { rangeStyle: layout?.rangeStyle ?? DEFAULT_REPORT_STYLE.rangeStyle, rateDecimals: layout?.rateDecimals ?? DEFAULT_REPORT_STYLE.rateDecimals };
}
