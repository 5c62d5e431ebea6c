import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScoredCheckup, resultDelta, scoreDelta } from './result-delta.js';

const checkup = (version: string, overallScore: number | null, scores: Record<string, number | null>): ScoredCheckup => ({
  questionnaireKey: 'om-health-check',
  questionnaireVersion: version,
  overallScore,
  dimensions: Object.entries(scores).map(([dimensionId, score]) => ({ dimensionId, score })),
});

describe('scoreDelta', () => {
  it.each([
    [62.5, 50, 12.5],
    [50, 62.5, -12.5],
    [70.3, 58.1, 12.2],
    [33.3, 33.3, 0],
    [0.1, 0.2, -0.1],
    [null, 50, null],
    [50, null, null],
  ])('should give %s − %s = %s', (current, previous, expected) => {
    const delta = scoreDelta(current, previous);
    expect(delta).toBe(expected);
    if (delta === 0) expect(Object.is(delta, -0)).toBe(false);
  });

  it('should be the rounded difference of any two one-decimal scores, and antisymmetric', () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    fc.assert(fc.property(score, score, (a, b) => {
      const delta = scoreDelta(a, b)!;
      expect(Math.abs(delta - (a - b))).toBeLessThan(1e-9);
      expect(Number.isInteger(Math.round(delta * 10 * 1e6) / 1e6)).toBe(true);
      expect(scoreDelta(b, a)).toBe(delta === 0 ? 0 : -delta);
    }));
  });
});

describe('resultDelta', () => {
  it('should give the overall and per-dimension change on the same questionnaire version', () => {
    const delta = resultDelta(
      checkup('1.1.0', 61.2, { strategy: 70, partnership: 45.5, customer: null }),
      checkup('1.1.0', 50, { strategy: 55, partnership: 50, customer: 20 }),
    );
    expect(delta).toEqual({
      overallDelta: 11.2,
      dimensions: [
        { dimensionId: 'strategy', score: 70, previousScore: 55, delta: 15 },
        { dimensionId: 'partnership', score: 45.5, previousScore: 50, delta: -4.5 },
        { dimensionId: 'customer', score: null, previousScore: 20, delta: null },
      ],
      addedDimensionIds: [],
      removedDimensionIds: [],
      sameQuestionnaireVersion: true,
      doneRecommendations: [],
    });
  });

  it('should compare only the dimensions both versions have, in the current order, and name the others', () => {
    const delta = resultDelta(
      checkup('1.1.0', 60, { customer: 40, strategy: 70, alignment: 50 }),
      checkup('1.0.0', null, { strategy: 60, planning: 30, customer: 45 }),
    );
    expect(delta.dimensions.map((d) => [d.dimensionId, d.delta])).toEqual([['customer', -5], ['strategy', 10]]);
    expect(delta.addedDimensionIds).toEqual(['alignment']);
    expect(delta.removedDimensionIds).toEqual(['planning']);
    expect(delta.sameQuestionnaireVersion).toBe(false);
    expect(delta.overallDelta).toBeNull();
  });

  it('should tell a different questionnaire apart even at the same version number', () => {
    const custom = { ...checkup('1.0.0', 50, { a: 50 }), questionnaireKey: 'custom/1' };
    expect(resultDelta(custom, { ...custom, questionnaireKey: 'custom/2' }).sameQuestionnaireVersion).toBe(false);
  });

  it('should list only the done recommendations, with how their dimension moved', () => {
    const delta = resultDelta(
      checkup('1.1.0', 60, { strategy: 70, partnership: 40 }),
      checkup('1.0.0', 50, { strategy: 50, partnership: null, planning: 20 }),
      [
        { id: 'r1', dimensionId: 'strategy', status: 'DONE' },
        { id: 'r2', dimensionId: 'strategy', status: 'ACCEPTED' },
        { id: 'r3', dimensionId: 'partnership', status: 'DONE' },
        { id: 'r4', dimensionId: 'planning', status: 'DONE' },
        { id: 'r5', dimensionId: '', status: 'DONE' },
        { id: 'r6', dimensionId: 'strategy', status: 'DISMISSED' },
      ],
    );
    expect(delta.doneRecommendations).toEqual([
      { recommendationId: 'r1', dimensionId: 'strategy', dimensionDelta: 20 },
      { recommendationId: 'r3', dimensionId: 'partnership', dimensionDelta: null },
      { recommendationId: 'r4', dimensionId: 'planning', dimensionDelta: null },
      { recommendationId: 'r5', dimensionId: null, dimensionDelta: null },
    ]);
  });

  it('should partition the dimensions of both check-ups into compared, added and removed', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    const score = fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { nil: null });
    fc.assert(fc.property(ids, ids, score, score, (currentIds, previousIds, s1, s2) => {
      const current = checkup('1', s1, Object.fromEntries(currentIds.map((id) => [id, s1])));
      const previous = checkup('1', s2, Object.fromEntries(previousIds.map((id) => [id, s2])));
      const delta = resultDelta(current, previous);
      const compared = delta.dimensions.map((d) => d.dimensionId);
      expect([...compared, ...delta.addedDimensionIds].sort()).toEqual([...currentIds].sort());
      expect([...compared, ...delta.removedDimensionIds].sort()).toEqual([...previousIds].sort());
      expect(compared).toEqual(currentIds.filter((id) => previousIds.includes(id)));
    }));
  });
});
