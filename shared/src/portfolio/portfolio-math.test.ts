import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelCounts, latestCheckupsOf, percentileRank, quantile, scoreBuckets, sortedScores, spreadOf, standingAmong } from './index.js';

describe('quantile (type 7, linear interpolation)', () => {
  it.each([
    [[10], 0.5, 10],
    [[10, 20], 0.5, 15],
    [[10, 20, 30, 40], 0.25, 17.5],
    [[10, 20, 30, 40], 0.5, 25],
    [[10, 20, 30, 40], 0.75, 32.5],
    [[0, 50, 100], 0, 0],
    [[0, 50, 100], 1, 100],
    [[1, 2, 3, 4, 5], 0.25, 2],
  ])('should give quantile(%j, %d) = %d', (values, p, expected) => {
    expect(quantile(values, p)).toBeCloseTo(expected, 10);
  });

  it('should be null for no values', () => {
    expect(quantile([], 0.5)).toBeNull();
  });

  it('should stay between the smallest and largest value and grow with p', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (raw, p) => {
      const sorted = [...raw].sort((a, b) => a - b);
      const q = quantile(sorted, p)!;
      expect(q).toBeGreaterThanOrEqual(sorted[0]! - 1e-9);
      expect(q).toBeLessThanOrEqual(sorted.at(-1)! + 1e-9);
      expect(quantile(sorted, Math.min(1, p + 0.1))!).toBeGreaterThanOrEqual(q - 1e-9);
    }));
  });
});

describe('percentileRank', () => {
  it('should count peers below and ties as half', () => {
    expect(percentileRank([10, 20, 30, 40], 25)).toBe(50);
    expect(percentileRank([10, 20, 20, 40], 20)).toBe(50); // 1 below + 2 ties / 2 = 2 of 4
    expect(percentileRank([10, 20, 30, 40], 5)).toBe(0);
    expect(percentileRank([10, 20, 30, 40], 50)).toBe(100);
    expect(percentileRank([30], 30)).toBe(50);
  });

  it('should be null without peers or without a score', () => {
    expect(percentileRank([], 50)).toBeNull();
    expect(percentileRank([1, 2], null)).toBeNull();
  });

  it('should equal a brute-force count and never fall when the score rises', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1 }), fc.integer({ min: 0, max: 20 }), (raw, score) => {
      const sorted = [...raw].sort((a, b) => a - b);
      const below = raw.filter((v) => v < score).length;
      const equal = raw.filter((v) => v === score).length;
      expect(percentileRank(sorted, score)).toBeCloseTo(((below + equal / 2) / raw.length) * 100, 9);
      expect(percentileRank(sorted, score + 1)!).toBeGreaterThanOrEqual(percentileRank(sorted, score)!);
    }));
  });
});

describe('standingAmong and spreadOf', () => {
  it('should describe a hand-computed standing, rounded to one decimal', () => {
    const peers = sortedScores([70, null, 40, 55, 85, 40]);
    expect(peers).toEqual([40, 40, 55, 70, 85]);
    expect(standingAmong(peers, 55)).toEqual({ percentile: 50, median: 55, q1: 40, q3: 70, score: 55, count: 5 });
    expect(standingAmong(peers, 41)).toEqual({ percentile: 40, median: 55, q1: 40, q3: 70, score: 41, count: 5 });
    expect(standingAmong([], 41)).toEqual({ percentile: null, median: null, q1: null, q3: null, score: 41, count: 0 });
  });

  it('should give min, quartiles, median and max', () => {
    expect(spreadOf([10, 20, 30, 40])).toEqual({ min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40, count: 4 });
    expect(spreadOf([])).toEqual({ min: null, q1: null, median: null, q3: null, max: null, count: 0 });
  });
});

describe('levelCounts and scoreBuckets', () => {
  it('should count every level 1–5, zeros included', () => {
    expect(levelCounts([1, 3, 3, null, 5])).toEqual([
      { level: 1, count: 1 }, { level: 2, count: 0 }, { level: 3, count: 2 }, { level: 4, count: 0 }, { level: 5, count: 1 },
    ]);
  });

  it('should put 100 in the last bucket and a boundary score in the bucket it starts', () => {
    const buckets = scoreBuckets([0, 9.9, 10, 55, 100, null]);
    expect(buckets.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(buckets[9]).toEqual({ from: 90, to: 100, count: 1 });
  });
});

describe('latestCheckupsOf', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  it('should take the newest scored check-up and the scored one before it', () => {
    const result = latestCheckupsOf([
      { assessmentId: 'a', createdAt: at(1), scoredAt: at(5), overallScore: 40, scored: true },
      { assessmentId: 'b', createdAt: at(2), scoredAt: at(5), overallScore: 52.5, scored: true },
      { assessmentId: 'c', createdAt: at(3), scoredAt: at(5), overallScore: null, scored: false },
    ]);
    expect([result.latest?.assessmentId, result.previous?.assessmentId, result.change]).toEqual(['b', 'a', 12.5]);
  });

  it('should give no change for a single check-up or a missing overall score', () => {
    expect(latestCheckupsOf([{ assessmentId: 'a', createdAt: at(1), scoredAt: at(5), overallScore: 40, scored: true }]).change).toBeNull();
    expect(latestCheckupsOf([
      { assessmentId: 'a', createdAt: at(1), scoredAt: at(5), overallScore: 40, scored: true },
      { assessmentId: 'b', createdAt: at(2), scoredAt: at(5), overallScore: null, scored: true },
    ]).change).toBeNull();
    expect(latestCheckupsOf([]).latest).toBeNull();
  });

  it('should break a tie of opening dates by scoring time, then by id', () => {
    const result = latestCheckupsOf([
      { assessmentId: 'a', createdAt: at(1), scoredAt: at(5), overallScore: 40, scored: true },
      { assessmentId: 'b', createdAt: at(1), scoredAt: at(5), overallScore: 50, scored: true },
    ]);
    expect(result.latest?.assessmentId).toBe('b');
    const bySnapshot = latestCheckupsOf([
      { assessmentId: 'b', createdAt: at(1), scoredAt: at(4), overallScore: 40, scored: true },
      { assessmentId: 'a', createdAt: at(1), scoredAt: at(6), overallScore: 50, scored: true },
    ]);
    expect(bySnapshot.latest?.assessmentId).toBe('a');
  });
});
