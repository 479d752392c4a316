// The preview's A4 sheet in real millimetres and points, with the numbers of GB/T 9704: margins
// 37/26/35/28 mm, a 156 × 225 mm type area of 22 lines, 三号 (16 pt) body, 二号 (22 pt) title,
// 四号 (14 pt) page numbers 7 mm below the type area. The office's chosen faces come first,
// then the fallbacks a PC without them has, as in the .docx.
import type { CSSProperties } from 'react';
import type { ReportFonts } from '../../../domain/settings/report-settings';

const FALLBACKS: Record<keyof ReportFonts, string[]> = {
  title: ['方正小标宋简体', '华文中宋', '宋体', 'SimSun', 'Noto Serif CJK SC', 'serif'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'serif'],
  heading1: ['黑体', 'SimHei', 'Noto Sans CJK SC', 'sans-serif'],
  heading2: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', 'serif'],
};

function family(chosen: string, role: keyof ReportFonts): string {
  // Digits and Latin letters are set in Times New Roman, as in the document.
  return [...new Set(['Times New Roman', chosen, ...FALLBACKS[role]])].map((f) => (/^[\w-]+$/.test(f) && !f.includes('_') ? f : `"${f}"`)).join(', ');
}

export const LINE_HEIGHT = 'calc(225mm / 22)';

export const sheetStyle: CSSProperties = {
  position: 'relative', boxSizing: 'border-box', width: '210mm', height: '297mm', padding: '37mm 26mm 35mm 28mm',
  margin: '0 auto 12mm', background: '#fff', color: '#000', boxShadow: '0 1px 6px rgba(0,0,0,0.25)', overflow: 'hidden',
};

export function lineStyles(fonts: ReportFonts): Record<string, CSSProperties> {
  const base: CSSProperties = { height: LINE_HEIGHT, lineHeight: LINE_HEIGHT, fontSize: '16pt', whiteSpace: 'nowrap', letterSpacing: '-0.25pt' };
  return {
    title: { ...base, fontFamily: family(fonts.title, 'title'), fontSize: '22pt' },
    occasion: { ...base, fontFamily: family(fonts.heading2, 'heading2') },
    speaker: { ...base, fontFamily: family(fonts.heading2, 'heading2') },
    caption: { ...base, fontFamily: family(fonts.heading1, 'heading1') },
    heading1: { ...base, fontFamily: family(fonts.heading1, 'heading1') },
    heading2: { ...base, fontFamily: family(fonts.heading2, 'heading2') },
    heading3: { ...base, fontFamily: family(fonts.body, 'body') },
    heading4: { ...base, fontFamily: family(fonts.body, 'body') },
    body: { ...base, fontFamily: family(fonts.body, 'body') },
  };
}

export function tableStyle(fonts: ReportFonts): CSSProperties {
  return { width: '100%', borderCollapse: 'collapse', fontFamily: family(fonts.body, 'body'), fontSize: '14pt' };
}

export function pageNumberStyle(page: number, position: 'outside' | 'center'): CSSProperties {
  const base: CSSProperties = { position: 'absolute', top: 'calc(37mm + 225mm + 7mm)', fontSize: '14pt', fontFamily: family('宋体', 'title'), whiteSpace: 'nowrap' };
  if (position === 'center') return { ...base, left: 0, right: 0, textAlign: 'center' };
  // Odd pages right, even pages left, each one 四号 character in from the type area's edge.
  return page % 2 === 1 ? { ...base, right: 'calc(26mm + 14pt)' } : { ...base, left: 'calc(28mm + 14pt)' };
}
