import { describe, expect, it } from 'vitest';
import type { FiredRecommendation } from '../scoring/result.types.js';
import { adjustPriorities, dimensionsFromTarget } from './adjust-priorities.js';

const rule = (ruleId: string, dimensionId: string, priority: number): FiredRecommendation => ({
  ruleId, dimensionId, horizon: 'NEXT_90_DAYS', impact: 3, priority, evidence: [],
});
const scores = new Map<string, number | null>([['planning', 60], ['marketing', 20], ['partnership', 30]]);

describe('adjustPriorities', () => {
  it('should rank a recommendation higher the further its dimension is below target', () => {
    const adjusted = adjustPriorities([rule('a', 'planning', 50), rule('b', 'marketing', 45)], {
      targets: new Map([['marketing', 80], ['planning', 60]]), dimensionScores: scores, desiredModel: null,
    });
    expect(adjusted.map((r) => [r.ruleId, r.priority])).toEqual([['b', 58.5], ['a', 50]]);
  });

  it('should not push a partnership on a company that wants a transactional supplier', () => {
    const fired = [rule('p', 'partnership', 90), rule('m', 'marketing', 40)];
    expect(adjustPriorities(fired, { targets: new Map(), dimensionScores: scores, desiredModel: 'TRANSACTIONAL' }).map((r) => r.ruleId)).toEqual(['m']);
    expect(adjustPriorities(fired, { targets: new Map(), dimensionScores: scores, desiredModel: 'PREFERRED_SUPPLIER' })[0]).toMatchObject({ ruleId: 'p', priority: 45 });
    expect(adjustPriorities(fired, { targets: new Map(), dimensionScores: scores, desiredModel: 'STRATEGIC_PARTNERSHIP' })[0]).toMatchObject({ ruleId: 'p', priority: 90 });
  });

  it('should never go above 100', () => {
    const [adjusted] = adjustPriorities([rule('a', 'marketing', 100)], { targets: new Map([['marketing', 100]]), dimensionScores: scores, desiredModel: null });
    expect(adjusted!.priority).toBe(100);
  });
});

describe('dimensionsFromTarget', () => {
  it('should list unmet targets, furthest first', () => {
    expect(dimensionsFromTarget({ targets: new Map([['planning', 50], ['marketing', 60], ['partnership', 70]]), dimensionScores: scores })).toEqual([
      { dimensionId: 'partnership', target: 70, score: 30, distance: 40 },
      { dimensionId: 'marketing', target: 60, score: 20, distance: 40 },
    ].sort((a, b) => b.distance - a.distance || a.dimensionId.localeCompare(b.dimensionId)));
  });
});
