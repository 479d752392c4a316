import { describe, expect, it } from 'vitest';
import { sectorText } from './sector-text';

describe('sectorText', () => {
  it('adds 界别 only where the name does not already end in 界', () => {
    expect(sectorText('中共')).toBe('中共界别');
    expect(sectorText('农业界')).toBe('农业界');
    expect(sectorText('特邀人士')).toBe('特邀人士界别');
  });
});
