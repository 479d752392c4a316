import { describe, expect, it } from 'vitest';
import { lineStyles, pageNumberStyle } from './sheet-styles';
import { DEFAULT_REPORT_FONTS } from '../../../domain/settings/report-settings';

describe('the preview sheet', () => {
  it('puts page numbers right on odd pages and left on even ones, or centres them', () => {
    expect(pageNumberStyle(1, 'outside')).toMatchObject({ right: 'calc(26mm + 14pt)' });
    expect(pageNumberStyle(1, 'outside').left).toBeUndefined();
    expect(pageNumberStyle(2, 'outside')).toMatchObject({ left: 'calc(28mm + 14pt)' });
    expect(pageNumberStyle(3, 'center')).toMatchObject({ left: 0, right: 0, textAlign: 'center' });
  });

  it('sets each part in the office’s face first, digits in Times New Roman, with fallbacks', () => {
    const styles = lineStyles({ ...DEFAULT_REPORT_FONTS, body: '方正仿宋_GBK' });
    expect(styles.body!.fontFamily).toBe('"Times New Roman", "方正仿宋_GBK", "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif');
    expect(styles.title).toMatchObject({ fontSize: '22pt' });
    expect(styles.heading1!.fontFamily).toContain('"黑体"');
  });
});
