// The stroke table the program ships is exactly what cnchar-order says (regenerate it with
// scripts/stroke-data/build-stroke-data.ts when the package changes).
import { describe, expect, it } from 'vitest';
import { STROKE_DATA } from '../../renderer/src/domain/common/stroke-data.js';
import { classesOf, encodeStrokeTable, strokeTableFromPackage } from './stroke-classes.js';

describe('shipped stroke data', () => {
  it('matches cnchar + cnchar-order character for character', () => {
    const table = strokeTableFromPackage();
    expect(table.length).toBeGreaterThan(6000);
    expect(STROKE_DATA === encodeStrokeTable(table)).toBe(true);
  });

  it('groups the package’s strokes into the five classes', () => {
    // 范: 一丨丨丶丶㇀𠃌乚 — 提 is 横, 横折钩 and 竖弯钩 are 折.
    expect(classesOf('jffkkiru')).toBe('12244155');
    expect(() => classesOf('jf?')).toThrow('未归类');
  });
});
