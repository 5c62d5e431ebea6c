import type { RelationshipModel } from '../team/relationship-model.js';
import type { FiredRecommendation } from '../scoring/result.types.js';

/** What a consultant set for a check-up that changes which advice comes first. */
export interface RecommendationContext {
  /** dimension id → target score 0–100. */
  targets: ReadonlyMap<string, number>;
  /** dimension id → current score 0–100 (null: insufficient data). */
  dimensionScores: ReadonlyMap<string, number | null>;
  desiredModel: RelationshipModel | null;
}

/** Models under which building a strategic partnership is not what the company asked for. */
const NOT_A_PARTNERSHIP: ReadonlySet<RelationshipModel> = new Set(['TRANSACTIONAL', 'PREFERRED_SUPPLIER']);

/**
 * Re-ranks fired rules by what the consultant set: a recommendation in a dimension far below its
 * target ranks higher (up to +50 % at a 100-point distance), and when the company wants a
 * transactional or preferred-supplier relationship, partnership-building advice is not pushed
 * on it — dropped for a transactional supplier, halved for a preferred one (a legitimate choice,
 * seed 002 is about not *calling* a deal a partnership, not about forcing one). Priorities stay 0–100.
 */
export function adjustPriorities(fired: readonly FiredRecommendation[], context: RecommendationContext): FiredRecommendation[] {
  const adjusted: FiredRecommendation[] = [];
  for (const rule of fired) {
    if (rule.dimensionId === 'partnership' && context.desiredModel === 'TRANSACTIONAL') continue;
    let priority = rule.priority;
    const target = context.targets.get(rule.dimensionId);
    const current = context.dimensionScores.get(rule.dimensionId);
    if (target !== undefined && current != null && target > current) priority *= 1 + (target - current) / 200;
    if (rule.dimensionId === 'partnership' && context.desiredModel && NOT_A_PARTNERSHIP.has(context.desiredModel)) priority /= 2;
    adjusted.push({ ...rule, priority: Math.min(100, Math.round(priority * 10) / 10) });
  }
  return adjusted.sort((a, b) => b.priority - a.priority);
}

/** The dimensions furthest below their targets, largest distance first (met targets left out). */
export function dimensionsFromTarget(context: Pick<RecommendationContext, 'targets' | 'dimensionScores'>): Array<{ dimensionId: string; target: number; score: number | null; distance: number }> {
  return [...context.targets]
    .map(([dimensionId, target]) => {
      const score = context.dimensionScores.get(dimensionId) ?? null;
      return { dimensionId, target, score, distance: Math.round((target - (score ?? 0)) * 10) / 10 };
    })
    .filter((d) => d.distance > 0)
    .sort((a, b) => b.distance - a.distance || a.dimensionId.localeCompare(b.dimensionId));
}
