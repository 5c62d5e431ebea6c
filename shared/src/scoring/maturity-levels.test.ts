import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../domain/locale.js';
import { MATURITY_LEVELS } from './result.types.js';
import {
  CUSTOMER_FOCUS_STAGE_LABELS, CUSTOMER_FOCUS_STAGE_THRESHOLD, MATURITY_LEVEL_LABELS, maturityLevelFor,
} from './maturity-levels.js';

describe('maturityLevelFor', () => {
  it.each([
    [0, 1], [19.9, 1], [20, 2], [39.9, 2], [40, 3], [59.9, 3], [60, 4], [79.9, 4], [80, 5], [100, 5],
  ])('should place %d at level %d', (score, level) => {
    expect(maturityLevelFor(score)).toBe(level);
  });

  it('should never go down as the score goes up', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) =>
      maturityLevelFor(Math.min(a, b)) <= maturityLevelFor(Math.max(a, b))));
  });
});

describe('level and stage labels', () => {
  it('should name the levels as DESIGN does', () => {
    expect(MATURITY_LEVELS.map((l) => MATURITY_LEVEL_LABELS[l].en)).toEqual([
      'Transactional supplier', 'Coordinated', 'Aligned', 'Integrated', 'Holistic partnership',
    ]);
    expect([0, 1, 2, 3, 4].map((s) => CUSTOMER_FOCUS_STAGE_LABELS[s as 0].en)).toEqual([
      'None yet', 'Communal coordination', 'Serial coordination', 'Symbiotic coordination', 'Integral coordination',
    ]);
    expect(CUSTOMER_FOCUS_STAGE_THRESHOLD).toBe(60);
  });

  it('should translate every label into every locale, Persian in Persian script', () => {
    const labels = [...Object.values(MATURITY_LEVEL_LABELS), ...Object.values(CUSTOMER_FOCUS_STAGE_LABELS)];
    for (const label of labels) {
      for (const locale of LOCALES) expect(label[locale]?.trim()).toBeTruthy();
      expect(label.fa).toMatch(/^[\u0600-\u06FF\u200C\s]+$/);
      expect(label.it).not.toBe(label.en);
      expect(label.nl).not.toBe(label.en);
    }
    const distinct = (locale: (typeof LOCALES)[number]) => new Set(labels.map((l) => l[locale])).size;
    for (const locale of LOCALES) expect(distinct(locale)).toBe(labels.length);
  });
});
