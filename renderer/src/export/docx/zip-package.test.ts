// The zip writer: the CRC-32 of zip (the check value of "123456789"), and a package that JSZip
// reads back whole, CRCs checked — small parts stored, larger ones deflated — in the given order.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { crc32, STORE_BELOW, zipPackage, zipParts } from './zip-package';

describe('zip-package', () => {
  it('computes zip’s CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes parts that unzip to what was given, in order, small ones stored and the rest deflated', async () => {
    const big = `<w:document>${'<w:p><w:r><w:t>政协履职台账</w:t></w:r></w:p>'.repeat(200)}</w:document>`;
    const parts = [['[Content_Types].xml', '<Types/>'], ['word/document.xml', big], ['word/media/image1.png', new Uint8Array([137, 80, 78, 71, 0, 255])]] as const;
    const zipped = await zipParts(parts);
    expect(zipped.map((p) => p.method)).toEqual([0, 8, 0]);
    expect(zipped[1]!.data.length).toBeLessThan(STORE_BELOW);
    const zip = await JSZip.loadAsync(zipPackage(zipped), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(parts.map(([path]) => path));
    expect(await zip.file('word/document.xml')!.async('string')).toBe(big);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toBe('<Types/>');
    expect([...(await zip.file('word/media/image1.png')!.async('uint8array'))]).toEqual([137, 80, 78, 71, 0, 255]);
  });
});
