import type { FiredRecommendation } from '@omcheck/shared';
import { newId } from '../../db/ids.js';
import { RecommendationEntity } from './recommendation.entity.js';

export interface RecommendationSyncPlan {
  save: RecommendationEntity[];
  deleteIds: string[];
}

/**
 * Merges freshly fired rules into the stored recommendations. Rule-made rows are refreshed;
 * what a consultant did survives: a changed status, an edited text, action items and
 * hand-written rows. A rule that stopped firing is deleted only if nobody touched its row;
 * otherwise it is kept and marked inactive.
 */
export function planRecommendationSync(
  assessmentId: string,
  existing: readonly RecommendationEntity[],
  fired: readonly FiredRecommendation[],
  touchedByActionItems: ReadonlySet<string>,
): RecommendationSyncPlan {
  const byRule = new Map(existing.filter((row) => row.ruleId).map((row) => [row.ruleId!, row]));
  const save: RecommendationEntity[] = [];
  const firedIds = new Set<string>();
  for (const rule of fired) {
    firedIds.add(rule.ruleId);
    const row = byRule.get(rule.ruleId) ?? Object.assign(new RecommendationEntity(), {
      id: newId(),
      assessmentId,
      ruleId: rule.ruleId,
      status: 'PROPOSED',
      customTitle: null,
      customBody: null,
    });
    Object.assign(row, {
      dimensionId: rule.dimensionId,
      horizon: rule.horizon,
      impact: rule.impact,
      priority: rule.priority,
      evidence: rule.evidence,
      active: true,
    });
    save.push(row);
  }
  const deleteIds: string[] = [];
  for (const row of existing) {
    if (!row.ruleId || firedIds.has(row.ruleId)) continue;
    const touched = row.status !== 'PROPOSED' || row.customTitle !== null || row.customBody !== null || touchedByActionItems.has(row.id);
    if (touched) {
      if (row.active) save.push(Object.assign(row, { active: false }));
    } else {
      deleteIds.push(row.id);
    }
  }
  return { save, deleteIds };
}
