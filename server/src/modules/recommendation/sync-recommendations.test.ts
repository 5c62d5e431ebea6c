import type { FiredRecommendation } from '@omcheck/shared';
import { describe, expect, it } from 'vitest';
import { RecommendationEntity } from './recommendation.entity.js';
import { planRecommendationSync } from './sync-recommendations.js';

const fired = (ruleId: string, priority = 50): FiredRecommendation => ({
  ruleId, dimensionId: 'partnership', horizon: 'QUICK_WIN', impact: 4, priority, evidence: [{ kind: 'dimension', ref: 'partnership', value: 20 }],
});

const row = (overrides: Partial<RecommendationEntity>): RecommendationEntity =>
  Object.assign(new RecommendationEntity(), {
    id: `id-${overrides.ruleId ?? 'manual'}`, assessmentId: 'a1', ruleId: null, dimensionId: 'partnership', status: 'PROPOSED',
    horizon: 'QUICK_WIN', impact: 3, priority: 10, active: true, customTitle: null, customBody: null, evidence: [], ...overrides,
  });

describe('planRecommendationSync', () => {
  it('should insert newly fired rules as PROPOSED', () => {
    const plan = planRecommendationSync('a1', [], [fired('r1')], new Set());
    expect(plan.deleteIds).toEqual([]);
    expect(plan.save).toHaveLength(1);
    expect(plan.save[0]).toMatchObject({ ruleId: 'r1', status: 'PROPOSED', active: true, priority: 50, assessmentId: 'a1' });
  });

  it('should refresh a still-firing rule but keep its id, status and edited text', () => {
    const existing = row({ ruleId: 'r1', status: 'ACCEPTED', customBody: 'Our own words', priority: 10 });
    const plan = planRecommendationSync('a1', [existing], [fired('r1', 80)], new Set());
    expect(plan.save[0]).toMatchObject({ id: 'id-r1', status: 'ACCEPTED', customBody: 'Our own words', priority: 80 });
  });

  it('should delete an untouched rule that no longer fires', () => {
    const plan = planRecommendationSync('a1', [row({ ruleId: 'r1' })], [], new Set());
    expect(plan.deleteIds).toEqual(['id-r1']);
    expect(plan.save).toEqual([]);
  });

  it.each([
    ['a changed status', { status: 'DONE' as const }, new Set<string>()],
    ['an edited title', { customTitle: 'Renamed' }, new Set<string>()],
    ['action items', {}, new Set(['id-r1'])],
  ])('should keep a rule that no longer fires when it has %s, marked inactive', (_label, overrides, withItems) => {
    const plan = planRecommendationSync('a1', [row({ ruleId: 'r1', ...overrides })], [], withItems);
    expect(plan.deleteIds).toEqual([]);
    expect(plan.save).toHaveLength(1);
    expect(plan.save[0]!.active).toBe(false);
  });

  it('should never touch hand-written recommendations', () => {
    const manual = row({ ruleId: null, customTitle: 'Visit a peer company', customBody: 'Seed 004' });
    const plan = planRecommendationSync('a1', [manual], [fired('r2')], new Set());
    expect(plan.deleteIds).toEqual([]);
    expect(plan.save.map((r) => r.ruleId)).toEqual(['r2']);
  });
});
