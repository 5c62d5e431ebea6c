import type { Questionnaire } from '../../domain/questionnaire.schema.js';
import type { ConditionFacts } from '../../rules/evaluate-condition.js';
import { evaluateCondition } from '../../rules/evaluate-condition.js';
import type { FiredRecommendation } from '../result.types.js';
import type { ScoringPlan } from '../scoring-plan.js';
import { round1 } from '../round.js';

interface Ranked {
  fired: FiredRecommendation;
  gap: number;
  weight: number;
  order: number;
}

/**
 * Recommendations 1.1: the same priority as 1.0 —
 *   priority = impact/5 × gap × (W_D ÷ max W) × 100,  gap = (100 − verdict score of D)/100,
 * a rule fired through a red flag taking gap 1 and the full weight (impact × 20) — but ranked
 * so that the order means something:
 *   1. business advice before advice that closes the check-up's own knowledge gaps;
 *   2. higher priority;
 *   3. ties: the larger gap of the rule's dimension, then the heavier dimension, then the
 *      higher impact, then the order of the content (never the rule id).
 */
export function fireRecommendations11(
  questionnaire: Questionnaire,
  plan: ScoringPlan,
  dimensionScore: ReadonlyArray<number | null>,
  facts: ConditionFacts,
): FiredRecommendation[] {
  const ranked: Ranked[] = [];
  questionnaire.recommendations.forEach((rule, order) => {
    const outcome = evaluateCondition(rule.condition, facts);
    if (!outcome.holds) return;
    const d = plan.dimensionPosition.get(rule.dimensionId);
    const weight = d === undefined ? 0 : questionnaire.dimensions[d]!.weight;
    const score = d === undefined ? null : dimensionScore[d] ?? null;
    const dimensionGap = score === null ? 0.5 : (100 - score) / 100;
    const flagBacked = outcome.evidence.some((e) => e.kind === 'flag');
    const gap = flagBacked ? 1 : dimensionGap;
    const weightShare = flagBacked || d === undefined ? 1 : weight / plan.maxDimensionWeight;
    ranked.push({
      fired: {
        ruleId: rule.id,
        dimensionId: rule.dimensionId,
        horizon: rule.horizon,
        impact: rule.impact,
        priority: round1((rule.impact / 5) * gap * weightShare * 100),
        evidence: outcome.evidence,
        focus: rule.focus ?? 'business',
      },
      gap: dimensionGap,
      weight,
      order,
    });
  });
  const knowledge = (r: Ranked): number => (r.fired.focus === 'knowledge-gap' ? 1 : 0);
  return ranked
    .sort(
      (a, b) =>
        knowledge(a) - knowledge(b) ||
        b.fired.priority - a.fired.priority ||
        b.gap - a.gap ||
        b.weight - a.weight ||
        b.fired.impact - a.fired.impact ||
        a.order - b.order,
    )
    .map((r) => r.fired);
}
