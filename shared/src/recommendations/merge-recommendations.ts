import type { Horizon } from '../domain/vocabulary.js';
import type { Evidence, FiredRecommendation } from '../scoring/result.types.js';

export const RECOMMENDATION_STATUSES = ['PROPOSED', 'ACCEPTED', 'DISMISSED', 'DONE'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** A stored recommendation as the merge sees it: what the rule made and what people did. */
export interface StoredRecommendation {
  id: string;
  /** Null for a consultant's hand-written recommendation. */
  ruleId: string | null;
  dimensionId: string | null;
  status: RecommendationStatus;
  horizon: Horizon;
  impact: number;
  priority: number;
  active: boolean;
  customTitle: string | null;
  customBody: string | null;
  evidence: Evidence[];
}

export interface RecommendationMerge<T extends StoredRecommendation> {
  /** Rows to insert or update (existing ones keep their id and everything people changed). */
  upserts: T[];
  deleteIds: string[];
}

/** True when a person changed the recommendation: its status, its text, or its action plan. */
export function isTouched(row: StoredRecommendation, hasActionItems: boolean): boolean {
  return row.status !== 'PROPOSED' || row.customTitle !== null || row.customBody !== null || hasActionItems;
}

/**
 * Merges freshly fired rules into the stored recommendations (DESIGN §5). Rule-made rows are
 * refreshed (priority, horizon, evidence) and reactivated; what a consultant did survives: the
 * status, an edited title or body, action items, and hand-written rows (never touched here).
 * A rule that stopped firing is deleted only when nobody touched its row; otherwise it is kept,
 * marked inactive, and shown apart.
 */
export function mergeRecommendations<T extends StoredRecommendation>(
  existing: readonly T[],
  fired: readonly FiredRecommendation[],
  withActionItems: ReadonlySet<string>,
  create: (rule: FiredRecommendation) => T,
): RecommendationMerge<T> {
  const byRule = new Map(existing.filter((row) => row.ruleId).map((row) => [row.ruleId!, row]));
  const upserts: T[] = [];
  const firing = new Set<string>();
  for (const rule of fired) {
    firing.add(rule.ruleId);
    const row = byRule.get(rule.ruleId);
    const base = row ?? create(rule);
    upserts.push({
      ...base,
      dimensionId: rule.dimensionId,
      horizon: rule.horizon,
      impact: rule.impact,
      priority: rule.priority,
      evidence: rule.evidence,
      active: true,
    });
  }
  const deleteIds: string[] = [];
  for (const row of existing) {
    if (!row.ruleId || firing.has(row.ruleId)) continue;
    if (!isTouched(row, withActionItems.has(row.id))) deleteIds.push(row.id);
    else if (row.active) upserts.push({ ...row, active: false });
  }
  return { upserts, deleteIds };
}
