import { describe, expect, it } from 'vitest';
import { FIGURE_SYNONYMS } from './figure-synonyms';
import { figureByKey } from '../figure-catalogue';

describe('FIGURE_SYNONYMS', () => {
  it('names only figures of the catalogue, each phrase once', () => {
    expect(Object.keys(FIGURE_SYNONYMS).filter((k) => !figureByKey(k))).toEqual([]);
    for (const [key, phrases] of Object.entries(FIGURE_SYNONYMS)) expect(new Set(phrases).size, key).toBe(phrases.length);
  });
});
