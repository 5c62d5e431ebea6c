import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FiredRecommendation } from '../scoring/result.types.js';
import { type StoredRecommendation, mergeRecommendations } from './merge-recommendations.js';

const fired = (ruleId: string, priority = 50): FiredRecommendation => ({
  ruleId, dimensionId: 'partnership', horizon: 'QUICK_WIN', impact: 4, priority, evidence: [{ kind: 'dimension', ref: 'partnership', value: 20 }],
});

const row = (overrides: Partial<StoredRecommendation>): StoredRecommendation => ({
  id: `id-${overrides.ruleId ?? 'manual'}`, ruleId: null, dimensionId: 'partnership', status: 'PROPOSED',
  horizon: 'QUICK_WIN', impact: 3, priority: 10, active: true, customTitle: null, customBody: null, evidence: [], ...overrides,
});

const create = (rule: FiredRecommendation): StoredRecommendation => row({ id: `new-${rule.ruleId}`, ruleId: rule.ruleId });

describe('mergeRecommendations', () => {
  it('should insert newly fired rules as PROPOSED', () => {
    const merge = mergeRecommendations([], [fired('r1')], new Set(), create);
    expect(merge.deleteIds).toEqual([]);
    expect(merge.upserts).toEqual([expect.objectContaining({ id: 'new-r1', ruleId: 'r1', status: 'PROPOSED', active: true, priority: 50 })]);
  });

  it('should refresh a still-firing rule but keep its id, status and edited text', () => {
    const existing = row({ ruleId: 'r1', status: 'ACCEPTED', customBody: 'Our own words', priority: 10 });
    const merge = mergeRecommendations([existing], [fired('r1', 80)], new Set(), create);
    expect(merge.upserts[0]).toMatchObject({ id: 'id-r1', status: 'ACCEPTED', customBody: 'Our own words', priority: 80 });
  });

  it('should reactivate a rule that fires again', () => {
    const merge = mergeRecommendations([row({ ruleId: 'r1', status: 'DONE', active: false })], [fired('r1')], new Set(), create);
    expect(merge.upserts[0]).toMatchObject({ active: true, status: 'DONE' });
  });

  it('should delete an untouched rule that no longer fires', () => {
    const merge = mergeRecommendations([row({ ruleId: 'r1' })], [], new Set(), create);
    expect(merge).toEqual({ upserts: [], deleteIds: ['id-r1'] });
  });

  it.each([
    ['a changed status', { status: 'DONE' as const }, new Set<string>()],
    ['an edited title', { customTitle: 'Renamed' }, new Set<string>()],
    ['action items', {}, new Set(['id-r1'])],
  ])('should keep a rule that no longer fires when it has %s, marked inactive', (_label, overrides, withItems) => {
    const merge = mergeRecommendations([row({ ruleId: 'r1', ...overrides })], [], withItems, create);
    expect(merge.deleteIds).toEqual([]);
    expect(merge.upserts).toEqual([expect.objectContaining({ id: 'id-r1', active: false })]);
  });

  it('should never touch hand-written recommendations', () => {
    const manual = row({ ruleId: null, customTitle: 'Visit a peer company', customBody: 'Seed 004' });
    const merge = mergeRecommendations([manual], [fired('r2')], new Set(), create);
    expect(merge.deleteIds).toEqual([]);
    expect(merge.upserts.map((r) => r.ruleId)).toEqual(['r2']);
  });

  it('should keep every edit, status and hand-written row whatever fires next', () => {
    const statuses = ['PROPOSED', 'ACCEPTED', 'DISMISSED', 'DONE'] as const;
    const rules = ['r1', 'r2', 'r3', 'r4'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ rule: fc.constantFrom(...rules, null), status: fc.constantFrom(...statuses), edited: fc.boolean() }), { maxLength: 6 }),
        fc.subarray(rules),
        (stored, firing) => {
          const existing = stored
            .filter((s, i, all) => s.rule === null || all.findIndex((o) => o.rule === s.rule) === i)
            .map((s, i) => row({ id: `row-${i}`, ruleId: s.rule, status: s.status, customTitle: s.edited ? 'edited' : null }));
          const merge = mergeRecommendations(existing, firing.map((r) => fired(r)), new Set(), create);
          const after = new Map(merge.upserts.map((r) => [r.id, r]));
          for (const before of existing) {
            const touched = before.ruleId === null || before.status !== 'PROPOSED' || before.customTitle !== null;
            if (!touched) continue;
            expect(merge.deleteIds).not.toContain(before.id);
            const kept = after.get(before.id) ?? before;
            expect(kept.status).toBe(before.status);
            expect(kept.customTitle).toBe(before.customTitle);
          }
        },
      ),
    );
  });
});
