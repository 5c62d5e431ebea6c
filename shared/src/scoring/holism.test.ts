import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holismIndex } from './holism.js';
import { customerFocusStageOf } from './customer-focus.js';

describe('holismIndex', () => {
  it.each<[string, number | null, number[], number | null]>([
    ['one dimension only', 80, [80], null],
    ['no dimensions', null, [], null],
    ['everything at 0', 0, [0, 0, 0], 0],
    ['everything at 100', 100, [100, 100], 100],
    ['even dimensions and linkage at 60', 60, [60, 60, 60], 60],
    ['even dimensions without linkage answers', null, [60, 60], 60],
    // min 20, mean 31.43, spread 80: balance = 10 + 0.5 · 31.43 · 0.2 = 13.14; holism = 25 + 6.57
    ['a strong channel on a weak base', 50, [100, 20, 20, 20, 20, 20, 20], 31.571428571428573],
    // min 25, max 75, mean 45.83: balance = 12.5 + 0.5 · 45.83 · 0.5 = 23.96; holism = 25 + 11.98
    ['the worked example of docs/scoring.md', 50, [175 / 3, 25, 25, 75], 36.979166666666664],
  ])('should score %s', (_name, linkage, dimensions, expected) => {
    const value = holismIndex(linkage, dimensions);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 9);
  });

  it('should stay within 0–100 and never exceed the mean of its inputs', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(fc.property(fc.option(score, { nil: null }), fc.array(score, { minLength: 2, maxLength: 7 }), (linkage, dims) => {
      const value = holismIndex(linkage, dims)!;
      const mean = dims.reduce((a, b) => a + b, 0) / dims.length;
      const ceiling = linkage === null ? mean : (linkage + mean) / 2;
      return value >= 0 && value <= 100 && value <= ceiling + 1e-9;
    }));
  });

  it('should score an uneven profile below an even one with the same mean', () => {
    fc.assert(fc.property(fc.integer({ min: 5, max: 95 }), fc.integer({ min: 1, max: 5 }), (mean, spread) => {
      const even = holismIndex(null, [mean, mean])!;
      const uneven = holismIndex(null, [mean - spread, mean + spread])!;
      return uneven < even;
    }));
  });
});

describe('customerFocusStageOf', () => {
  it.each<[string, Array<number | null>, number]>([
    ['no answers', [null, null, null, null], 0],
    ['every stage reached', [60, 75, 90, 100], 4],
    ['the first two stages', [80, 60, 59.9, 100], 2],
    ['later stages without the first (skipping)', [40, 100, 100, 100], 0],
    ['a stage without answers stopping the climb', [70, null, 90, 90], 1],
    ['stage one only', [60, 0, 0, 0], 1],
  ])('should give %s', (_name, scores, stage) => {
    expect(customerFocusStageOf(scores)).toBe(stage);
  });

  it('should give a lower stage when a stage is skipped than when none is', () => {
    const high = fc.integer({ min: 60, max: 100 });
    fc.assert(fc.property(fc.tuple(high, high, high, high), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 59 }), (scores, skipped, low) => {
      const skipping = scores.map((s, i) => (i === skipped ? low : s));
      return customerFocusStageOf(skipping) === skipped && customerFocusStageOf(scores) === 4;
    }));
  });
});
