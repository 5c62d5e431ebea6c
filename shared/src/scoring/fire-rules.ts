import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { ConditionFacts } from '../rules/evaluate-condition.js';
import { evaluateCondition } from '../rules/evaluate-condition.js';
import type { FiredFlag, FiredRecommendation } from './result.types.js';
import type { ScoringPlan } from './scoring-plan.js';
import { round1 } from './round.js';

/**
 * Evaluates the flags in questionnaire order; each fired flag is added to `facts.flags` at once,
 * so later flags (and then recommendations) can refer to it.
 */
export function fireFlags(questionnaire: Questionnaire, facts: ConditionFacts & { flags: Set<string> }): FiredFlag[] {
  const fired: FiredFlag[] = [];
  for (const flag of questionnaire.flags) {
    if (!evaluateCondition(flag.condition, facts).holds) continue;
    facts.flags.add(flag.id);
    fired.push({ id: flag.id, severity: flag.severity });
  }
  return fired;
}

/**
 * Every recommendation whose condition holds, with
 *   priority = impact/5 × gap × (dimension weight ÷ largest dimension weight) × 100,
 *   gap = (100 − dimension score)/100, or 0.5 when the dimension has no score.
 * A rule that fired through a red flag answers a finding about the whole relationship, the one a
 * consultant opens the meeting with: it takes gap 1 and the full weight (priority = impact × 20).
 * Rounded to one decimal; sorted by priority (highest first), then the weaker dimension first,
 * then by rule id.
 */
export function fireRecommendations(
  questionnaire: Questionnaire,
  plan: ScoringPlan,
  dimensionScore: ReadonlyArray<number | null>,
  facts: ConditionFacts,
): FiredRecommendation[] {
  const fired: FiredRecommendation[] = [];
  const tieBreak = new Map<string, number>();
  for (const rule of questionnaire.recommendations) {
    const outcome = evaluateCondition(rule.condition, facts);
    if (!outcome.holds) continue;
    const d = plan.dimensionPosition.get(rule.dimensionId);
    const dimension = d === undefined ? undefined : questionnaire.dimensions[d];
    const score = d === undefined ? null : dimensionScore[d] ?? null;
    const flagBacked = outcome.evidence.some((e) => e.kind === 'flag');
    const gap = flagBacked ? 1 : score === null ? 0.5 : (100 - score) / 100;
    const weightShare = flagBacked || !dimension ? 1 : dimension.weight / plan.maxDimensionWeight;
    tieBreak.set(rule.id, score ?? Number.POSITIVE_INFINITY);
    fired.push({
      ruleId: rule.id,
      dimensionId: rule.dimensionId,
      horizon: rule.horizon,
      impact: rule.impact,
      priority: round1((rule.impact / 5) * gap * weightShare * 100),
      evidence: outcome.evidence,
    });
  }
  return fired.sort(
    (a, b) =>
      b.priority - a.priority ||
      tieBreak.get(a.ruleId)! - tieBreak.get(b.ruleId)! ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
