import type { RecommendationStatus } from '../recommendations/merge-recommendations.js';

/** What a delta needs of one scored check-up: its overall score and the scores per dimension, in questionnaire order. */
export interface ScoredCheckup {
  questionnaireKey: string;
  questionnaireVersion: string;
  overallScore: number | null;
  dimensions: ReadonlyArray<{ dimensionId: string; score: number | null }>;
}

/** A recommendation of the previous check-up, as far as the delta cares. */
export interface PreviousRecommendation {
  id: string;
  /** Null (or empty) for a hand-written recommendation without a dimension. */
  dimensionId: string | null;
  status: RecommendationStatus;
}

/** One dimension both check-ups have. */
export interface DimensionDelta {
  dimensionId: string;
  score: number | null;
  previousScore: number | null;
  /** score − previousScore, one decimal; null when either is null (insufficient data). */
  delta: number | null;
}

/** A recommendation marked done last time, with how its dimension moved since. */
export interface DoneRecommendationDelta {
  recommendationId: string;
  dimensionId: string | null;
  /** Null when the dimension is gone, either score is null, or the recommendation has no dimension. */
  dimensionDelta: number | null;
}

/** The change from the previous scored check-up to the current one. */
export interface ResultDelta {
  overallDelta: number | null;
  /** Dimensions present in both, in the current check-up's order. */
  dimensions: DimensionDelta[];
  /** Only in the current check-up (a newer questionnaire version added them). */
  addedDimensionIds: string[];
  /** Only in the previous check-up. */
  removedDimensionIds: string[];
  sameQuestionnaireVersion: boolean;
  doneRecommendations: DoneRecommendationDelta[];
}

/** a − b to one decimal (both are one-decimal scores), or null; never −0. */
export function scoreDelta(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return Math.round((current - previous) * 10) / 10 || 0;
}

/**
 * Compares two scored check-ups of the same client. Across questionnaire versions only the
 * dimensions both have are compared; the others are named as added or removed, so a reader is
 * told where the comparison stops. Done recommendations of the previous check-up are listed in
 * its order with the movement of their dimension: "did the agreed actions move the company?".
 */
export function resultDelta(
  current: ScoredCheckup,
  previous: ScoredCheckup,
  previousRecommendations: readonly PreviousRecommendation[] = [],
): ResultDelta {
  const previousScores = new Map(previous.dimensions.map((d) => [d.dimensionId, d.score]));
  const currentIds = new Set(current.dimensions.map((d) => d.dimensionId));
  const dimensions = current.dimensions
    .filter((d) => previousScores.has(d.dimensionId))
    .map((d) => {
      const previousScore = previousScores.get(d.dimensionId) ?? null;
      return { dimensionId: d.dimensionId, score: d.score, previousScore, delta: scoreDelta(d.score, previousScore) };
    });
  const byDimension = new Map(dimensions.map((d) => [d.dimensionId, d.delta]));
  return {
    overallDelta: scoreDelta(current.overallScore, previous.overallScore),
    dimensions,
    addedDimensionIds: current.dimensions.filter((d) => !previousScores.has(d.dimensionId)).map((d) => d.dimensionId),
    removedDimensionIds: previous.dimensions.filter((d) => !currentIds.has(d.dimensionId)).map((d) => d.dimensionId),
    sameQuestionnaireVersion: current.questionnaireKey === previous.questionnaireKey && current.questionnaireVersion === previous.questionnaireVersion,
    doneRecommendations: previousRecommendations
      .filter((r) => r.status === 'DONE')
      .map((r) => ({
        recommendationId: r.id,
        dimensionId: r.dimensionId || null,
        dimensionDelta: r.dimensionId ? (byDimension.get(r.dimensionId) ?? null) : null,
      })),
  };
}
